//! Python's `repr()` of strings, as CPython 3.11 writes it (used by every
//! dump that prints Python values: tokens, syntax trees, constants).

use std::fmt::Write;

use crate::printable_table::PRINTABLE;

/// CPython's `str.isprintable()` for one character.
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        (' '..='~').contains(&c)
    } else {
        in_code_point_ranges(PRINTABLE, c)
    }
}

/// Whether `c` lies in one of `ranges`: sorted, disjoint, inclusive code
/// point ranges, as pyvm's generated Unicode tables hold them.
pub fn in_code_point_ranges(ranges: &[(u32, u32)], c: char) -> bool {
    let c = c as u32;
    ranges
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// `repr(text)` exactly as CPython 3.11 writes it: single quotes unless the
/// text has a single quote and no double quote; `\t \n \r \\` and the quote
/// escaped; other non-printable characters as `\xNN`, `\uNNNN` or
/// `\UNNNNNNNN`; printable non-ASCII characters as they are.
pub fn python_str_repr(text: &str) -> String {
    let quote = if text.contains('\'') && !text.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(text.len() + 2);
    out.push(quote);
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            _ if c == quote => {
                out.push('\\');
                out.push(c);
            }
            _ if is_printable(c) => out.push(c),
            _ if (c as u32) < 0x100 => write!(out, "\\x{:02x}", c as u32).unwrap_or(()),
            _ if (c as u32) < 0x10000 => write!(out, "\\u{:04x}", c as u32).unwrap_or(()),
            _ => write!(out, "\\U{:08x}", c as u32).unwrap_or(()),
        }
    }
    out.push(quote);
    out
}

