
/// Where the tested tokens are placed in their imaginary file, so that spans
/// are checked to be absolute.
const TOKEN_START: u32 = 500;

/// Our parts as CPython's `JoinedStr` shows them: literal text and debug
/// text merged into one constant, expressions as token-relative ranges.
#[derive(Debug, PartialEq)]
enum Item {
    Lit(Vec<u32>),
    Field { expression: Range<usize>, conversion: Option<char>, spec: Option<Vec<Item>> },
}

fn relative(span: Span) -> Range<usize> {
    (span.start - TOKEN_START) as usize..(span.end - TOKEN_START) as usize
}

fn as_cpython(parts: &[FStringPart]) -> Vec<Item> {
    let mut items = Vec::new();
    let mut text: Vec<u32> = Vec::new();
    for part in parts {
        match part {
            FStringPart::Literal { value, .. } => text.extend(value.chars().map(u32::from)),
            FStringPart::LiteralWithSurrogates { value, .. } => text.extend(value),
            FStringPart::Field(field) => {
                if let Some(debug) = &field.debug_text {
                    text.extend(debug.chars().map(u32::from));
                }
                if !text.is_empty() {
                    items.push(Item::Lit(std::mem::take(&mut text)));
                }
                items.push(Item::Field {
                    expression: relative(field.expression),
                    conversion: field.conversion,
                    spec: field.format_spec.as_deref().map(as_cpython),
                });
            }
        }
    }
    if !text.is_empty() {
        items.push(Item::Lit(text));
    }
    items
}

/// Whether our items match CPython's parts. Our expression is the text
/// CPython compiles; CPython's node lies inside it, with only whitespace and
/// parentheses around it.
fn matches(token: &str, expected: &[P], got: &[Item]) -> bool {
    expected.len() == got.len()
        && expected.iter().zip(got).all(|(e, g)| match (e, g) {
            (P::Lit(e), Item::Lit(g)) => e.chars().map(u32::from).eq(g.iter().copied()),
            (P::Wide(e), Item::Lit(g)) => e == g,
            (
                P::Field { node, conversion, spec },
                Item::Field { expression, conversion: got_conversion, spec: got_spec },
            ) => {
                let around = |range: Range<usize>| {
                    token[range].chars().all(|c| " \t\n\r\x0c()".contains(c))
                };
                // CPython compiles `(expression)`; a node starting at that
                // parenthesis (a bare tuple) is reported on the braces.
                let braced = node.start + 1 == expression.start && node.end == expression.end + 1;
                let node = if braced { expression.clone() } else { node.clone() };
                expression.start <= node.start
                    && node.end <= expression.end
                    && around(expression.start..node.start)
                    && around(node.end..expression.end)
                    && conversion == got_conversion
                    && match (spec, got_spec) {
                        (None, None) => true,
                        (Some(e), Some(g)) => matches(token, e, g),
                        _ => false,
                    }
            }
            _ => false,
        })
}

#[test]
fn splitting_matches_cpython() {
    let mut failures = Vec::new();
    for case in CASES {
        let token_end = TOKEN_START + case.token.len() as u32;
        let inside = |span: Span| {
            TOKEN_START <= span.start && span.start <= span.end && span.end <= token_end
        };
        match (&case.expect, split_fstring(case.token, TOKEN_START)) {
            (Ok(expected), Ok(split)) => {
                let items = as_cpython(&split.parts);
                let messages: Vec<String> = split.warnings.iter().map(|w| w.to_string()).collect();
                if !matches(case.token, expected, &items) || messages != case.warnings {
                    failures.push(format!("{:?}: got {items:?} {messages:?}", case.token));
                }
                if !split.warnings.iter().all(|w| inside(w.span)) {
                    failures.push(format!("{:?}: warning spans {:?}", case.token, split.warnings));
                }
            }
            (Err((message, _, _)), Err(error)) => {
                if error.to_string() != *message || !inside(error.error.span) {
                    failures.push(format!("{:?}: got {error:?} ({error})", case.token));
                }
            }
            (_, got) => failures.push(format!("{:?}: got {got:?}", case.token)),
        }
    }
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
}

/// The source text of `span` in `source`.
fn text(source: &str, span: Span) -> &str {
    &source[span.range()]
}

