//! The first step of `int(str)` and `float(str)`: CPython's
//! `_PyUnicode_TransformDecimalAndSpaceToASCII`, which maps every Unicode
//! decimal digit to its ASCII digit (`int('١٢٣')` is 123) and every
//! non-ASCII whitespace character to a space, so that the parsers proper
//! see ASCII only.

use std::borrow::Cow;

/// The first code point of each run of Unicode decimal digits (general
/// category `Nd`, which comes in runs of ten from 0 to 9), as Python
/// 3.11's Unicode 14.0 database lists them.
pub(crate) const DECIMAL_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// The value of a Unicode decimal digit (`unicodedata.decimal`).
pub(crate) fn decimal_value(c: char) -> Option<u8> {
    let code = c as u32;
    let run = DECIMAL_ZEROS
        .partition_point(|&zero| zero <= code)
        .checked_sub(1)?;
    let offset = code - DECIMAL_ZEROS[run];
    (offset < 10).then_some(offset as u8)
}

/// Python's `str.isspace()` for a character outside ASCII: the same set
/// as Rust's `char::is_whitespace` there (they differ only in ASCII,
/// where Python adds `\x1c`–`\x1f`; CPython's parsers use the C locale's
/// six ASCII spaces instead).
fn is_unicode_space(c: char) -> bool {
    c.is_whitespace()
}

/// Whether a byte is one of C's six ASCII spaces (`Py_ISSPACE`).
pub(super) fn is_ascii_space(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

/// `text` as the ASCII the parsers read: characters below U+007F as they
/// are, other whitespace as a space, other decimal digits as their ASCII
/// digit. At the first character that is none of these the result stops
/// with a `?`, which no parser accepts.
pub(super) fn to_ascii(text: &str) -> Cow<'_, [u8]> {
    if text.bytes().all(|byte| byte < 0x7f) {
        return Cow::Borrowed(text.as_bytes());
    }
    let mut out = Vec::with_capacity(text.len());
    for c in text.chars() {
        if (c as u32) < 0x7f {
            out.push(c as u8);
        } else if is_unicode_space(c) {
            out.push(b' ');
        } else if let Some(digit) = decimal_value(c) {
            out.push(b'0' + digit);
        } else {
            out.push(b'?');
            break;
        }
    }
    Cow::Owned(out)
}

/// `repr` cut to CPython's `%.200R`: at most 200 characters.
pub(super) fn truncated_repr(repr: String) -> String {
    match repr.char_indices().nth(200) {
        Some((at, _)) => repr[..at].to_owned(),
        None => repr,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_digits_and_spaces() {
        assert_eq!(&*to_ascii("١٢٣"), b"123");
        assert_eq!(&*to_ascii("\u{a0}7\u{3000}"), b" 7 ");
        assert_eq!(&*to_ascii("1é2"), b"1?");
        assert_eq!(&*to_ascii("1\x7f"), b"1?");
        assert_eq!(decimal_value('𝟗'), Some(9));
        assert_eq!(decimal_value('½'), None);
        assert_eq!(decimal_value('/'), None);
    }
}
