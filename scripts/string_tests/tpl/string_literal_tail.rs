
/// Where the tested tokens are placed in their imaginary file, so that spans
/// are checked to be absolute.
const TOKEN_START: u32 = 1000;

fn matches_value(expected: &V, got: &StringValue) -> bool {
    match (expected, got) {
        (V::Str(e), StringValue::Str(g)) => e == g,
        (V::Wide(e), StringValue::StrWithSurrogates(g)) => e == g,
        (V::Bytes(e), StringValue::Bytes(g)) => e == g,
        _ => false,
    }
}

#[test]
fn decoding_matches_cpython() {
    let mut failures = Vec::new();
    for case in CASES {
        let token_end = TOKEN_START + case.token.len() as u32;
        let inside = |span: pyvm_source::Span| {
            TOKEN_START <= span.start && span.start <= span.end && span.end <= token_end
        };
        match (&case.expect, decode_string(case.token, TOKEN_START)) {
            (Ok(expected), Ok(decoded)) => {
                let messages: Vec<String> =
                    decoded.warnings.iter().map(|w| w.to_string()).collect();
                if !matches_value(expected, &decoded.value) || messages != case.warnings {
                    failures.push(format!("{:?}: got {decoded:?}", case.token));
                }
                for warning in &decoded.warnings {
                    let text = &case.token[(warning.span.start - TOKEN_START) as usize..]
                        [..warning.span.len() as usize];
                    if !inside(warning.span) || !text.starts_with('\\') {
                        failures.push(format!("{:?}: warning span {warning:?}", case.token));
                    }
                }
            }
            (Err((message, _, _)), Err(error)) => {
                if error.to_string() != *message || !inside(error.span) {
                    failures.push(format!("{:?}: got {error:?} ({error})", case.token));
                }
            }
            (_, got) => failures.push(format!("{:?}: got {got:?}", case.token)),
        }
    }
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn escape_errors_point_at_the_escape() {
    let source = "x = 'ab\\x4' + 1";
    let error = decode_string(&source[4..11], 4).unwrap_err();
    assert_eq!(&source[error.span.range()], "\\x4");

    let source = "x = 'é\\N{nope}'";
    let error = decode_string(&source[4..], 4).unwrap_err();
    assert_eq!(&source[error.span.range()], "\\N{nope}");

    let source = "  '\\U00110000'";
    let error = decode_string(&source[2..], 2).unwrap_err();
    assert_eq!(&source[error.span.range()], "\\U00110000");

    let source = "  b'a\\x1'";
    let error = decode_string(&source[2..], 2).unwrap_err();
    assert_eq!(&source[error.span.range()], "\\x1");
}

#[test]
fn non_ascii_bytes_error_covers_the_token() {
    let error = decode_string("b'é'", 5).unwrap_err();
    assert_eq!(error.kind, StringErrorKind::NonAsciiBytes);
    assert_eq!(error.span.range(), 5..10);
}

#[test]
fn only_the_first_invalid_escape_warns_and_points_at_it() {
    let source = "s = '''a\n\\d\\w'''";
    let decoded = decode_string(&source[4..], 4).unwrap();
    assert_eq!(decoded.warnings.len(), 1);
    assert_eq!(&source[decoded.warnings[0].span.range()], "\\d");

    let source = "s = b'\\777'";
    let decoded = decode_string(&source[4..], 4).unwrap();
    assert_eq!(&source[decoded.warnings[0].span.range()], "\\777");
}

#[test]
fn prefixes_in_any_case_and_order() {
    let valid = ["", "r", "u", "b", "f", "br", "rb", "fr", "rf"];
    for prefix in valid {
        for variant in case_variants(prefix) {
            let parsed = StringPrefix::parse(&variant).unwrap();
            assert_eq!(parsed.raw, prefix.contains('r'), "{variant}");
            assert_eq!(parsed.bytes, prefix.contains('b'), "{variant}");
            assert_eq!(parsed.format, prefix.contains('f'), "{variant}");
            assert_eq!(parsed.unicode, prefix.contains('u'), "{variant}");
        }
    }
    for invalid in ["ur", "ru", "ub", "bu", "uf", "fu", "bf", "fb", "rr", "bb", "x", "rbf", "c"] {
        for variant in case_variants(invalid) {
            assert_eq!(StringPrefix::parse(&variant), None, "{variant}");
        }
    }
}

/// Every upper/lower case spelling of `letters`.
fn case_variants(letters: &str) -> Vec<String> {
    let mut variants = vec![String::new()];
    for c in letters.chars() {
        variants = variants
            .iter()
            .flat_map(|v| [format!("{v}{}", c.to_ascii_lowercase()), format!("{v}{}", c.to_ascii_uppercase())])
            .collect();
    }
    variants
}

#[test]
fn splitting_tokens() {
    let literal = split_string_token("Rb'''a'b'''").unwrap();
    assert!(literal.prefix.raw && literal.prefix.bytes && literal.triple);
    assert_eq!((literal.quote, literal.body, literal.body_offset), ('\'', "a'b", 5));

    let literal = split_string_token("\"\"").unwrap();
    assert_eq!((literal.quote, literal.body, literal.triple), ('"', "", false));

    let literal = split_string_token("f'{x}'").unwrap();
    assert!(literal.prefix.format);
    assert_eq!((literal.body, literal.body_offset), ("{x}", 2));

    let literal = split_string_token("'''a\\''''").unwrap();
    assert_eq!(literal.body, "a\\'");

    for malformed in [
        "", "'", "\"'", "'''", "''''", "'''''", "'a", "a'", "x'a'", "ur'a'", "'a\\'", "r'\\'",
        "'''a'", "''a'", "'''a\\'''", "b", "bb''", "\"\"\"a\"\"",
    ] {
        assert_eq!(split_string_token(malformed), None, "{malformed:?}");
    }
}

#[test]
fn malformed_tokens_are_errors() {
    for text in ["", "abc", "'unclosed", "f'{x}'", "F''", "'\\'"] {
        let error = decode_string(text, 3).unwrap_err();
        assert_eq!(error.kind, StringErrorKind::MalformedToken, "{text:?}");
        assert_eq!(error.span.range(), 3..3 + text.len(), "{text:?}");
    }
}

#[test]
fn random_input_never_panics_and_errors_stay_in_the_token() {
    const ALPHABET: &[&str] = &[
        "'", "\"", "'''", "\\", "\\\\", "x", "N", "{", "}", "u", "U", "0", "7", "9", "a", "f",
        "b", "r", "\r", "\n", "é", "😀", " ", "\\N{", "LATIN SMALL LETTER A", "\\x", "\\u",
        "\\U", "d800", "0010FFFF", "F", "\\N{SPACE}", "\\777", "\\ud800",
    ];
    let mut seed = 0x2545_f491_4f6c_dd1d_u64;
    let mut next = move || {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) as usize
    };
    for round in 0..20_000 {
        let mut text = String::new();
        if round % 2 == 0 {
            text.push_str(["", "b", "r", "rb", "u", "B", "R"][next() % 7]);
            text.push('\'');
        }
        for _ in 0..next() % 12 {
            text.push_str(ALPHABET[next() % ALPHABET.len()]);
        }
        if round % 2 == 0 {
            text.push('\'');
        }
        let start = (next() % 100) as u32;
        let end = start + text.len() as u32;
        match decode_string(&text, start) {
            Ok(decoded) => {
                for warning in decoded.warnings {
                    assert!(start <= warning.span.start && warning.span.end <= end, "{text:?}");
                }
            }
            Err(error) => {
                assert!(start <= error.span.start, "{text:?}: {error:?}");
                assert!(error.span.start <= error.span.end && error.span.end <= end, "{text:?}");
            }
        }
    }
}
