//! `float(text)`, `float.hex()` and `float.fromhex()`, as CPython's
//! `PyFloat_FromString` (through `_Py_string_to_number_with_underscores`
//! and `_Py_dg_strtod`), `float_hex` and `float_fromhex`. `repr(float)` is
//! `pyvm_source::python_float_repr`.

use std::sync::atomic::{AtomicU64, Ordering};

use num_bigint::BigUint;
use num_traits::{One, Zero};
use pyvm_source::{python_bytes_repr, python_float_repr, python_str_repr};

use super::ascii::{is_ascii_space, to_ascii};
use super::convert::ratio_to_f64;
use super::NumberError;

/// `float(text)` for a `str`: surrounding whitespace, a sign, `inf`,
/// `infinity` and `nan` in any case, single underscores between digits,
/// non-ASCII decimal digits. Out-of-range values become `inf` or `0.0`.
/// ValueError "could not convert string to float: 'x'" with the full repr
/// of `text`.
pub fn parse(text: &str) -> Result<f64, NumberError> {
    parse_ascii(&to_ascii(text)).ok_or_else(|| NumberError::InvalidFloatLiteral {
        repr: python_str_repr(text),
    })
}

/// `float(data)` for `bytes`: as [`parse`], ASCII only; the message
/// shows the bytes' repr.
pub fn parse_bytes(data: &[u8]) -> Result<f64, NumberError> {
    parse_ascii(data).ok_or_else(|| NumberError::InvalidFloatLiteral {
        repr: python_bytes_repr(data),
    })
}

/// The float an ASCII text spells, or `None`.
fn parse_ascii(text: &[u8]) -> Option<f64> {
    // A NUL byte ends the C string early: an error wherever it is.
    if text.contains(&0) {
        return None;
    }
    let without_underscores;
    let mut text = text;
    if text.contains(&b'_') {
        without_underscores = remove_underscores(text)?;
        text = &without_underscores;
    }
    let start = text.iter().position(|&byte| !is_ascii_space(byte))?;
    let end = text.iter().rposition(|&byte| !is_ascii_space(byte))? + 1;
    let text = &text[start..end];
    if let Some(value) = parse_inf_or_nan(text) {
        return Some(value);
    }
    if !is_decimal_float(text) {
        return None;
    }
    // Validated above; Rust's parser is correctly rounded, as dtoa is.
    std::str::from_utf8(text).ok()?.parse().ok()
}

/// Underscores removed, each checked to stand between two digits (as
/// `_Py_string_to_number_with_underscores`).
pub(super) fn remove_underscores(text: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len());
    let mut previous = 0u8;
    for &byte in text {
        if byte == b'_' {
            if !previous.is_ascii_digit() {
                return None;
            }
        } else {
            if previous == b'_' && !byte.is_ascii_digit() {
                return None;
            }
            out.push(byte);
        }
        previous = byte;
    }
    (previous != b'_').then_some(out)
}

/// A quiet NaN whose payload no NaN parsed before has. CPython's
/// `float("nan")` is a new object each time, which `is` (and so `in`,
/// `list.count`, dict lookups) tells apart from every other NaN; pyvm's
/// floats are immediate values that `is` compares by their bits, so a new
/// NaN gets new bits.
fn fresh_nan() -> f64 {
    static NEXT_PAYLOAD: AtomicU64 = AtomicU64::new(1);
    const QUIET_NAN: u64 = 0x7ff8_0000_0000_0000;
    const PAYLOAD_MASK: u64 = (1 << 51) - 1;
    let payload = NEXT_PAYLOAD.fetch_add(1, Ordering::Relaxed) & PAYLOAD_MASK;
    f64::from_bits(QUIET_NAN | payload)
}

/// `_Py_parse_inf_or_nan` when it takes the whole text: an optional
/// sign, then `inf`, `infinity` or `nan` in any case.
fn parse_inf_or_nan(text: &[u8]) -> Option<f64> {
    let (negative, word) = match text.first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let value = if word.eq_ignore_ascii_case(b"inf") || word.eq_ignore_ascii_case(b"infinity") {
        f64::INFINITY
    } else if word.eq_ignore_ascii_case(b"nan") {
        fresh_nan()
    } else {
        return None;
    };
    Some(if negative { -value } else { value })
}

