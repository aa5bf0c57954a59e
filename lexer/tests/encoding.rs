//! Source decoding (PEP 263). Every expected message and text was recorded
//! from CPython 3.11.7: `python3 /tmp/t/f.py` (Script), `compile(data, 'f.py',
//! 'exec')` (Compile) and `python3 -m tokenize f.py` (Tokenize).

use std::borrow::Cow;

use pyvm_lexer::encoding::{
    codec_module, decode_source, normalize_encoding, utf8_decode_error, DecodedSource,
    EncodingError, EncodingErrorKind, Mode,
};
use pyvm_source::Span;

const SCRIPT_PATH: &str = "/tmp/t/f.py";

fn decode(bytes: &[u8], mode: Mode) -> Result<DecodedSource<'_>, EncodingError> {
    let filename = if mode == Mode::Script {
        SCRIPT_PATH
    } else {
        "f.py"
    };
    decode_source(bytes, mode, filename)
}

/// The error message in `mode`, or "ok".
fn outcome(bytes: &[u8], mode: Mode) -> String {
    match decode(bytes, mode) {
        Ok(_) => "ok".to_string(),
        Err(e) => e.to_string(),
    }
}

fn text(bytes: &[u8], mode: Mode) -> String {
    decode(bytes, mode).unwrap().text.into_owned()
}

fn all_modes(bytes: &[u8]) -> [String; 3] {
    [
        outcome(bytes, Mode::Script),
        outcome(bytes, Mode::Compile),
        outcome(bytes, Mode::Tokenize),
    ]
}

// --- UTF-8 and the byte-order mark -------------------------------------------

#[test]
fn utf8_is_borrowed() {
    let source = b"x = '\xc3\xa9'\n";
    for mode in [Mode::Script, Mode::Compile, Mode::Tokenize] {
        let decoded = decode(source, mode).unwrap();
        assert!(matches!(decoded.text, Cow::Borrowed("x = '\u{e9}'\n")));
        assert_eq!(decoded.encoding, "utf-8");
        assert!(!decoded.had_bom);
        assert_eq!(decoded.declaration, None);
        assert!(decoded.invalid_utf8.is_empty());
    }
}

#[test]
fn empty_input() {
    for mode in [Mode::Script, Mode::Compile, Mode::Tokenize] {
        let decoded = decode(b"", mode).unwrap();
        assert_eq!(decoded.text, "");
        assert_eq!(decoded.encoding, "utf-8");
        let decoded = decode(b"\xef\xbb\xbf", mode).unwrap();
        assert_eq!(decoded.text, "");
        assert!(decoded.had_bom);
    }
}

#[test]
fn bom_is_dropped() {
    for mode in [Mode::Script, Mode::Compile, Mode::Tokenize] {
        let decoded = decode(b"\xef\xbb\xbfprint(1)\n", mode).unwrap();
        assert!(matches!(decoded.text, Cow::Borrowed("print(1)\n")));
        assert!(decoded.had_bom);
        assert_eq!(decoded.encoding, "utf-8");
    }
    // python3 -m tokenize: ENCODING 'utf-8'; the program prints 1.
    let decoded = decode(b"\xef\xbb\xbf# coding: utf-8\nprint(1)\n", Mode::Tokenize).unwrap();
    assert_eq!(decoded.encoding, "utf-8");
    assert_eq!(decoded.text, "# coding: utf-8\nprint(1)\n");
    let decoded = decode(b"\xef\xbb\xbf# coding: UTF_8\nprint(1)\n", Mode::Script).unwrap();
    assert_eq!(decoded.encoding, "utf-8");
}

#[test]
fn tokenize_drops_a_bom_at_each_line_start() {
    // `tokenize` decodes each line with 'utf-8-sig'; the C tokenizer keeps the
    // second mark (and then reports "invalid non-printable character U+FEFF").
    let source = b"\xef\xbb\xbfx = 1\n\xef\xbb\xbfy = 2\n";
    assert_eq!(text(source, Mode::Tokenize), "x = 1\ny = 2\n");
    assert_eq!(text(source, Mode::Script), "x = 1\n\u{feff}y = 2\n");
}

