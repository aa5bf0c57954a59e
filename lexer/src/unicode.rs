//! Character classes the lexer needs, with CPython 3.11's exact answers.

use crate::unicode_tables::ALNUM;
use pyvm_source::in_code_point_ranges;
pub use pyvm_source::is_printable;

/// Whether `c` is matched by `\w` in a Unicode regular expression, which is
/// how `tokenize` delimits names: `str.isalnum()` or `_`.
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '_'
    } else {
        in_code_point_ranges(ALNUM, c)
    }
}

/// Whether `c` may start an identifier (`XID_Start` or `_`).
pub fn is_identifier_start(c: char) -> bool {
    c == '_' || unicode_ident::is_xid_start(c)
}

/// Whether `c` may continue an identifier (`XID_Continue`).
pub fn is_identifier_continue(c: char) -> bool {
    unicode_ident::is_xid_continue(c)
}

/// The first character that makes `name` not an identifier, checked on
/// the text as written (CPython's `_PyUnicode_ScanIdentifier`: `XID_Start`
/// or `_`, then `XID_Continue`), before any normalisation.
pub(crate) fn first_invalid_identifier_char(name: &str) -> Option<char> {
    let mut chars = name.chars();
    let first = chars.next()?;
    if !is_identifier_start(first) {
        return Some(first);
    }
    chars.find(|&c| !is_identifier_continue(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_agree_with_cpython() {
        // Results of str.isalnum() / str.isprintable() in CPython 3.11.
        assert!(is_word_char('é'));
        assert!(is_word_char('²'));
        assert!(!is_word_char('\u{301}'));
        assert!(!is_word_char('€'));
        assert!(is_printable('€'));
        assert!(!is_printable('\u{a0}'));
        assert!(!is_printable('\u{7f}'));
        assert_eq!(first_invalid_identifier_char("a²"), Some('²'));
        assert_eq!(first_invalid_identifier_char("e\u{301}"), None);
        assert_eq!(first_invalid_identifier_char("١"), Some('١'));
    }
}
