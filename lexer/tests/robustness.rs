//! Bad input never panics or hangs the lexer: random bytes, random mixes of
//! valid tokens, deep bracket nesting and very long lines. Every token and
//! error span lies inside the input, tokens come in source order, and the
//! stream ends with `ENDMARKER` unless a fatal error stopped it.

use proptest::prelude::*;
use pyvm_lexer::{tokenize_with, Dialect, Lexed, TokenKind};

fn check_invariants(source: &str, lexed: &Lexed) {
    let len = source.len() as u32;
    let mut previous_end = 0;
    for token in &lexed.tokens {
        assert!(
            token.span.start <= token.span.end && token.span.end <= len,
            "{token:?} in {source:?}"
        );
        assert!(
            source.is_char_boundary(token.span.start as usize),
            "{token:?}"
        );
        assert!(
            source.is_char_boundary(token.span.end as usize),
            "{token:?}"
        );
        assert!(
            token.span.start >= previous_end || token.span.is_empty(),
            "{token:?} overlaps"
        );
        previous_end = previous_end.max(token.span.end);
    }
    for error in &lexed.errors {
        assert!(
            error.span.start <= error.span.end && error.span.end <= len,
            "{error:?} in {source:?}"
        );
        assert!(!error.to_string().is_empty());
    }
    let ended = lexed
        .tokens
        .last()
        .is_some_and(|t| t.kind == TokenKind::EndMarker);
    assert_eq!(
        ended,
        lexed.fatal_error().is_none(),
        "{source:?}: {:?}",
        lexed.errors
    );
}

fn lex_both(source: &str) {
    for dialect in [Dialect::Python, Dialect::TokenizeModule] {
        check_invariants(source, &tokenize_with(source, dialect));
    }
}

/// Pieces of Python text, valid and not, to be strung together at random.
const PIECES: &[&str] = &[
    "x", "if", "match", "_", "é", "e\u{301}", "€", "0", "0777", "1_", "0x", "1e5j", ".5", "'s'",
    "\"d\"", "'''t", "\"\"\"", "'", "\"", "rb'", "f'{x}'", "\\", "\\\n", "#c", "\n", "\r\n", "\r",
    " ", "\t", "\x0c", "(", ")", "[", "]", "{", "}", "<>", "->", "**=", "...", ":=", "$", "?", "!",
    "\0", "\u{a0}", "\u{feff}", "    ", "\n    ", "\n\t", "\n  ",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        lex_both(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn random_token_mixes(picks in proptest::collection::vec(0..PIECES.len(), 0..80)) {
        let source: String = picks.iter().map(|&i| PIECES[i]).collect();
        lex_both(&source);
    }

    #[test]
    fn random_unicode(text in "\\PC{0,200}") {
        lex_both(&text);
    }
}

#[test]
fn deep_bracket_nesting() {
    for open in ["(", "[", "{"] {
        let source = open.repeat(100_000);
        let lexed = tokenize_with(&source, Dialect::Python);
        check_invariants(&source, &lexed);
        assert!(lexed
            .errors
            .iter()
            .any(|e| e.to_string() == "too many nested parentheses"));
        let closed = format!("{}{}", "(".repeat(100_000), ")".repeat(100_000));
        check_invariants(&closed, &tokenize_with(&closed, Dialect::Python));
    }
}

#[test]
fn megabyte_lines() {
    let long_name = format!("{}\n", "a".repeat(1 << 20));
    let long_string = format!("x = '{}'\n", "s".repeat(1 << 20));
    let long_unterminated = format!("x = '{}\n", "s\\\\".repeat(1 << 18));
    let long_number = format!("{}\n", "1_2".repeat(1 << 18));
    let many_tokens = format!("{}\n", "a+".repeat(1 << 19));
    let deep_indent = format!("if 1:\n{}x\n", " ".repeat(1 << 20));
    for source in [
        long_name,
        long_string,
        long_unterminated,
        long_number,
        many_tokens,
        deep_indent,
    ] {
        lex_both(&source);
    }
}

#[test]
fn many_lines_of_dedents() {
    let mut source = String::new();
    for depth in 0..99 {
        source.push_str(&" ".repeat(depth));
        source.push_str("if x:\n");
    }
    source.push_str(&" ".repeat(99));
    source.push_str("pass\ny = 1\n");
    lex_both(&source);
}