#[test]
fn bom_with_another_declaration() {
    let cases: [(&[u8], [&str; 3]); 4] = [
        (
            b"\xef\xbb\xbf# coding: latin-1\nprint(1)\n",
            [
                "encoding problem: iso-8859-1 with BOM",
                "encoding problem: iso-8859-1 with BOM",
                "encoding problem for 'f.py': utf-8",
            ],
        ),
        (
            b"\xef\xbb\xbf# coding: utf8\nprint(1)\n",
            [
                "encoding problem: utf8 with BOM",
                "encoding problem: utf8 with BOM",
                "encoding problem for 'f.py': utf-8",
            ],
        ),
        (
            b"\xef\xbb\xbf# coding: foobar\n",
            [
                "encoding problem: foobar with BOM",
                "encoding problem: foobar with BOM",
                "unknown encoding for 'f.py': foobar",
            ],
        ),
        (
            b"\xef\xbb\xbf\n# coding: latin-1\n",
            [
                "encoding problem: iso-8859-1 with BOM",
                "encoding problem: iso-8859-1 with BOM",
                "encoding problem for 'f.py': utf-8",
            ],
        ),
    ];
    for (source, expected) in cases {
        assert_eq!(all_modes(source), expected, "{source:?}");
    }
    let error = decode(b"\xef\xbb\xbf# coding: latin-1\n", Mode::Script).unwrap_err();
    assert_eq!(error.span, Span::new(13, 20));
    assert_eq!(error.line, None);
}

// --- Finding the declaration ---------------------------------------------------

/// Whether `prefix` followed by a Latin-1 `é` decodes in each mode, as the
/// declaration (if found) makes it.
fn declares_latin1(prefix: &[u8], mode: Mode) -> bool {
    let mut source = prefix.to_vec();
    source.extend_from_slice(b"s = '\xe9'\n");
    decode(&source, mode).is_ok_and(|d| d.text.contains('\u{e9}'))
}

#[test]
fn declaration_placement() {
    // (prefix, found by the C tokenizer, found by tokenize)
    let cases: [(&[u8], bool, bool); 16] = [
        (b"# coding: latin-1\n", true, true),
        (
            b"#!/usr/bin/env python\n# -*- coding: latin-1 -*-\n",
            true,
            true,
        ),
        (b"\n# coding: latin-1\n", true, true),
        (b"   \n# coding: latin-1\n", true, true),
        (b"\t\x0c# coding=latin-1\n", true, true),
        (b"x=1\n# coding: latin-1\n", false, false),
        (b"#\n#\n# coding: latin-1\n", false, false),
        (b"# vim: set fileencoding=latin-1 :\n", true, true),
        (b"# coding : latin-1\n", false, false),
        (b"# codingcoding: latin-1\n", true, true),
        (b"# coding: \n# coding: latin-1\n", true, true),
        (b"# coding: # coding: latin-1\n", true, true),
        (b"# CODING: latin-1\n", false, false),
        (b"\\\n# coding: latin-1\n", false, false),
        (b"\x0c\n# coding: latin-1\n", true, true),
        (b"x = 1\r# coding: latin-1\n", false, false),
    ];
    for (prefix, c, tokenize) in cases {
        let shown = String::from_utf8_lossy(prefix);
        assert_eq!(declares_latin1(prefix, Mode::Script), c, "script {shown:?}");
        assert_eq!(
            declares_latin1(prefix, Mode::Compile),
            c,
            "compile {shown:?}"
        );
        assert_eq!(
            declares_latin1(prefix, Mode::Tokenize),
            tokenize,
            "tokenize {shown:?}"
        );
    }
}

