//! `format(int, spec)` and `format(bool, spec)`: CPython's
//! `_PyLong_FormatAdvancedWriter` and `format_long_internal`.

use num_bigint::{BigInt, Sign as BigSign};
use num_traits::ToPrimitive;

use super::float::format_float_spec;
use super::layout::{write_number, Locale, Number};
use super::spec::{Align, FormatSpec, Sign};
use super::FormatError;
use crate::number::Int;

/// An int as the formatter takes it: an `i64` when it fits, so that small
/// ints need no big-integer arithmetic, else a [`BigInt`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntRef<'a> {
    /// An int that fits in an `i64`.
    Small(i64),
    /// Any int.
    Big(&'a BigInt),
}

impl From<i64> for IntRef<'_> {
    fn from(value: i64) -> Self {
        IntRef::Small(value)
    }
}

impl<'a> From<&'a BigInt> for IntRef<'a> {
    fn from(value: &'a BigInt) -> Self {
        IntRef::Big(value)
    }
}

impl IntRef<'_> {
    /// Whether the value is below zero.
    pub(crate) fn is_negative(self) -> bool {
        match self {
            IntRef::Small(value) => value < 0,
            IntRef::Big(value) => value.sign() == BigSign::Minus,
        }
    }

    /// The absolute value's digits in `radix` (2, 8, 10 or 16),
    /// lowercase. Decimal digits are refused, as CPython 3.11 refuses
    /// them, when there are more than `max_str_digits` (unless that is 0).
    pub(crate) fn magnitude_digits(
        self,
        radix: u32,
        max_str_digits: usize,
    ) -> Result<String, FormatError> {
        Ok(match self {
            IntRef::Small(value) => {
                let magnitude = value.unsigned_abs();
                match radix {
                    2 => format!("{magnitude:b}"),
                    8 => format!("{magnitude:o}"),
                    16 => format!("{magnitude:x}"),
                    _ => magnitude.to_string(),
                }
            }
            IntRef::Big(value) if radix == 10 && max_str_digits > 0 => {
                let too_many = FormatError::IntTooManyDigits {
                    limit: max_str_digits,
                };
                // A value of b bits has at least (b - 1) × log10(2) + 1
                // digits: refuse huge values without converting them.
                let at_least = (value.bits().max(1) - 1) as f64 * std::f64::consts::LOG10_2;
                if at_least > max_str_digits as f64 + 1.0 {
                    return Err(too_many);
                }
                let digits = value.magnitude().to_str_radix(10);
                if digits.len() > max_str_digits {
                    return Err(too_many);
                }
                digits
            }
            IntRef::Big(value) => value.magnitude().to_str_radix(radix),
        })
    }

    /// The value as an `i64`, if it fits.
    pub(crate) fn to_i64(self) -> Option<i64> {
        match self {
            IntRef::Small(value) => Some(value),
            IntRef::Big(value) => value.to_i64(),
        }
    }

    /// `float(value)`, correctly rounded; too large is CPython's
    /// `OverflowError`.
    pub(crate) fn to_f64(self) -> Result<f64, FormatError> {
        let value = match self {
            IntRef::Small(value) => value as f64,
            IntRef::Big(value) => value.to_f64().unwrap_or(f64::INFINITY),
        };
        if value.is_finite() {
            Ok(value)
        } else {
            Err(FormatError::IntTooLargeForFloat)
        }
    }

    /// `str(value)`, with the digit limit of [`IntRef::magnitude_digits`].
    pub(crate) fn to_decimal(self, max_str_digits: usize) -> Result<String, FormatError> {
        if let IntRef::Small(value) = self {
            return Ok(value.to_string());
        }
        let digits = self.magnitude_digits(10, max_str_digits)?;
        Ok(if self.is_negative() {
            format!("-{digits}")
        } else {
            digits
        })
    }
}

impl<'a> From<&'a Int> for IntRef<'a> {
    fn from(value: &'a Int) -> Self {
        match value {
            Int::Small(value) => IntRef::Small(*value),
            Int::Big(value) => IntRef::Big(value),
        }
    }
}

/// `format(value, spec)` for an `int`: types `b c d o x X n` and none,
/// grouping with `,` and `_`, `#` prefixes, and the float types
/// `e E f F g G %` applied to `float(value)`.
///
/// `format(255, '#_x')` is `'0xff'`, `format(-1234567, ',')` is
/// `'-1,234,567'`, `format(7, 'b')` is `'111'`.
///
/// `max_str_digits` is `sys.get_int_max_str_digits()`: decimal output of
/// an int with more digits is CPython 3.11's `ValueError` (0: no limit).
pub fn format_int<'a>(
    value: impl Into<IntRef<'a>>,
    spec: &str,
    max_str_digits: usize,
) -> Result<String, FormatError> {
    let value = value.into();
    if spec.is_empty() {
        return value.to_decimal(max_str_digits);
    }
    format_int_as(value, spec, "int", max_str_digits)
}

/// `format(value, spec)` for a `bool`: `str(value)` for the empty spec,
/// else the int 0 or 1 formatted (`format(True, '>5')` is `'    1'`).
pub fn format_bool(value: bool, spec: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return Ok(if value { "True" } else { "False" }.to_owned());
    }
    format_int_as(IntRef::Small(value.into()), spec, "bool", 0)
}

