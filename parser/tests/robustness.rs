//! Bad input never panics or overflows the stack: deep nesting of every
//! kind gives a clear error (CPython's "too many nested parentheses" for
//! brackets, and its AST depth limit for the rest), and random token
//! soups give an error or a tree.

use proptest::prelude::*;
use pyvm_parser::{parse_module, ParseErrorKind};

fn error_of(source: &str) -> String {
    parse_module(source)
        .expect_err("deep input is refused")
        .to_string()
}

#[test]
fn hundred_thousand_nested_brackets() {
    for (open, close) in [("(", ")"), ("[", "]"), ("{", "}")] {
        let source = format!("x = {}{}\n", open.repeat(100_000), close.repeat(100_000));
        assert_eq!(error_of(&source), "too many nested parentheses");
    }
}

#[test]
fn fifty_thousand_deep_expressions() {
    let depth_error = ParseErrorKind::TooDeep.to_string();
    let sources = [
        format!("x = {}\n", vec!["1"; 50_000].join(" + ")),
        format!("x = {}\n", vec!["2"; 50_000].join(" ** ")),
        format!("x = {}1\n", "-".repeat(50_000)),
        format!("x = {}1\n", "not ".repeat(50_000)),
        format!("x = {}1\n", "lambda: ".repeat(50_000)),
        format!("x = {}1\n", "1 if 1 else ".repeat(50_000)),
        format!("x = a{}\n", ".b".repeat(50_000)),
        format!("x = f{}\n", "()".repeat(50_000)),
        format!("x = a{}\n", "[0]".repeat(50_000)),
    ];
    for source in &sources {
        assert_eq!(error_of(source), depth_error, "{}", &source[..40]);
    }
}

/// Nesting CPython accepts is accepted (CPython stops at about 2,990).
#[test]
fn deep_but_allowed_expressions_parse() {
    let sources = [
        format!("x = {}\n", vec!["1"; 2900].join(" + ")),
        format!("x = {}1\n", "-".repeat(2900)),
        format!("x = {}1\n", "lambda: ".repeat(2900)),
    ];
    for source in &sources {
        assert!(parse_module(source).is_ok(), "{}", &source[..40]);
    }
}

/// A 50,000-term flat expression that is not deep is fine.
#[test]
fn long_flat_expressions_parse() {
    let source = format!("x = [{}]\n", vec!["1"; 50_000].join(", "));
    assert!(parse_module(&source).is_ok());
    let source = format!("x = a {}\n", "and b ".repeat(50_000));
    assert!(parse_module(&source).is_ok());
}

const PIECES: &[&str] = &[
    "x", "1", "'s'", "f'{a}'", "(", ")", "[", "]", "{", "}", ":", ",", ";", "=", "+", "-", "*",
    "**", ".", "lambda", "if", "else", "for", "in", "not", "and", "def", "class", "return",
    "yield", "await", "async", "with", "as", "try", "except", "match", "case", "_", "@", ":=",
    "->", "\n", "\n    ", "\n  ", " ", "...", "import", "from", "del", "global", "|", "&", "!",
    "$",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

    #[test]
    fn token_soup_never_panics(picks in proptest::collection::vec(0..PIECES.len(), 0..60)) {
        let source: String = picks.iter().map(|&i| PIECES[i]).collect();
        let _ = parse_module(&source);
    }

    #[test]
    fn random_text_never_panics(text in "\\PC{0,120}") {
        let _ = parse_module(&text);
    }
}
