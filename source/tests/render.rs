//! Snapshots of both renderings (short line, then rich snippet without
//! colour) for the shapes of diagnostic the stages produce.

use insta::assert_snapshot;
use pyvm_source::{Diagnostic, Severity, SourceFile, Span};

/// Both renderings of `diag`, short first, as one snapshot.
fn both(diag: &Diagnostic, file: &SourceFile) -> String {
    let short = diag.render_short(file);
    assert!(
        !short.contains('\n'),
        "short form must be one line: {short:?}"
    );
    let rich = diag.render_rich(file, false);
    assert!(
        !rich.contains('\x1b'),
        "colour codes with color=false: {rich:?}"
    );
    format!("{short}\n\n{rich}")
}

/// The span of the first occurrence of `needle` in `text`.
fn find(text: &str, needle: &str) -> Span {
    let start = text.find(needle).expect("needle in text") as u32;
    Span::new(start, start + needle.len() as u32)
}

#[test]
fn single_line_error() {
    let text = "x = 1\nprint(x +)\ny = 2\n";
    let file = SourceFile::new("single.py", text);
    let diag =
        Diagnostic::error("invalid syntax", find(text, ")")).with_label("expected an operand");
    assert_snapshot!(both(&diag, &file));
}

#[test]
fn multi_line_span() {
    let text = "def f():\n    return (1,\n            2\nx = 3\n";
    let file = SourceFile::new("multi.py", text);
    let span = find(text, "(1,\n            2");
    let diag = Diagnostic::error("'(' was never closed", span).with_label("this parenthesis");
    assert_snapshot!(both(&diag, &file));
}

#[test]
fn secondary_labels() {
    let text = "def f(a, a):\n    return a\n";
    let file = SourceFile::new("dup.py", text);
    let second = Span::new(9, 10);
    let diag = Diagnostic::error("duplicate argument 'a' in function definition", second)
        .with_label("duplicate")
        .with_secondary(Span::new(6, 7), "first defined here")
        .with_secondary(find(text, "def"), "in this function");
    assert_snapshot!(both(&diag, &file));
}

#[test]
fn notes() {
    let text = "print 'hello'\n";
    let file = SourceFile::new("py2.py", text);
    let diag = Diagnostic::error(
        "Missing parentheses in call to 'print'",
        find(text, "print 'hello'"),
    )
    .with_note("Did you mean print(...)?")
    .with_note("print is a function since Python 3");
    assert_snapshot!(both(&diag, &file));
}

#[test]
fn warning() {
    let text = "if x is 1:\n    pass\n";
    let file = SourceFile::new("warn.py", text);
    let diag = Diagnostic::warning(
        "\"is\" with a literal. Did you mean \"==\"?",
        find(text, "x is 1"),
    )
    .with_label("compares identity");
    assert_snapshot!(both(&diag, &file));
}

#[test]
fn note_severity() {
    let text = "import os\n";
    let file = SourceFile::new("note.py", text);
    let diag = Diagnostic::new(Severity::Note, "module imported here", find(text, "os"));
    assert_snapshot!(both(&diag, &file));
}

#[test]
fn span_at_eof_after_newline() {
    // CPython reports "unexpected EOF" on the empty line after the last '\n'.
    let text = "def f(:\n";
    let file = SourceFile::new("eof.py", text);
    let diag = Diagnostic::error(
        "unexpected EOF while parsing",
        Span::empty(text.len() as u32),
    );
    assert_snapshot!(both(&diag, &file));
}

#[test]
fn span_at_eof_without_newline() {
    let text = "x = (1 +";
    let file = SourceFile::new("eof.py", text);
    let diag = Diagnostic::error("invalid syntax", Span::empty(text.len() as u32))
        .with_label("expression ends here");
    assert_snapshot!(both(&diag, &file));
}

#[test]
fn unicode_line() {
    let text = "naïve = '日本語' + 🐍\n";
    let file = SourceFile::new("uni.py", text);
    let diag = Diagnostic::error("invalid character '🐍' (U+1F40D)", find(text, "🐍"))
        .with_secondary(find(text, "'日本語'"), "a str");
    assert_snapshot!(both(&diag, &file));
}

#[test]
fn tabs_and_crlf() {
    let text = "if x:\r\n\tif y:\r\n\t\tz = = 1\r\n";
    let file = SourceFile::new("tabs.py", text);
    let diag = Diagnostic::error("invalid syntax", find(text, "= 1")).with_label("unexpected '='");
    assert_snapshot!(both(&diag, &file));
}

#[test]
fn lone_cr_and_form_feed_do_not_end_lines() {
    // Python's tokenize only ends lines at '\n', so this error is on line 2.
    let text = "a = 1\r# still line 1\x0c\nb = ?\n";
    let file = SourceFile::new("cr.py", text);
    let diag = Diagnostic::error("invalid syntax", find(text, "?"));
    assert_snapshot!(both(&diag, &file));
}

#[test]
fn empty_file_and_empty_span() {
    let file = SourceFile::new("empty.py", "");
    let diag = Diagnostic::error("nothing here", Span::empty(0)).with_label("empty");
    assert_snapshot!(both(&diag, &file));
}

#[test]
fn empty_span_mid_line() {
    let text = "f(a b)\n";
    let file = SourceFile::new("comma.py", text);
    let diag = Diagnostic::error(
        "invalid syntax. Perhaps you forgot a comma?",
        Span::empty(3),
    )
    .with_label("comma expected");
    assert_snapshot!(both(&diag, &file));
}

#[test]
fn span_past_end_is_clamped() {
    let text = "x = 1\n";
    let file = SourceFile::new("past.py", text);
    let diag = Diagnostic::error("out of range", Span::new(3, 100))
        .with_secondary(Span::new(50, 60), "far away");
    assert_snapshot!(both(&diag, &file));
}

#[test]
fn span_inside_multibyte_char_is_clamped() {
    let text = "s = 'é'\n";
    let file = SourceFile::new("mid.py", text);
    // Byte 6 is the second byte of 'é'.
    let diag = Diagnostic::error("bad char", Span::new(6, 7)).with_label("here");
    assert_snapshot!(both(&diag, &file));
}

#[test]
fn message_with_newline_stays_one_short_line() {
    let text = "x\n";
    let file = SourceFile::new("nl.py", text);
    let diag = Diagnostic::error("first\nsecond", Span::new(0, 1));
    assert_eq!(diag.render_short(&file), "nl.py:1:1: error: first second");
}

#[test]
fn color_adds_escape_codes() {
    let file = SourceFile::new("c.py", "x\n");
    let diag = Diagnostic::error("boom", Span::new(0, 1)).with_label("here");
    assert!(diag.render_rich(&file, true).contains('\x1b'));
}
