//! `int(text, base)` and `str(int)`, as CPython 3.11's `PyLong_FromString`
//! and `long_to_decimal_string`, with the limit on decimal digits that
//! 3.11 added (`sys.set_int_max_str_digits`, default
//! [`DEFAULT_MAX_STR_DIGITS`]).

use num_bigint::{BigInt, BigUint, Sign};
use pyvm_source::{python_bytes_repr, python_str_repr};

use super::ascii::{is_ascii_space, to_ascii, truncated_repr};
use super::{Int, NumberError};

/// `sys.get_int_max_str_digits()` by default: the most digits `int(text)`
/// (for a base that is no power of two) and `str(int)` handle.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;

/// CPython's `_PY_LONG_MAX_STR_DIGITS_THRESHOLD`: the smallest limit
/// `sys.set_int_max_str_digits` accepts (besides 0, no limit); up to this
/// many digits are never checked.
pub const MAX_STR_DIGITS_THRESHOLD: usize = 640;

/// Why the ASCII parser failed.
enum Failure {
    /// Not an int literal: the caller builds the message from the
    /// argument's repr.
    Invalid,
    /// Any other error, reported as it is.
    Error(NumberError),
}

/// The value of plain decimal digits with an optional sign (`"42"`,
/// `"-7"`, `"007"`) that surely fit in an `i64`: the common case of
/// `int(text)`, read without the general path's copy of the text.
pub(crate) fn parse_small_decimal(text: &str) -> Option<i64> {
    let bytes = text.as_bytes();
    let (negative, digits) = match bytes.first()? {
        b'-' => (true, &bytes[1..]),
        b'+' => (false, &bytes[1..]),
        _ => (false, bytes),
    };
    if digits.is_empty() || digits.len() > 18 {
        return None;
    }
    let mut value: i64 = 0;
    for &byte in digits {
        if !byte.is_ascii_digit() {
            return None;
        }
        value = value * 10 + i64::from(byte - b'0');
    }
    Some(if negative { -value } else { value })
}

impl Int {
    /// `int(text, base)` for a `str`: `base` 0 (the literal's prefix
    /// decides, as in source code) or 2..=36. Surrounding whitespace, a
    /// sign, single underscores between digits (and after a base prefix)
    /// and non-ASCII decimal digits are accepted. `max_str_digits` is
    /// `sys.get_int_max_str_digits()` (0 for no limit).
    ///
    /// ValueError: "int() base must be >= 2 and <= 36, or 0", "invalid
    /// literal for int() with base 10: 'x'" (with the repr of `text` cut
    /// to 200 characters), or the digit limit's message.
    pub fn parse(text: &str, base: u32, max_str_digits: usize) -> Result<Int, NumberError> {
        if base == 10 {
            if let Some(value) = parse_small_decimal(text) {
                return Ok(Int::Small(value));
            }
        }
        check_base(base)?;
        parse_ascii(&to_ascii(text), base, max_str_digits).map_err(|failure| match failure {
            Failure::Invalid => NumberError::InvalidIntLiteral {
                base,
                repr: truncated_repr(python_str_repr(text)),
            },
            Failure::Error(error) => error,
        })
    }

    /// `int(data, base)` for `bytes` (`_PyLong_FromBytes`): as
    /// [`Int::parse`], ASCII only; the message shows the repr of the
    /// first 200 bytes.
    pub fn parse_bytes(data: &[u8], base: u32, max_str_digits: usize) -> Result<Int, NumberError> {
        check_base(base)?;
        parse_ascii(data, base, max_str_digits).map_err(|failure| match failure {
            Failure::Invalid => NumberError::InvalidIntLiteral {
                base,
                repr: truncated_repr(python_bytes_repr(&data[..data.len().min(200)])),
            },
            Failure::Error(error) => error,
        })
    }