#[test]
fn carriage_returns_end_lines_only_for_the_c_tokenizer() {
    // `tokenize` reads lines split at \n: "\r# coding…" is a blank line 1 there
    // (ENCODING 'utf-8'); the C tokenizer sees an empty line 1, then the declaration.
    let source = b"\r# coding: latin-1\nx = 1\n";
    assert_eq!(decode(source, Mode::Tokenize).unwrap().encoding, "utf-8");
    assert_eq!(decode(source, Mode::Script).unwrap().encoding, "iso-8859-1");
    assert_eq!(
        decode(source, Mode::Compile).unwrap().encoding,
        "iso-8859-1"
    );
    assert!(declares_latin1(b"#\r# coding: latin-1\n", Mode::Tokenize));
}

#[test]
fn declared_names() {
    // (declared, ENCODING token)
    let cases = [
        ("latin-1", "iso-8859-1"),
        ("Latin-1-foo", "iso-8859-1"),
        ("latin_1", "iso-8859-1"),
        ("ISO_8859_1", "iso-8859-1"),
        ("iso-latin-1", "iso-8859-1"),
        ("latin_1_2", "iso-8859-1"),
        ("latin1", "latin1"),
        ("l1", "l1"),
        ("utf-8", "utf-8"),
        ("utf_8_foo", "utf-8"),
        ("UTF8", "UTF8"),
        ("u8", "u8"),
        ("cp1252", "cp1252"),
        ("ISO-8859-15", "ISO-8859-15"),
        ("iso8859_15", "iso8859_15"),
        ("8859", "8859"),
        ("euc_jp", "euc_jp"),
    ];
    for (name, token) in cases {
        let source = format!("# -*- coding: {name} -*-\nx = 1\n");
        for mode in [Mode::Script, Mode::Compile, Mode::Tokenize] {
            let decoded = decode(source.as_bytes(), mode).unwrap();
            assert_eq!(decoded.encoding, token, "{name} {mode:?}");
            let declaration = decoded.declaration.unwrap();
            assert_eq!(declaration.name, name);
            assert_eq!(declaration.line, 1);
            assert_eq!(declaration.span, Span::new(14, 14 + name.len() as u32));
        }
    }
    // The name stops at the first character outside [-\w.].
    let decoded = decode(b"# coding: latin1!\nx = 1\n", Mode::Tokenize).unwrap();
    assert_eq!(decoded.encoding, "latin1");
    let decoded = decode(b"#!python\n#coding=ascii\n", Mode::Script).unwrap();
    assert_eq!(decoded.declaration.unwrap().line, 2);
}

#[test]
fn declaration_without_final_newline() {
    // ENCODING 'iso-8859-1'.
    assert_eq!(all_modes(b"# coding: latin-1"), ["ok", "ok", "ok"]);
}

// --- Unknown and unusual codecs -----------------------------------------------

#[test]
fn unknown_encoding() {
    let cases: [(&[u8], [&str; 3]); 3] = [
        (
            b"# coding: foobar\nprint(1)\n",
            [
                "encoding problem: foobar",
                "unknown encoding: foobar",
                "unknown encoding for 'f.py': foobar",
            ],
        ),
        (
            b"# coding: latin-1.\n",
            [
                "encoding problem: latin-1.",
                "unknown encoding: latin-1.",
                "unknown encoding for 'f.py': latin-1.",
            ],
        ),
        (
            b"# coding: mbcs\n",
            [
                "encoding problem: mbcs",
                "unknown encoding: mbcs",
                "unknown encoding for 'f.py': mbcs",
            ],
        ),
    ];
    for (source, expected) in cases {
        assert_eq!(all_modes(source), expected);
    }
    let error = decode(b"# coding: foobar\n", Mode::Compile).unwrap_err();
    assert_eq!(
        error.kind,
        EncodingErrorKind::UnknownEncoding {
            name: "foobar".into()
        }
    );
    assert_eq!(error.span, Span::new(10, 16));
    assert_eq!(error.line, None);
}