/// Whether the whole text is a decimal float as `_Py_dg_strtod` reads
/// one: `[sign] (digits [. [digits]] | . digits) [(e|E) [sign] digits]`.
fn is_decimal_float(text: &[u8]) -> bool {
    let mut i = usize::from(matches!(text.first(), Some(b'+' | b'-')));
    let digits_from = |i: usize| {
        text[i.min(text.len())..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count()
    };
    let whole = digits_from(i);
    i += whole;
    let mut fraction = 0;
    if text.get(i) == Some(&b'.') {
        i += 1;
        fraction = digits_from(i);
        i += fraction;
    }
    if whole + fraction == 0 {
        return false;
    }
    if matches!(text.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(text.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let exponent = digits_from(i);
        if exponent == 0 {
            return false;
        }
        i += exponent;
    }
    i == text.len()
}

/// `value.hex()`: `0x1.8000000000000p+0`, subnormals as
/// `0x0.0000000000001p-1022`, zeros as `0x0.0p+0`; `inf`, `nan` as repr.
pub fn to_hex(value: f64) -> String {
    if !value.is_finite() {
        return python_float_repr(value);
    }
    let sign = if value.is_sign_negative() { "-" } else { "" };
    if value == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = value.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1 << 52) - 1);
    let (lead, exponent) = if biased == 0 {
        (0, -1022)
    } else {
        (1, biased - 1023)
    };
    format!("{sign}0x{lead}.{fraction:013x}p{exponent:+}")
}

/// `float.fromhex(text)`: `[sign] [0x] hexdigits [. hexdigits] [p
/// [sign] digits]` with surrounding whitespace, or `inf`/`nan`, rounded
/// half to even. ValueError "invalid hexadecimal floating-point string",
/// OverflowError "hexadecimal value too large to represent as a float".
pub fn from_hex(text: &str) -> Result<f64, NumberError> {
    let text = text.as_bytes();
    let at = |i: usize| text.get(i).copied().unwrap_or(0);
    let mut i = 0;
    while is_ascii_space(at(i)) {
        i += 1;
    }
    let rest = &text[i..];
    let trimmed_len = rest
        .iter()
        .rposition(|&b| !is_ascii_space(b))
        .map_or(0, |p| p + 1);
    if let Some(value) = parse_inf_or_nan(&rest[..trimmed_len]) {
        return Ok(value);
    }
    let negative = at(i) == b'-';
    if matches!(at(i), b'+' | b'-') {
        i += 1;
    }
    if at(i) == b'0' && matches!(at(i + 1), b'x' | b'X') {
        i += 2;
    }
    // The coefficient: hex digits with at most one point among them.
    let mut digits = Vec::new();
    let mut fraction_digits = 0i64;
    let mut in_fraction = false;
    loop {
        match at(i) {
            b'.' if !in_fraction => in_fraction = true,
            byte => match (byte as char).to_digit(16) {
                Some(digit) => {
                    digits.push(digit as u8);
                    fraction_digits += i64::from(in_fraction);
                }
                None => break,
            },
        }
        i += 1;
    }
    if digits.is_empty() {
        return Err(NumberError::InvalidHexFloat);
    }
    let coefficient = BigUint::from_radix_be(&digits, 16).unwrap_or_default();
    let mut exponent: i64 = 0;
    if matches!(at(i), b'p' | b'P') {
        i += 1;
        let exponent_negative = at(i) == b'-';
        if matches!(at(i), b'+' | b'-') {
            i += 1;
        }
        if !at(i).is_ascii_digit() {
            return Err(NumberError::InvalidHexFloat);
        }
        // As `strtol`: saturating at the `long` range.
        while at(i).is_ascii_digit() {
            let digit = i64::from(at(i) - b'0');
            exponent = exponent.saturating_mul(10).saturating_add(digit);
            i += 1;
        }
        if exponent_negative {
            exponent = -exponent;
        }
    }
    // As CPython, the value is decided (and may overflow) before any
    // trailing garbage is noticed.
    let value = hex_value(&coefficient, exponent, fraction_digits)?;
    while is_ascii_space(at(i)) {
        i += 1;
    }
    if i != text.len() {
        return Err(NumberError::InvalidHexFloat);
    }
    Ok(if negative { -value } else { value })
}