    /// `str(self)` and `repr(self)`: decimal, ValueError when it has more
    /// than `max_str_digits` digits (0 for no limit).
    pub fn to_decimal_string(&self, max_str_digits: usize) -> Result<String, NumberError> {
        let Int::Big(value) = self else {
            return Ok(self.to_string());
        };
        let too_many = NumberError::IntFormatTooManyDigits {
            limit: max_str_digits,
        };
        if max_str_digits > 0 {
            // A value of b bits has more than (b - 1) × log10(2) digits:
            // refuse without converting when that is over the limit.
            let at_least = (value.bits() - 1) as f64 * std::f64::consts::LOG10_2;
            if at_least > max_str_digits as f64 + 1.0 {
                return Err(too_many);
            }
        }
        let text = value.to_string();
        let digits = text.len() - usize::from(value.sign() == Sign::Minus);
        if max_str_digits > 0 && digits > MAX_STR_DIGITS_THRESHOLD && digits > max_str_digits {
            return Err(too_many);
        }
        Ok(text)
    }

    /// The digits of `self` in `radix` (2..=36, lowercase letters) with a
    /// leading `-` when negative, no prefix and no digit limit: what
    /// `format(self, 'x')` and friends show.
    pub fn to_str_radix(&self, radix: u32) -> String {
        match self {
            Int::Big(value) => value.to_str_radix(radix),
            Int::Small(value) if radix == 10 => value.to_string(),
            Int::Small(value) => BigInt::from(*value).to_str_radix(radix),
        }
    }

    /// `bin(self)`, `oct(self)`, `hex(self)` for `radix` 2, 8, 16:
    /// `-0x1f`, the sign before the prefix.
    pub fn to_prefixed_str(&self, radix: u32) -> String {
        let prefix = match radix {
            2 => "0b",
            8 => "0o",
            16 => "0x",
            _ => "",
        };
        let digits = self.abs().to_str_radix(radix);
        let sign = if self.is_negative() { "-" } else { "" };
        format!("{sign}{prefix}{digits}")
    }
}

fn check_base(base: u32) -> Result<(), NumberError> {
    if base == 1 || base > 36 {
        return Err(NumberError::InvalidBase);
    }
    Ok(())
}

/// The value of an ASCII digit in bases up to 36 (37 for any other byte,
/// as CPython's `_PyLong_DigitValue`).
fn digit_value(byte: u8) -> u32 {
    match byte {
        b'0'..=b'9' => u32::from(byte - b'0'),
        b'a'..=b'z' => u32::from(byte - b'a') + 10,
        b'A'..=b'Z' => u32::from(byte - b'A') + 10,
        _ => 37,
    }
}