#[test]
fn not_a_text_encoding() {
    let expected = [
        "encoding problem: hex",
        "'hex' is not a text encoding; use codecs.decode() to handle arbitrary codecs",
        // Printed by `python3 -m tokenize` as "LookupError: …".
        "'hex' is not a text encoding; use codecs.decode() to handle arbitrary codecs",
    ];
    assert_eq!(all_modes(b"# coding: hex\nx = 1\n"), expected);
    assert_eq!(
        outcome(b"# coding: rot13\n", Mode::Compile),
        "'rot13' is not a text encoding; use codecs.decode() to handle arbitrary codecs"
    );
}

#[test]
fn unsupported_codecs_fail_like_python3_file() {
    // CPython decodes these; pyvm reports what `python3 FILE` says for them.
    for name in ["utf-16", "utf-7", "cp037", "unicode_escape", "iso2022_jp"] {
        let source = format!("# coding: {name}\nx = 1\n");
        let error = decode(source.as_bytes(), Mode::Compile).unwrap_err();
        assert_eq!(
            error.kind,
            EncodingErrorKind::UnsupportedEncoding { name: name.into() }
        );
        assert_eq!(
            outcome(source.as_bytes(), Mode::Script),
            format!("encoding problem: {name}")
        );
    }
}

#[test]
fn codec_lookup() {
    let cases = [
        ("Latin-1", Some("latin_1")),
        ("U8", Some("utf_8")),
        ("utf.8", None),
        ("iso.8859_1", Some("latin_1")),
        ("ISO-8859.1", Some("latin_1")),
        ("latin.1", None),
        ("-utf8-", Some("utf_8")),
        ("UTF 8", Some("utf_8")),
        ("u-8", None),
        ("iso_ir_6", Some("ascii")),
        ("cp-1252", None),
        ("windows_1252", Some("cp1252")),
        ("ks_c-5601", Some("euc_kr")),
        ("646", Some("ascii")),
        ("windows-1252", Some("cp1252")),
        ("sjis", Some("shift_jis")),
        ("utf-8-sig", Some("utf_8_sig")),
        ("utf8-sig", None),
        ("mbcs", None),
        ("latin-1.", None),
        ("aliases", None),
        ("", None),
    ];
    for (name, module) in cases {
        assert_eq!(codec_module(name), module, "{name}");
    }
    assert_eq!(normalize_encoding("  ISO--8859.1_ "), "iso_8859.1");
}

// --- Undecodable bytes -----------------------------------------------------------

#[test]
fn undeclared_non_utf8() {
    let source = b"x = 1\r\ny = 2\rz = \"\xe9\"\n";
    let error = decode(source, Mode::Script).unwrap_err();
    assert_eq!(
        error.to_string(),
        "Non-UTF-8 code starting with '\\xe9' in file /tmp/t/f.py on line 3, but no encoding \
         declared; see https://peps.python.org/pep-0263/ for details"
    );
    assert_eq!(error.span, Span::new(18, 19));
    assert_eq!(error.line, None);
    assert_eq!(
        outcome(source, Mode::Tokenize),
        "'utf-8' codec can't decode byte 0xe9 in position 11: invalid continuation byte"
    );
    // compile() only objects when a token holds the bytes: see below.
    let decoded = decode(source, Mode::Compile).unwrap();
    assert_eq!(decoded.text, "x = 1\r\ny = 2\rz = \"\u{fffd}\"\n");

    let source = b"x = \"\xf0\x9f\x98\"\n";
    assert_eq!(
        outcome(source, Mode::Script),
        "Non-UTF-8 code starting with '\\xf0' in file /tmp/t/f.py on line 1, but no encoding \
         declared; see https://peps.python.org/pep-0263/ for details"
    );
    assert_eq!(
        outcome(source, Mode::Tokenize),
        "invalid or missing encoding declaration for 'f.py'"
    );
}

#[test]
fn declaration_after_code_does_not_count() {
    let source = b"x = 1\n# coding: latin-1\nprint(\"\xe9\")\n";
    assert!(outcome(source, Mode::Script)
        .starts_with("Non-UTF-8 code starting with '\\xe9' in file /tmp/t/f.py on line 3,"));
    assert_eq!(
        outcome(source, Mode::Tokenize),
        "'utf-8' codec can't decode byte 0xe9 in position 7: invalid continuation byte"
    );
}