#[test]
fn parts_carry_absolute_spans() {
    let source = "print(f'a{{b{ x + 1 !r:>{w}}}}c')";
    let split = split_fstring(&source[6..32], 6).unwrap();
    let [FStringPart::Literal { value, span }, FStringPart::Field(field), FStringPart::Literal { value: tail, span: tail_span }] =
        &split.parts[..]
    else {
        panic!("{:?}", split.parts);
    };
    assert_eq!((value.as_str(), text(source, *span)), ("a{b", "a{{b"));
    assert_eq!(text(source, field.expression), " x + 1 ");
    assert_eq!(text(source, field.span), "{ x + 1 !r:>{w}}");
    assert_eq!(field.conversion, Some('r'));
    let spec = field.format_spec.as_ref().unwrap();
    let [FStringPart::Literal { value, .. }, FStringPart::Field(inner)] = &spec[..] else {
        panic!("{spec:?}");
    };
    assert_eq!(value, ">");
    assert_eq!(text(source, inner.expression), "w");
    assert_eq!((tail.as_str(), text(source, *tail_span)), ("}c", "}}c"));
}

#[test]
fn expressions_across_lines() {
    let source = "s = f'''a\n{\n  x +\n  y\n}\nb{z=\n}'''";
    let split = split_fstring(&source[4..], 4).unwrap();
    let fields: Vec<_> = split
        .parts
        .iter()
        .filter_map(|part| match part {
            FStringPart::Field(field) => Some(field),
            _ => None,
        })
        .collect();
    assert_eq!(text(source, fields[0].expression), "\n  x +\n  y\n");
    assert_eq!(text(source, fields[1].expression), "z");
    assert_eq!(fields[1].debug_text.as_deref(), Some("z=\n"));
    assert_eq!(fields[1].conversion, Some('r'));
}

#[test]
fn debug_text_has_line_ends_as_newlines() {
    let split = split_fstring("f'''{\r\nx =\r\n}'''", 0).unwrap();
    let FStringPart::Field(field) = &split.parts[0] else { panic!() };
    assert_eq!(field.debug_text.as_deref(), Some("\nx =\n"));
    assert_eq!(field.expression.range(), 5..9);
}

#[test]
fn conversion_defaults_to_r_only_for_bare_debug_fields() {
    let conversions: Vec<_> = ["f'{x=}'", "f'{x=:>3}'", "f'{x=!s}'", "f'{x}'", "f'{x=:}'"]
        .iter()
        .map(|token| match &split_fstring(token, 0).unwrap().parts[..] {
            [FStringPart::Field(field)] => field.conversion,
            parts => panic!("{parts:?}"),
        })
        .collect();
    assert_eq!(conversions, [Some('r'), None, Some('s'), None, None]);
}

#[test]
fn errors_point_into_the_fstring() {
    // (token, text the error's span covers); the token starts at offset 3.
    let cases: &[(&str, &str)] = &[
        ("f'a}b'", "}"),
        ("f'{x!z}'", "z"),
        ("f'{x!ä}'", "ä"),
        ("f'{a\\n}'", "\\"),
        ("f'{a#}'", "#"),
        ("f'{a)}'", ")"),
        ("f'{[a)}'", ")"),
        ("f'{(((a'", "("),
        ("f'{\"a}'", "\""),
        ("f'{x:{y:{z}}}'", "{"),
        ("f'{ }'", "{ }"),
        ("f'{ !r}'", "{ !"),
        ("f'{x'", ""),
        ("f'\\x4{x}'", "\\x4"),
    ];
    for (token, covered) in cases {
        let source = format!("x= {token}");
        let error = split_fstring(token, 3).unwrap_err().error;
        assert_eq!(text(&source, error.span), *covered, "{token}");
    }
    let error = split_fstring("f'{x'", 3).unwrap_err().error;
    assert_eq!(error.span, Span::empty(7), "expecting '}}' points at the closing quote");
}

#[test]
fn too_many_brackets_points_at_the_201st() {
    let token = format!("f'{{{}}}'", "(".repeat(201));
    let error = split_fstring(&token, 0).unwrap_err().error;
    assert_eq!(error.kind, StringErrorKind::FStringTooManyNestedParens);
    assert_eq!(error.span.range(), 203..204);
}