/// `repr()` of a `str` given as code points, which may include lone
/// surrogates (`0xD800..=0xDFFF`) that a Rust `str` cannot hold: the same
/// output as [`python_str_repr`], with surrogates (never printable) written
/// as `\udNNN`. Values above `0x10FFFF` are written as `\UNNNNNNNN`.
pub fn python_code_points_repr(code_points: &[u32]) -> String {
    let has = |c: char| code_points.contains(&(c as u32));
    let quote = if has('\'') && !has('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(code_points.len() + 2);
    out.push(quote);
    for &code in code_points {
        match char::from_u32(code) {
            Some('\\') => out.push_str("\\\\"),
            Some('\t') => out.push_str("\\t"),
            Some('\n') => out.push_str("\\n"),
            Some('\r') => out.push_str("\\r"),
            Some(c) if c == quote => {
                out.push('\\');
                out.push(c);
            }
            Some(c) if is_printable(c) => out.push(c),
            _ if code < 0x100 => write!(out, "\\x{code:02x}").unwrap_or(()),
            _ if code < 0x10000 => write!(out, "\\u{code:04x}").unwrap_or(()),
            _ => write!(out, "\\U{code:08x}").unwrap_or(()),
        }
    }
    out.push(quote);
    out
}

/// `repr(bytes)` exactly as CPython 3.11 writes it: `b'…'`, with double
/// quotes only when the value has a single quote and no double quote;
/// `\t \n \r \\` and the quote escaped; other bytes below `0x20` or from
/// `0x7f` up as `\xNN`.
pub fn python_bytes_repr(bytes: &[u8]) -> String {
    let quote = if bytes.contains(&b'\'') && !bytes.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(bytes.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &byte in bytes {
        match byte {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if byte == quote => {
                out.push('\\');
                out.push(byte as char);
            }
            0x20..=0x7e => out.push(byte as char),
            _ => write!(out, "\\x{byte:02x}").unwrap_or(()),
        }
    }
    out.push(quote as char);
    out
}

/// `repr(float)` exactly as CPython 3.11 writes it: the shortest digits
/// that read back as the same value, positional when the decimal exponent
/// is in `-4..16` (`0.0001`, `1e+16` is the first exponent form) with `.0`
/// added to integral values, else `d.ddde±XX` with at least two exponent
/// digits; `inf`, `-inf`, `nan`.
pub fn python_float_repr(value: f64) -> String {
    format_float(value, true, false)
}

/// `repr(tuple)` of items already written with `repr`: `()`, `(a,)`,
/// `(a, b)`.
pub fn python_tuple_repr(items: &[String]) -> String {
    match items {
        [one] => format!("({one},)"),
        _ => format!("({})", items.join(", ")),
    }
}

/// `repr(frozenset)` of items already written with `repr`: `frozenset()`,
/// `frozenset({a, b})`.
pub fn python_frozenset_repr(items: &[String]) -> String {
    if items.is_empty() {
        "frozenset()".to_owned()
    } else {
        format!("frozenset({{{}}})", items.join(", "))
    }
}

/// `repr(complex)` exactly as CPython 3.11 writes it: `1.5j` when the real
/// part is `+0.0`, else `(real±imagj)`; the parts use [`python_float_repr`]'s
/// digits but without the added `.0` (`(1+2j)`, `1e+20j`, `(-0-1j)`,
/// `infj`, `(nan+1j)`).
pub fn python_complex_repr(real: f64, imag: f64) -> String {
    // As CPython's `complex_repr`: parentheses unless the real part is +0.
    if real == 0.0 && real.is_sign_positive() {
        format!("{}j", format_float(imag, false, false))
    } else {
        format!(
            "({}{}j)",
            format_float(real, false, false),
            format_float(imag, false, true)
        )
    }
}

/// The shortest decimal digits that read back as `value` (finite, not
/// negative), ties rounded to even as CPython's `_Py_dg_dtoa` mode 0 does
/// (Rust's own `{:e}` rounds ties up), with `decpt`, the position of the
/// decimal point: value = 0.DIGITS × 10^decpt. Zero is `("0", 1)`.
fn shortest_digits(value: f64) -> (String, i32) {
    let mut buffer = ryu::Buffer::new();
    // Ryu writes "1e16", "1.5e-7", "0.001" or "123.45": read it back.
    let text = buffer.format_finite(value);
    let (mantissa, exponent) = text.split_once('e').unwrap_or((text, "0"));
    let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all: String = [int_part, frac_part].concat();
    let significant = all.trim_start_matches('0');
    let leading_zeros = (all.len() - significant.len()) as i32;
    let digits = significant.trim_end_matches('0');
    if digits.is_empty() {
        return ("0".to_owned(), 1);
    }
    let decpt = int_part.len() as i32 - leading_zeros + exponent.parse::<i32>().unwrap_or(0);
    (digits.to_owned(), decpt)
}

/// CPython's `PyOS_double_to_string(value, 'r', 0, flags)`, where
/// `add_dot_0` is `Py_DTSF_ADD_DOT_0` and `sign` is `Py_DTSF_SIGN`.
fn format_float(value: f64, add_dot_0: bool, sign: bool) -> String {
    let mut out = String::new();
    if value.is_nan() {
        // CPython never shows a NaN's sign bit.
        if sign {
            out.push('+');
        }
        out.push_str("nan");
        return out;
    }
    if value.is_sign_negative() {
        out.push('-');
    } else if sign {
        out.push('+');
    }
    if value.is_infinite() {
        out.push_str("inf");
        return out;
    }
    let (digits, decpt) = shortest_digits(value.abs());
    let ndigits = digits.len() as i32;
    // As CPython's `format_float_short` for mode 'r'.
    if decpt <= -4 || decpt > 16 {
        out.push_str(&digits[..1]);
        if ndigits > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        let exp = decpt - 1;
        let exp_sign = if exp < 0 { '-' } else { '+' };
        write!(out, "e{exp_sign}{:02}", exp.abs()).unwrap_or(());
    } else if decpt <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', (-decpt) as usize));
        out.push_str(&digits);
    } else if decpt < ndigits {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    } else {
        out.push_str(&digits);
        out.extend(std::iter::repeat_n('0', (decpt - ndigits) as usize));
        if add_dot_0 {
            out.push_str(".0");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{is_printable, python_str_repr};

    /// Expected values are `repr()` outputs recorded from CPython 3.11.
    /// `str.isprintable()` in CPython 3.11.
    #[test]
    fn printable_matches_cpython() {
        assert!(is_printable('€') && is_printable('é') && is_printable(' '));
        assert!(!is_printable('\u{a0}') && !is_printable('\u{7f}') && !is_printable('\n'));
    }

    #[test]
    fn matches_cpython_repr() {
        let cases = [
            ("abc", "'abc'"),
            ("it's", "\"it's\""),
            ("'\"", "'\\'\"'"),
            ("a\\b\tc\nd\re", "'a\\\\b\\tc\\nd\\re'"),
            ("\x00\x1f\x7f", "'\\x00\\x1f\\x7f'"),
            ("é€\u{a0}\u{ad}", "'é€\\xa0\\xad'"),
            ("\u{200b}\u{fffe}\u{e000}", "'\\u200b\\ufffe\\ue000'"),
            ("\u{1f600}\u{10ffff}", "'😀\\U0010ffff'"),
            ("\x0c", "'\\x0c'"),
        ];
        for (text, expected) in cases {
            assert_eq!(python_str_repr(text), expected, "{text:?}");
        }
    }
}