#[test]
fn null_bytes() {
    // compile() refuses them first; the tokenizers report them later (lexer).
    assert_eq!(
        all_modes(b"x = 1\n# \xe9 \x00\n"),
        [
            "Non-UTF-8 code starting with '\\xe9' in file /tmp/t/f.py on line 2, but no encoding \
             declared; see https://peps.python.org/pep-0263/ for details",
            "source code string cannot contain null bytes",
            "'utf-8' codec can't decode byte 0xe9 in position 2: invalid continuation byte",
        ]
    );
    let error = decode(b"\x00# coding: latin-1\n", Mode::Compile).unwrap_err();
    assert_eq!(error.kind, EncodingErrorKind::NullBytes);
    assert_eq!(error.span, Span::new(0, 1));
    assert_eq!(text(b"x = 1\n\x00\n", Mode::Script), "x = 1\n\x00\n");
    // A null byte before the first bad byte is what `python3 FILE` reports
    // ("source code cannot contain null bytes"), so decoding lets it through.
    let decoded = decode(b"x = 1\n\x00\n\xe9\n", Mode::Script).unwrap();
    assert_eq!(decoded.text, "x = 1\n\x00\n\u{fffd}\n");
}

#[test]
fn invalid_utf8_inside_tokens() {
    // With a byte-order mark or a `utf-8` declaration (and in compile()), bad
    // bytes are an error only inside a token: comments may hold them.
    assert_eq!(all_modes(b"\xef\xbb\xbfx = 1\n# \xe9\n")[..2], ["ok", "ok"]);
    assert_eq!(
        all_modes(b"# coding: utf-8\n# \xff\xfe\nprint(1)\n")[..2],
        ["ok", "ok"]
    );

    // python3: SyntaxError: (unicode error) 'utf-8' codec can't decode byte
    // 0xe9 in position 1: invalid continuation byte (line 2), in both modes.
    let source = b"# coding: utf-8\nx = \"a\xe9b\xe9\"\n";
    for mode in [Mode::Script, Mode::Compile] {
        let decoded = decode(source, mode).unwrap();
        assert_eq!(
            decoded.text,
            "# coding: utf-8\nx = \"a\u{fffd}b\u{fffd}\"\n"
        );
        assert_eq!(decoded.invalid_utf8.len(), 2);
        assert_eq!(decoded.invalid_utf8[0].offset, 22);
        assert_eq!(decoded.invalid_utf8[0].span, Span::new(22, 23));
        assert_eq!(decoded.invalid_utf8[0].bytes(), b"\xe9");
        let body = 21..decoded.text.len() - 2;
        let raw = decoded.raw_bytes(body);
        assert_eq!(&*raw, b"a\xe9b\xe9");
        assert_eq!(
            utf8_decode_error(&raw).unwrap().to_string(),
            "'utf-8' codec can't decode byte 0xe9 in position 1: invalid continuation byte"
        );
        assert_eq!(&*decoded.raw_bytes(0..decoded.text.len()), source);
    }
    assert_eq!(
        outcome(source, Mode::Tokenize),
        "'utf-8' codec can't decode byte 0xe9 in position 6: invalid continuation byte"
    );

    // "(unicode error) 'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte"
    let decoded = decode(b"# coding: utf-8\nx = \"\xc0\x80\"\n", Mode::Compile).unwrap();
    assert_eq!(decoded.invalid_utf8.len(), 2);
    let raw = decoded.raw_bytes(21..27);
    assert_eq!(&*raw, b"\xc0\x80");
    assert_eq!(
        utf8_decode_error(&raw).unwrap().to_string(),
        "'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte"
    );
}