/// CPython compiles each expression as soon as it has found it, so a syntax
/// error in an expression wins over f-string errors after it. Messages
/// captured from CPython 3.11:
/// `f'{a b!z}'` and `f'{a b}}'`: "f-string: invalid syntax. Perhaps you forgot a comma?";
/// `f'{x}{a b:{c!z}}'`: the same; `f'{[[...200...x...]]}'`: "too many nested parentheses".
#[test]
fn expressions_found_before_an_error_are_reported() {
    let error = split_fstring("f'{a b!z}'", 0).unwrap_err();
    assert_eq!(error.error.kind, StringErrorKind::FStringInvalidConversion);
    assert_eq!(error.expressions_before, [Span::new(3, 6)]);

    let error = split_fstring("f'{a b}}'", 0).unwrap_err();
    assert_eq!(error.error.kind, StringErrorKind::FStringSingleClosingBrace);
    assert_eq!(error.expressions_before, [Span::new(3, 6)]);

    let error = split_fstring("f'{x}{a b:{c!z}}'", 0).unwrap_err();
    assert_eq!(error.error.kind, StringErrorKind::FStringInvalidConversion);
    assert_eq!(error.expressions_before, [Span::new(3, 4), Span::new(6, 9), Span::new(11, 12)]);

    // Errors found while scanning an expression come before compiling it.
    let error = split_fstring("f'{x}{a b#}'", 0).unwrap_err();
    assert_eq!(error.expressions_before, [Span::new(3, 4)]);

    let token = format!("f'{{{}x{}}}'", "[".repeat(200), "]".repeat(200));
    let split = split_fstring(&token, 0).unwrap();
    let [FStringPart::Field(field)] = &split.parts[..] else { panic!() };
    assert_eq!(field.expression.range(), 3..404);
}

#[test]
fn non_fstrings_are_malformed() {
    for token in ["'a'", "b'a'", "f'a", "f'\\'", "", "fb''", "f"] {
        let error = split_fstring(token, 9).unwrap_err().error;
        assert_eq!(error.kind, StringErrorKind::MalformedToken, "{token:?}");
        assert_eq!(error.span.range(), 9..9 + token.len());
    }
}

#[test]
fn random_input_never_panics_and_spans_stay_in_the_token() {
    const ALPHABET: &[&str] = &[
        "{", "}", "{{", "}}", "!", "!r", "!s", ":", "=", "==", "!=", "<", ">", "(", ")", "[", "]",
        "'", "\"", "'''", "\\", "\\N{", "\\N{SPACE}", "#", "x", " ", "\n", "\r", "é", "😀", "\\x",
        "\\d", "\\{", "\\ud800", "a", "0",
    ];
    let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
    let mut next = move || {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) as usize
    };
    for round in 0..30_000 {
        let mut text = String::new();
        if round % 3 != 0 {
            text.push_str(["f", "rf", "F", "fR"][next() % 4]);
            text.push_str(["'", "\"\"\""][next() % 2]);
        }
        for _ in 0..next() % 16 {
            text.push_str(ALPHABET[next() % ALPHABET.len()]);
        }
        if round % 3 == 2 {
            // Raw random bytes, made valid UTF-8.
            let bytes: Vec<u8> = (0..next() % 8).map(|_| next() as u8).collect();
            text.push_str(&String::from_utf8_lossy(&bytes));
        }
        if round % 3 != 0 {
            text.push_str(if text.contains("\"\"\"") { "\"\"\"" } else { "'" });
        }
        let start = (next() % 1000) as u32;
        let end = start + text.len() as u32;
        let inside = |span: Span| start <= span.start && span.start <= span.end && span.end <= end;
        match split_fstring(&text, start) {
            Ok(split) => {
                assert!(split.warnings.iter().all(|w| inside(w.span)), "{text:?}");
                check_parts(&split.parts, &inside, &text);
            }
            Err(error) => {
                assert!(inside(error.error.span), "{text:?}: {error:?}");
                assert!(error.expressions_before.iter().all(|&s| inside(s)), "{text:?}");
            }
        }
    }
}

fn check_parts(parts: &[FStringPart], inside: &dyn Fn(Span) -> bool, text: &str) {
    for part in parts {
        match part {
            FStringPart::Literal { span, .. } | FStringPart::LiteralWithSurrogates { span, .. } => {
                assert!(inside(*span), "{text:?}");
            }
            FStringPart::Field(field) => {
                assert!(inside(field.span) && inside(field.expression), "{text:?}");
                check_parts(field.format_spec.as_deref().unwrap_or(&[]), inside, text);
            }
        }
    }
}