/// `int.__format__` with a non-empty spec, errors naming `type_name`.
fn format_int_as(
    value: IntRef<'_>,
    spec: &str,
    type_name: &str,
    max_str_digits: usize,
) -> Result<String, FormatError> {
    let spec = FormatSpec::parse(spec, Some('d'), Align::Right, type_name)?;
    match spec.ty {
        Some('b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n') => {
            format_int_spec(value, &spec, max_str_digits)
        }
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => format_float_spec(value.to_f64()?, &spec),
        _ => Err(FormatError::UnknownFormatCode {
            code: spec.code(),
            type_name: type_name.to_owned(),
        }),
    }
}

/// CPython's `format_long_internal`.
fn format_int_spec(
    value: IntRef<'_>,
    spec: &FormatSpec,
    max_str_digits: usize,
) -> Result<String, FormatError> {
    if spec.precision.is_some() {
        return Err(FormatError::IntPrecision);
    }
    if spec.no_neg_0 {
        return Err(FormatError::IntNegativeZero);
    }
    let mut out = String::new();
    let locale = Locale::of(spec);
    if spec.ty == Some('c') {
        if spec.sign != Sign::Unspecified {
            return Err(FormatError::CharSign);
        }
        if spec.alternate {
            return Err(FormatError::CharAlternate);
        }
        let mut buffer = [0; 4];
        let text = code_point_char(value)?.encode_utf8(&mut buffer);
        let number = Number {
            negative: false,
            prefix: "",
            digits: "",
            has_decimal: false,
            remainder: text,
        };
        write_number(&mut out, &number, spec, locale)?;
        return Ok(out);
    }
    let (radix, prefix) = match spec.ty {
        Some('b') => (2, "0b"),
        Some('o') => (8, "0o"),
        Some('x') => (16, "0x"),
        Some('X') => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = value.magnitude_digits(radix, max_str_digits)?;
    if spec.ty == Some('X') {
        digits.make_ascii_uppercase();
    }
    let number = Number {
        negative: value.is_negative(),
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        has_decimal: false,
        remainder: "",
    };
    write_number(&mut out, &number, spec, locale)?;
    Ok(out)
}

/// The character `c` formats `value` as: CPython's `PyLong_AsLong` (a C
/// `long` is 64 bits here) and range check.
fn code_point_char(value: IntRef<'_>) -> Result<char, FormatError> {
    let code = value.to_i64().ok_or(FormatError::CLongOverflow)?;
    char_from_code(code)
}

/// The character with code point `code`, CPython's range error if there
/// is none, pyvm's [`FormatError::Surrogate`] for a lone surrogate.
pub(crate) fn char_from_code(code: i64) -> Result<char, FormatError> {
    let code = u32::try_from(code)
        .ok()
        .filter(|&code| code <= 0x10FFFF)
        .ok_or(FormatError::CharOutOfRange)?;
    char::from_u32(code).ok_or(FormatError::Surrogate(code))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_and_big_agree() {
        let big = BigInt::from(-1234567);
        for spec in ["", ",", "#x", "_b", "+015_", "^12", "X", "#o"] {
            assert_eq!(
                format_int(-1234567, spec, 0),
                format_int(&big, spec, 0),
                "{spec}"
            );
        }
        assert_eq!(
            format_int(i64::MIN, "x", 0).as_deref(),
            Ok("-8000000000000000")
        );
        assert_eq!(format_int(&Int::from(-5), "03", 0).as_deref(), Ok("-05"));
    }

    #[test]
    fn types() {
        assert_eq!(format_int(255, "#_x", 0).as_deref(), Ok("0xff"));
        assert_eq!(format_int(65, "c", 0).as_deref(), Ok("A"));
        assert_eq!(format_int(1, "%", 0).as_deref(), Ok("100.000000%"));
        assert_eq!(format_bool(true, "").as_deref(), Ok("True"));
        assert_eq!(format_bool(true, "d").as_deref(), Ok("1"));
        assert_eq!(
            format_int(0x110000, "c", 0),
            Err(FormatError::CharOutOfRange)
        );
        let huge = BigInt::from(1) << 70u32;
        assert_eq!(format_int(&huge, "c", 0), Err(FormatError::CLongOverflow));
        let too_big = BigInt::from(1) << 1024u32;
        assert_eq!(
            format_int(&too_big, "f", 0),
            Err(FormatError::IntTooLargeForFloat)
        );
    }

    #[test]
    fn huge_widths_are_memory_errors() {
        // CPython raises MemoryError, or with grouping loops for ages.
        for spec in [
            "9223372036854775807",
            "09223372036854775807",
            "0=9223372036854775807,",
        ] {
            assert_eq!(format_int(1, spec, 0), Err(FormatError::Memory), "{spec}");
        }
    }

    #[test]
    fn decimal_digit_limit() {
        let limit = FormatError::IntTooManyDigits { limit: 4300 };
        let big = BigInt::from(10).pow(4300);
        assert_eq!(format_int(&big, "", 4300), Err(limit.clone()));
        assert_eq!(format_int(&big, ",", 4300), Err(limit.clone()));
        assert!(format_int(&big, "x", 4300).is_ok());
        assert!(format_int(&big, "", 0).is_ok());
        let most: BigInt = -(big - 1u32);
        assert_eq!(format_int(&most, "", 4300).map(|text| text.len()), Ok(4301));
        let huge = BigInt::from(10).pow(100_000);
        assert_eq!(format_int(&huge, "d", 4300), Err(limit));
    }
}