#[test]
fn utf8_error_messages() {
    // bytes.decode('utf-8') in CPython 3.11.
    let cases: [(&[u8], &str); 6] = [
        (
            b"\xe9",
            "'utf-8' codec can't decode byte 0xe9 in position 0: unexpected end of data",
        ),
        (
            b"ab\xff\xfe",
            "'utf-8' codec can't decode byte 0xff in position 2: invalid start byte",
        ),
        (
            b"\xf0\x9f\x98",
            "'utf-8' codec can't decode bytes in position 0-2: unexpected end of data",
        ),
        (
            b"\xf0\x9f\x98\"",
            "'utf-8' codec can't decode bytes in position 0-2: invalid continuation byte",
        ),
        (
            b"\xe0\x80",
            "'utf-8' codec can't decode byte 0xe0 in position 0: invalid continuation byte",
        ),
        (
            b"\xed\xa0\x80",
            "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte",
        ),
    ];
    for (bytes, message) in cases {
        assert_eq!(utf8_decode_error(bytes).unwrap().to_string(), message);
    }
    assert_eq!(utf8_decode_error("é".as_bytes()), None);
}

#[test]
fn declared_encoding_cannot_decode() {
    let cases: [(&[u8], [&str; 3]); 5] = [
        (
            b"# coding: ascii\r\nx = 1\r\nz = \"\xe9\"\r\n",
            [
                "encoding problem: ascii",
                "'ascii' codec can't decode byte 0xe9 in position 27: ordinal not in range(128)",
                "'ascii' codec can't decode byte 0xe9 in position 5: ordinal not in range(128)",
            ],
        ),
        (
            b"# coding: cp1252\nx = \"\x80\x81\"\n",
            [
                "encoding problem: cp1252",
                "'charmap' codec can't decode byte 0x81 in position 23: character maps to <undefined>",
                "'charmap' codec can't decode byte 0x81 in position 6: character maps to <undefined>",
            ],
        ),
        (
            b"# coding: utf8\nx = \"\xf0\x9f\x98\"\n",
            [
                "encoding problem: utf8",
                "'utf-8' codec can't decode bytes in position 20-22: invalid continuation byte",
                "'utf-8' codec can't decode bytes in position 5-7: invalid continuation byte",
            ],
        ),
        (
            b"# coding: gb2312\nx = \"\x81@\"\n",
            [
                "encoding problem: gb2312",
                "'gb2312' codec can't decode byte 0x81 in position 22: illegal multibyte sequence",
                "'gb2312' codec can't decode byte 0x81 in position 5: illegal multibyte sequence",
            ],
        ),
        (
            b"# coding: big5\nx = \"\xa4\"",
            [
                "encoding problem: big5",
                "'big5' codec can't decode byte 0xa4 in position 20: illegal multibyte sequence",
                "'big5' codec can't decode byte 0xa4 in position 5: illegal multibyte sequence",
            ],
        ),
    ];
    for (source, expected) in cases {
        assert_eq!(all_modes(source), expected);
    }
    let error = decode(b"# coding: ascii\nz = \"\xe9\"\n", Mode::Compile).unwrap_err();
    assert_eq!(error.span, Span::new(21, 22));
    // A sequence cut short by the end of the file: compile() adds a newline
    // first, and `python3 FILE` fails on its last decoding call.
    assert_eq!(
        all_modes(b"# coding: gbk\nx = 1 # \x81"),
        [
            "(unicode error) 'gbk' codec can't decode byte 0x81 in position 0: incomplete \
             multibyte sequence",
            "'gbk' codec can't decode byte 0x81 in position 22: illegal multibyte sequence",
            "'gbk' codec can't decode byte 0x81 in position 8: incomplete multibyte sequence",
        ]
    );
    assert_eq!(
        decode(b"# coding: gbk\nx = 1 # \x81", Mode::Script)
            .unwrap_err()
            .line,
        Some(1)
    );
}