/// `coefficient × 2**(exponent - 4 × fraction_digits)`, correctly
/// rounded, with `float_fromhex`'s limits on extreme exponents.
fn hex_value(
    coefficient: &BigUint,
    exponent: i64,
    fraction_digits: i64,
) -> Result<f64, NumberError> {
    if coefficient.is_zero() || exponent < i64::MIN / 2 {
        return Ok(0.0);
    }
    if exponent > i64::MAX / 2 {
        return Err(NumberError::HexFloatTooLarge);
    }
    let exponent = exponent - 4 * fraction_digits;
    // One more than the exponent of the leading bit.
    let top = exponent + coefficient.bits() as i64;
    if top < -1074 {
        return Ok(0.0);
    }
    if top > 1024 {
        return Err(NumberError::HexFloatTooLarge);
    }
    let value = if exponent >= 0 {
        ratio_to_f64(&(coefficient << exponent as u64), &BigUint::one(), false)
    } else {
        ratio_to_f64(coefficient, &(BigUint::one() << (-exponent) as u64), false)
    };
    value.ok_or(NumberError::HexFloatTooLarge)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_like_cpython() {
        assert_eq!(parse("1_000.5"), Ok(1000.5));
        assert_eq!(parse("  1e5 \n"), Ok(1e5));
        assert_eq!(parse("-iNfInItY"), Ok(f64::NEG_INFINITY));
        assert!(parse("-nan").unwrap().is_sign_negative());
        assert_eq!(parse("1e1_0"), Ok(1e10));
        assert_eq!(parse(".5"), Ok(0.5));
        assert_eq!(parse("5."), Ok(5.0));
        assert_eq!(parse("1e999999999999999999999"), Ok(f64::INFINITY));
        assert_eq!(
            parse("-1e-999999999999999999999").map(f64::to_bits),
            Ok((-0.0f64).to_bits())
        );
        assert_eq!(parse("١٢٣"), Ok(123.0));
        for bad in [
            "1__0", "_1", "1_", "1_e5", "1e", ".", "e5", "0x10", "1\x00", "", " ", "infin", "- 1",
            "1\x1c",
        ] {
            assert_eq!(
                parse(bad),
                Err(NumberError::InvalidFloatLiteral {
                    repr: python_str_repr(bad)
                }),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn hex_round_trips() {
        assert_eq!(to_hex(1.5), "0x1.8000000000000p+0");
        assert_eq!(to_hex(-0.0), "-0x0.0p+0");
        assert_eq!(to_hex(5e-324), "0x0.0000000000001p-1022");
        assert_eq!(to_hex(f64::MAX), "0x1.fffffffffffffp+1023");
        for value in [1.5, -0.1, 5e-324, f64::MAX, 1e-310, 3.0] {
            assert_eq!(from_hex(&to_hex(value)), Ok(value));
        }
        assert_eq!(from_hex(" 0x1.8p1 "), Ok(3.0));
        assert_eq!(from_hex("0x1p-1075"), Ok(0.0));
        assert_eq!(from_hex("0x3p-1076"), Ok(5e-324));
        assert_eq!(from_hex("0x1p10000"), Err(NumberError::HexFloatTooLarge));
        assert_eq!(
            from_hex("0x1.fffffffffffff8p1023"),
            Err(NumberError::HexFloatTooLarge)
        );
        assert_eq!(
            from_hex("0x1p10000 junk"),
            Err(NumberError::HexFloatTooLarge)
        );
        assert_eq!(from_hex("x"), Err(NumberError::InvalidHexFloat));
        assert_eq!(from_hex("0x."), Err(NumberError::InvalidHexFloat));
    }
}