/// CPython's `PyLong_FromString` over ASCII, which stops at a NUL byte;
/// then, as `PyLong_FromUnicodeObject` does, the text must have ended
/// there.
fn parse_ascii(text: &[u8], base: u32, max_str_digits: usize) -> Result<Int, Failure> {
    // The C string: a NUL ends it, as does the end of the text.
    let at = |i: usize| text.get(i).copied().unwrap_or(0);
    let mut i = 0;
    while is_ascii_space(at(i)) {
        i += 1;
    }
    let negative = at(i) == b'-';
    if matches!(at(i), b'+' | b'-') {
        i += 1;
    }
    let mut base = base;
    // A literal like "010" under base 0 is only valid when it is zero.
    let mut error_if_nonzero = false;
    if base == 0 {
        base = match (at(i), at(i + 1).to_ascii_lowercase()) {
            (b'0', b'x') => 16,
            (b'0', b'o') => 8,
            (b'0', b'b') => 2,
            (b'0', _) => {
                error_if_nonzero = true;
                10
            }
            _ => 10,
        };
    }
    if at(i) == b'0'
        && matches!(
            (base, at(i + 1).to_ascii_lowercase()),
            (16, b'x') | (8, b'o') | (2, b'b')
        )
    {
        i += 2;
        // One underscore may follow the prefix.
        if at(i) == b'_' {
            i += 1;
        }
    }
    if at(i) == b'_' {
        return Err(Failure::Invalid);
    }
    let start = i;
    let mut digits = Vec::new();
    let mut previous = 0;
    while digit_value(at(i)) < base || at(i) == b'_' {
        if at(i) == b'_' {
            if previous == b'_' {
                return Err(Failure::Invalid);
            }
        } else {
            digits.push(digit_value(at(i)) as u8);
        }
        previous = at(i);
        i += 1;
    }
    if previous == b'_' {
        return Err(Failure::Invalid);
    }
    // Bases that are powers of two convert in linear time: no limit.
    if !base.is_power_of_two()
        && digits.len() > MAX_STR_DIGITS_THRESHOLD
        && max_str_digits > 0
        && digits.len() > max_str_digits
    {
        return Err(Failure::Error(NumberError::IntParseTooManyDigits {
            limit: max_str_digits,
            digits: digits.len(),
        }));
    }
    let value = digits_value(&digits, base);
    if (error_if_nonzero && !value.is_zero()) || i == start {
        return Err(Failure::Invalid);
    }
    while is_ascii_space(at(i)) {
        i += 1;
    }
    // Anything left, including a NUL byte, is an error.
    if i != text.len() {
        return Err(Failure::Invalid);
    }
    Ok(if negative { -value } else { value })
}

/// The value of digit values (most significant first) in `base`.
fn digits_value(digits: &[u8], base: u32) -> Int {
    let mut small: i64 = 0;
    for &digit in digits {
        match small
            .checked_mul(i64::from(base))
            .and_then(|value| value.checked_add(i64::from(digit)))
        {
            Some(value) => small = value,
            None => {
                let big = BigUint::from_radix_be(digits, base).unwrap_or_default();
                return Int::from(BigInt::from(big));
            }
        }
    }
    Int::Small(small)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str, base: u32) -> Result<String, String> {
        Int::parse(text, base, DEFAULT_MAX_STR_DIGITS)
            .map(|value| value.to_string())
            .map_err(|error| error.to_string())
    }

    #[test]
    fn parses_like_cpython() {
        assert_eq!(parse(" -0x_1f ", 0), Ok("-31".into()));
        assert_eq!(parse("0_0", 0), Ok("0".into()));
        assert_eq!(
            parse("010", 0),
            Err("invalid literal for int() with base 0: '010'".into())
        );
        assert_eq!(
            parse("1__0", 10),
            Err("invalid literal for int() with base 10: '1__0'".into())
        );
        assert_eq!(parse("z", 36), Ok("35".into()));
        assert_eq!(
            parse("9223372036854775808", 10),
            Ok("9223372036854775808".into())
        );
        assert_eq!(
            parse("1\0", 10),
            Err("invalid literal for int() with base 10: '1\\x00'".into())
        );
        assert_eq!(
            parse("1", 37),
            Err("int() base must be >= 2 and <= 36, or 0".into())
        );
        assert!(parse(&"1".repeat(4301), 10)
            .unwrap_err()
            .contains("value has 4301 digits"));
        assert!(parse(&"1".repeat(5000), 16).is_ok());
    }

    #[test]
    fn formats() {
        let big = Int::parse(&"9".repeat(4301), 10, 0).unwrap();
        assert_eq!(
            big.to_decimal_string(4300).unwrap_err(),
            NumberError::IntFormatTooManyDigits { limit: 4300 }
        );
        assert_eq!(big.to_decimal_string(0).map(|text| text.len()), Ok(4301));
        assert_eq!(
            (-&big).to_decimal_string(4301).map(|text| text.len()),
            Ok(4302)
        );
        assert_eq!(Int::from(-31).to_prefixed_str(16), "-0x1f");
        assert_eq!(Int::from(5).to_prefixed_str(2), "0b101");
        assert_eq!(Int::from(-35).to_str_radix(36), "-z");
    }
}
