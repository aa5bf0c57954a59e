//! Number literals to constants.

use num_bigint::BigInt;
use num_traits::ToPrimitive;
use pyvm_ast::{Constant, Int};

/// The value of a NUMBER token the lexer accepted.
pub(crate) fn parse_number(text: &str) -> Constant {
    // Most literals are short decimal integers: no copy needed.
    if text.len() <= 18 && text.bytes().all(|b| b.is_ascii_digit()) {
        let value = text
            .bytes()
            .fold(0i64, |n, digit| n * 10 + i64::from(digit - b'0'));
        return Constant::Int(Int::Small(value));
    }
    // Then short hexadecimal ones (tables of character codes).
    if let Some(hex) = text.strip_prefix("0x").or_else(|| text.strip_prefix("0X")) {
        if hex.len() <= 15 {
            if let Ok(value) = i64::from_str_radix(hex, 16) {
                return Constant::Int(Int::Small(value));
            }
        }
    }
    let clean: String = text.chars().filter(|&c| c != '_').collect();
    let lower = clean.to_ascii_lowercase();
    if let Some(imag) = lower.strip_suffix('j') {
        return Constant::Complex {
            real: 0.0,
            imag: imag.parse().unwrap_or(f64::NAN),
        };
    }
    let radix = match lower.get(..2) {
        Some("0x") => Some(16),
        Some("0o") => Some(8),
        Some("0b") => Some(2),
        _ => None,
    };
    if let Some(radix) = radix {
        return Constant::Int(int_from(&lower[2..], radix));
    }
    if lower.contains(['.', 'e']) {
        return Constant::Float(lower.parse().unwrap_or(f64::NAN));
    }
    Constant::Int(int_from(&lower, 10))
}

fn int_from(digits: &str, radix: u32) -> Int {
    if let Ok(small) = i64::from_str_radix(digits, radix) {
        return Int::Small(small);
    }
    let big = BigInt::parse_bytes(digits.as_bytes(), radix).unwrap_or_default();
    match big.to_i64() {
        Some(small) => Int::Small(small),
        None => Int::Big(Box::new(big)),
    }
}

/// How many decimal digits a decimal integer literal has, when it is over
/// CPython 3.11's limit for converting strings to ints (4300 digits).
pub(crate) fn too_many_digits(text: &str) -> Option<usize> {
    let is_decimal_int = text.bytes().all(|b| b.is_ascii_digit() || b == b'_');
    let digits = text.bytes().filter(u8::is_ascii_digit).count();
    (is_decimal_int && digits > 4300).then_some(digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals() {
        assert_eq!(parse_number("1_000"), Constant::Int(Int::Small(1000)));
        assert_eq!(parse_number("0xff"), Constant::Int(Int::Small(255)));
        assert_eq!(parse_number("0o17"), Constant::Int(Int::Small(15)));
        assert_eq!(parse_number("0b101"), Constant::Int(Int::Small(5)));
        assert_eq!(parse_number("1.5e3"), Constant::Float(1500.0));
        assert_eq!(
            parse_number("2j"),
            Constant::Complex {
                real: 0.0,
                imag: 2.0
            }
        );
        assert!(matches!(
            parse_number("99999999999999999999"),
            Constant::Int(Int::Big(_))
        ));
        assert_eq!(too_many_digits(&"1".repeat(4301)), Some(4301));
        assert_eq!(too_many_digits(&"1".repeat(4300)), None);
    }
}