#[test]
fn script_decodes_in_chunks() {
    // `python3 FILE` reopens the file with the codec and decodes 8 KiB at a
    // time: a failure in the first chunk is an "encoding problem", a later one
    // a "(unicode error)" with the position in its chunk and a line number.
    let mut source = b"# coding: ascii\n".to_vec();
    source.extend(b"x = 1\n".repeat(1360));
    source.extend(b"z = \"\xe9\"\n");
    assert_eq!(outcome(&source, Mode::Script), "encoding problem: ascii");

    let mut source = b"# coding: ascii\n".to_vec();
    source.extend(b"x = 1\n".repeat(1370));
    source.extend(b"z = \"\xe9\"\n");
    let error = decode(&source, Mode::Script).unwrap_err();
    assert_eq!(
        error.to_string(),
        "(unicode error) 'ascii' codec can't decode byte 0xe9 in position 34: ordinal not in \
         range(128)"
    );
    assert_eq!(error.line, Some(1366));
    assert_eq!(
        outcome(&source, Mode::Compile),
        "'ascii' codec can't decode byte 0xe9 in position 8241: ordinal not in range(128)"
    );
}

// --- Decoded text ------------------------------------------------------------------

#[test]
fn single_byte_codecs() {
    // What `print(ascii(…))` showed for the literal.
    let cases: [(&[u8], &str); 5] = [
        (b"# coding: koi8-r\nx = \"\xc1\xc2\"\n", "\u{430}\u{431}"),
        // Latin-1 is not windows-1252: 0x80..0x9F are C1 controls.
        (
            b"# coding: latin-1\nx = \"\x80\x9f\xff\"\n",
            "\u{80}\u{9f}\u{ff}",
        ),
        (
            b"#!/usr/bin/python\n# vim: set fileencoding=iso-8859-15 :\nx = \"\xa4\"\n",
            "\u{20ac}",
        ),
        (b"# coding: cp1252\nx = \"\x80\x9f\"\n", "\u{20ac}\u{178}"),
        (b"# coding: cp437\nx = \"\x80\xfe\"\n", "\u{c7}\u{25a0}"),
    ];
    for (source, literal) in cases {
        for mode in [Mode::Script, Mode::Compile, Mode::Tokenize] {
            let text = text(source, mode);
            let start = text.find("x = \"").unwrap() + 5;
            assert_eq!(&text[start..text.len() - 2], literal, "{mode:?}");
        }
    }
}

#[test]
fn multi_byte_codecs() {
    let cases: [(&[u8], &str); 5] = [
        (
            b"# coding: gb2312\nx = \"\xc4\xe3\xba\xc3\"\n",
            "\u{4f60}\u{597d}",
        ),
        (
            b"# coding: shift_jis\nx = \"\xb1\x82\xa0\"\n",
            "\u{ff71}\u{3042}",
        ),
        // A KS X 1001:1998 make-up sequence.
        (
            b"# coding: euc_kr\nx = \"\xa4\xd4\xa4\xa1\xa4\xbf\xa4\xd4\"\n",
            "\u{ac00}",
        ),
        // Python's shift_jis, unlike WHATWG's, maps 0x8160 to WAVE DASH.
        (b"# coding: shift_jis\nx = \"\x81\x60\"\n", "\u{301c}"),
        (b"# coding: gb18030\nx = \"\x81\x35\xf4\x37\"\n", "\u{1e3f}"),
    ];
    for (source, literal) in cases {
        for mode in [Mode::Script, Mode::Compile, Mode::Tokenize] {
            let text = text(source, mode);
            let start = text.find("x = \"").unwrap() + 5;
            assert_eq!(&text[start..text.len() - 2], literal, "{mode:?}");
        }
    }
    // gb2312 has no GBK extensions; cp932 has what shift_jis lacks.
    assert!(decode(b"# coding: gb2312\nx = \"\x81\x40\"\n", Mode::Compile).is_err());
    assert!(decode(b"# coding: gbk\nx = \"\x81\x40\"\n", Mode::Compile).is_ok());
    assert!(decode(b"# coding: shift_jis\nx = \"\xfa\x40\"\n", Mode::Compile).is_err());
    assert!(decode(b"# coding: cp932\nx = \"\xfa\x40\"\n", Mode::Compile).is_ok());
}

