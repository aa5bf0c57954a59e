//! Lexical errors: message, exception class and position as CPython 3.11
//! reports them. Rows were recorded from CPython's `compile()` by
//! `scripts/record_lexer_errors.py`: (source, class, message, line, 1-based
//! column offset).

use pyvm_source::SourceFile;

const TOO_MANY_BRACKETS: &str = concat!(
    "((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((",
    "((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((",
    "("
);

const CASES: &[(&str, &str, &str, u32, u32)] = &[
    ("0777", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 1),
    ("0_7", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 1),
    ("09", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 1),
    ("x = 1__0", "SyntaxError", "invalid decimal literal", 1, 6),
    ("1_", "SyntaxError", "invalid decimal literal", 1, 2),
    ("0x", "SyntaxError", "invalid hexadecimal literal", 1, 2),
    ("1e", "SyntaxError", "invalid decimal literal", 1, 1),
    ("1e+", "SyntaxError", "invalid decimal literal", 1, 3),
    ("0b2", "SyntaxError", "invalid digit '2' in binary literal", 1, 3),
    ("0o8", "SyntaxError", "invalid digit '8' in octal literal", 1, 3),
    ("0x_", "SyntaxError", "invalid hexadecimal literal", 1, 3),
    ("0b1_", "SyntaxError", "invalid binary literal", 1, 4),
    ("1.e", "SyntaxError", "invalid decimal literal", 1, 2),
    ("1jx", "SyntaxError", "invalid imaginary literal", 1, 2),
    ("1abc", "SyntaxError", "invalid decimal literal", 1, 1),
    ("1.5_", "SyntaxError", "invalid decimal literal", 1, 4),
    ("1.5e_1", "SyntaxError", "invalid decimal literal", 1, 3),
    ("0xg", "SyntaxError", "invalid hexadecimal literal", 1, 2),
    ("0o", "SyntaxError", "invalid octal literal", 1, 2),
    ("0b", "SyntaxError", "invalid binary literal", 1, 2),
    ("1.__x", "SyntaxError", "invalid decimal literal", 1, 2),
    ("0o7a", "SyntaxError", "invalid octal literal", 1, 3),
    ("0xfz", "SyntaxError", "invalid hexadecimal literal", 1, 3),
    ("1jj", "SyntaxError", "invalid imaginary literal", 1, 2),
    ("5_j", "SyntaxError", "invalid decimal literal", 1, 2),
    ("x = 'abc\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5),
    ("x = 'abc", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5),
    ("x = b\"abc\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5),
    ("x = '''abc", "SyntaxError", "unterminated triple-quoted string literal (detected at line 1)", 1, 5),
    ("x = '''abc\n\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 2)", 1, 5),
    ("s = 'a\\\nb\n", "SyntaxError", "unterminated string literal (detected at line 2)", 1, 5),
    ("\\ x", "SyntaxError", "unexpected character after line continuation character", 1, 2),
    ("x = 1 \\ 2\n", "SyntaxError", "unexpected character after line continuation character", 1, 8),
    ("x = \\", "SyntaxError", "unexpected EOF while parsing", 1, 6),
    ("x = 5\\\n", "SyntaxError", "unexpected EOF while parsing", 1, 7),
    ("(\n", "SyntaxError", "'(' was never closed", 1, 1),
    ("f(\n  1,\n", "SyntaxError", "'(' was never closed", 1, 2),
    ("x = [1, 2\n", "SyntaxError", "'[' was never closed", 1, 5),
    ("{", "SyntaxError", "'{' was never closed", 1, 1),
    ("a)", "SyntaxError", "unmatched ')'", 1, 2),
    ("x = ]", "SyntaxError", "unmatched ']'", 1, 5),
    ("(]", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 2),
    ("(\n\n]", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 3, 1),
    ("[1, 2)", "SyntaxError", "closing parenthesis ')' does not match opening parenthesis '['", 1, 6),
    (TOO_MANY_BRACKETS, "SyntaxError", "too many nested parentheses", 1, 201),
    ("x = 1\u{a0}", "SyntaxError", "invalid non-printable character U+00A0", 1, 6),
    ("x€ = 1", "SyntaxError", "invalid character '€' (U+20AC)", 1, 2),
    ("€", "SyntaxError", "invalid character '€' (U+20AC)", 1, 1),
    ("١ = 1", "SyntaxError", "invalid character '١' (U+0661)", 1, 1),
    ("a² = 1", "SyntaxError", "invalid character '²' (U+00B2)", 1, 2),
    ("x = \u{200b}", "SyntaxError", "invalid non-printable character U+200B", 1, 5),
    ("x = \u{1}", "SyntaxError", "invalid non-printable character U+0001", 1, 5),
    ("if 1:\n  a\n b\n", "IndentationError", "unindent does not match any outer indentation level", 3, 3),
    ("if 1:\n\ta\n        b\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1),
    ("if 1:\n        a\n\tb\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1),];

/// The first error the lexer reports for `source`, as (class, message,
/// line, 1-based column in characters).
fn first_error(source: &str) -> Option<(&'static str, String, u32, u32)> {
    let lexed = pyvm_lexer::tokenize(source);
    let error = lexed.errors.first()?;
    let file = SourceFile::new("<test>", source);
    let at = file.line_col_chars(error.span.start);
    Some((
        error.kind.exception_class().name(),
        error.kind.to_string(),
        at.line,
        at.column + 1,
    ))
}

#[test]
fn errors_match_cpython() {
    let mut failures = Vec::new();
    for &(source, class, message, line, offset) in CASES {
        let expected = Some((class, message.to_string(), line, offset));
        let actual = first_error(source);
        if actual != expected {
            failures.push(format!(
                "{source:?}\n   CPython: {expected:?}\n   pyvm:    {actual:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} differ:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
}

/// 100 nested blocks are one too many (CPython's `MAXINDENT`).
#[test]
fn too_many_indentation_levels() {
    let mut source = String::from("if 1:\n");
    for depth in 1..=100 {
        source.push_str(&format!("{}if 1:\n", " ".repeat(depth)));
    }
    source.push_str(&format!("{}pass\n", " ".repeat(101)));
    let expected = (
        "IndentationError",
        "too many levels of indentation".to_string(),
        101,
        1,
    );
    assert_eq!(first_error(&source), Some(expected));
}

/// Recorded from `python3 -c "compile(b'x = 1\0', 'f', 'exec')"` for files:
/// CPython refuses NUL bytes before tokenizing.
#[test]
fn null_bytes_are_refused() {
    let lexed = pyvm_lexer::tokenize("x = 1\0\n");
    assert_eq!(
        lexed.errors[0].to_string(),
        "source code cannot contain null bytes"
    );
}

#[test]
fn valid_sources_have_no_errors() {
    for source in [
        "1if x else 2\n",
        "x = 0x1for y in z\n",
        "00 + 0_0 + 09.5 + 1e1j\n",
        "é = naïve\n",
        "e\u{301} = 1\n",
    ] {
        let lexed = pyvm_lexer::tokenize(source);
        assert!(lexed.errors.is_empty(), "{source:?}: {:?}", lexed.errors);
    }
}