#[test]
fn script_keeps_the_declaration_line_raw() {
    // `python3 FILE` does not decode the lines it read before the declaration
    // took effect: a comment there may hold bytes the codec rejects.
    let source = b"# coding: cp1252 \x81\nx = 1\n";
    assert_eq!(outcome(source, Mode::Script), "ok");
    assert_eq!(
        outcome(source, Mode::Compile),
        "'charmap' codec can't decode byte 0x81 in position 17: character maps to <undefined>"
    );
    assert_eq!(
        outcome(source, Mode::Tokenize),
        "invalid or missing encoding declaration for 'f.py'"
    );
}

#[test]
fn tokenize_checks_the_declaration_lines_are_utf8() {
    assert_eq!(
        all_modes(b"# coding: latin-1 \xe9\ns = 1\n"),
        [
            "ok",
            "ok",
            "invalid or missing encoding declaration for 'f.py'"
        ]
    );
    let source = b"# \xe9\n# coding: latin-1\ns = 1\n";
    assert!(outcome(source, Mode::Script)
        .starts_with("Non-UTF-8 code starting with '\\xe9' in file /tmp/t/f.py on line 1,"));
    assert_eq!(outcome(source, Mode::Compile), "ok");
    assert_eq!(
        outcome(source, Mode::Tokenize),
        "invalid or missing encoding declaration for 'f.py'"
    );
}

#[test]
fn tokenize_file_names_are_reprs() {
    let error = decode_source(b"# coding: nope\n", Mode::Tokenize, "it's.py").unwrap_err();
    assert_eq!(error.to_string(), "unknown encoding for \"it's.py\": nope");
}

// --- Robustness --------------------------------------------------------------------

/// A linear congruential generator (Knuth's MMIX constants).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

#[test]
fn random_bytes_never_panic() {
    const HEADERS: [&[u8]; 12] = [
        b"",
        b"\xef\xbb\xbf",
        b"# coding: latin-1\n",
        b"# coding: utf-8\n",
        b"# coding: utf8\r\n",
        b"#\n# coding: cp1252\r",
        b"# coding: gb18030\n",
        b"# coding: euc_kr\n",
        b"# coding: euc_jp\n",
        b"# coding: shift_jis\n",
        b"# coding: big5hkscs\n",
        b"\xef\xbb\xbf# coding: ascii\n",
    ];
    const PIECES: [&[u8]; 10] = [
        b"\n",
        b"\r",
        b"\r\n",
        b"#",
        b"coding:",
        b"\x00",
        b"\xa4\xd4",
        b"\xef\xbb\xbf",
        b"x = '",
        b"\x81\x30",
    ];
    let mut rng = Lcg(0x5eed);
    for _ in 0..20_000 {
        let mut input = HEADERS[rng.below(HEADERS.len())].to_vec();
        for _ in 0..rng.below(64) {
            if rng.below(4) == 0 {
                input.extend_from_slice(PIECES[rng.below(PIECES.len())]);
            } else {
                input.push(rng.next() as u8);
            }
        }
        if rng.below(50) == 0 {
            input.extend(std::iter::repeat_n(b'y', 9000));
            input.push(0xff);
        }
        for mode in [Mode::Script, Mode::Compile, Mode::Tokenize] {
            match decode_source(&input, mode, "r.py") {
                Ok(decoded) => {
                    for invalid in &decoded.invalid_utf8 {
                        assert!(invalid.span.end as usize <= input.len());
                        assert!((invalid.offset as usize) < decoded.text.len());
                    }
                    let whole = decoded.raw_bytes(0..decoded.text.len());
                    if decoded.encoding == "utf-8" && decoded.declaration.is_none() {
                        let body = if decoded.had_bom {
                            &input[3..]
                        } else {
                            &input[..]
                        };
                        if mode != Mode::Tokenize {
                            assert_eq!(&*whole, body);
                        }
                    }
                }
                Err(error) => {
                    assert!(error.span.start <= error.span.end, "{input:?}");
                    assert!(
                        error.span.end as usize <= input.len(),
                        "{input:?} {error:?}"
                    );
                    assert!(!error.to_string().is_empty());
                }
            }
        }
    }
}
