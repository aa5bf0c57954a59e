//! Decimal digits of a float, as David Gay's `_Py_dg_dtoa` gives them to
//! CPython: the shortest digits that read back (mode 0), or the exact binary
//! value correctly rounded, ties to even, to a number of significant digits
//! (mode 2) or of digits after the point (mode 3).
//!
//! Rounding works on the exact value with big integers, so
//! `format(2.675, '.2f')` is `2.67` (the float is below 2.675) and
//! `format(0.5, '.0f')` is `0` (a true tie, to even).

use num_bigint::BigUint;
use num_traits::{One, Zero};
use pyvm_source::python_float_repr;

/// Digits of a finite, non-negative float: the value is `0.DIGITS × 10^decpt`.
/// `digits` holds ASCII digits without trailing zeros; a zero value (or one
/// rounded to zero) is `"0"` with `decpt` 1.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Digits {
    pub(crate) digits: String,
    pub(crate) decpt: i64,
}

impl Digits {
    fn zero() -> Digits {
        Digits {
            digits: "0".to_owned(),
            decpt: 1,
        }
    }

    /// `integer` (the value times a power of ten) with `decpt` set so that
    /// its last digit has the place value `10^-after_point`.
    fn from_integer(integer: &BigUint, after_point: i64) -> Digits {
        if integer.is_zero() {
            return Digits::zero();
        }
        let text = integer.to_str_radix(10);
        let decpt = text.len() as i64 - after_point;
        let digits = text.trim_end_matches('0').to_owned();
        Digits { digits, decpt }
    }

    /// Whether the digits are all zero.
    pub(crate) fn is_zero(&self) -> bool {
        self.digits == "0"
    }
}

/// The shortest digits that read back as `value` (mode 0): those of
/// `repr(value)`, taken from [`python_float_repr`].
pub(crate) fn shortest(value: f64) -> Digits {
    let text = python_float_repr(value.abs());
    let (mantissa, exponent) = text.split_once('e').unwrap_or((&text, "0"));
    let exponent: i64 = exponent.parse().unwrap_or(0);
    let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all = [int_part, frac_part].concat();
    let significant = all.trim_start_matches('0');
    let digits = significant.trim_end_matches('0');
    if digits.is_empty() {
        return Digits::zero();
    }
    let leading_zeros = (all.len() - significant.len()) as i64;
    Digits {
        digits: digits.to_owned(),
        decpt: int_part.len() as i64 - leading_zeros + exponent,
    }
}

/// `value` correctly rounded to `count` (at least 1) significant digits
/// (mode 2).
pub(crate) fn significant(value: f64, count: usize) -> Digits {
    if value == 0.0 {
        return Digits::zero();
    }
    let exact = Exact::new(value);
    // No double has more than 767 significant digits: beyond that the
    // digits are exact and only zeros follow.
    let count = count.min(800) as i64;
    // The decimal exponent k with 10^k <= value < 10^(k+1): estimated,
    // then corrected on the exact value.
    let mut k = value.abs().log10().floor() as i64;
    let low = BigUint::from(10u32).pow((count - 1) as u32);
    let high = &low * 10u32;
    loop {
        let (quotient, rest) = exact.scaled(count - 1 - k);
        if quotient < low {
            k -= 1;
        } else if quotient >= high {
            k += 1;
        } else {
            let rounded = round_half_even(quotient, &rest);
            return Digits::from_integer(&rounded, count - 1 - k);
        }
    }
}

/// `value` correctly rounded to `after_point` digits after the decimal
/// point (mode 3).
pub(crate) fn fixed(value: f64, after_point: usize) -> Digits {
    if value == 0.0 {
        return Digits::zero();
    }
    // No double has more than 1074 digits after the point: beyond that the
    // digits are exact and only zeros follow.
    let after_point = after_point.min(1100) as i64;
    let (quotient, rest) = Exact::new(value).scaled(after_point);
    Digits::from_integer(&round_half_even(quotient, &rest), after_point)
}

/// A finite non-zero float's absolute value as `mantissa × 2^exponent`.
struct Exact {
    mantissa: u64,
    exponent: i64,
}

/// The part of a division left over: `remainder / divisor`.
struct Rest {
    remainder: BigUint,
    divisor: BigUint,
}

impl Exact {
    fn new(value: f64) -> Exact {
        let bits = value.to_bits();
        let biased = ((bits >> 52) & 0x7ff) as i64;
        let fraction = bits & ((1 << 52) - 1);
        if biased == 0 {
            // Subnormal.
            Exact {
                mantissa: fraction,
                exponent: -1074,
            }
        } else {
            Exact {
                mantissa: fraction | (1 << 52),
                exponent: biased - 1075,
            }
        }
    }

    /// `value × 10^power` split into its integer part and the rest.
    fn scaled(&self, power: i64) -> (BigUint, Rest) {
        let mut numerator = BigUint::from(self.mantissa);
        let mut divisor = BigUint::one();
        if self.exponent >= 0 {
            numerator <<= self.exponent as u64;
        } else {
            divisor <<= (-self.exponent) as u64;
        }
        let ten = BigUint::from(10u32);
        if power >= 0 {
            numerator *= ten.pow(power as u32);
        } else {
            divisor *= ten.pow((-power) as u32);
        }
        let quotient = &numerator / &divisor;
        let remainder = numerator - &quotient * &divisor;
        (quotient, Rest { remainder, divisor })
    }
}

/// `quotient + rest` rounded to an integer, ties to even.
fn round_half_even(quotient: BigUint, rest: &Rest) -> BigUint {
    let twice = &rest.remainder << 1u32;
    let round_up = match twice.cmp(&rest.divisor) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Equal => quotient.bit(0),
        std::cmp::Ordering::Less => false,
    };
    if round_up {
        quotient + 1u32
    } else {
        quotient
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(digits: &str, decpt: i64) -> Digits {
        Digits {
            digits: digits.to_owned(),
            decpt,
        }
    }

    #[test]
    fn shortest_digits() {
        assert_eq!(shortest(0.0), d("0", 1));
        assert_eq!(shortest(1.5), d("15", 1));
        assert_eq!(shortest(1e16), d("1", 17));
        assert_eq!(shortest(0.0001), d("1", -3));
        assert_eq!(shortest(1.5e-7), d("15", -6));
        assert_eq!(shortest(123.0), d("123", 3));
        assert_eq!(shortest(5e-324), d("5", -323));
    }

    #[test]
    fn fixed_rounds_the_exact_value() {
        assert_eq!(fixed(2.675, 2), d("267", 1));
        assert_eq!(fixed(0.5, 0), d("0", 1));
        assert_eq!(fixed(1.5, 0), d("2", 1));
        assert_eq!(fixed(2.5, 0), d("2", 1));
        assert_eq!(fixed(0.125, 2), d("12", 0));
        assert_eq!(fixed(0.375, 2), d("38", 0));
        assert_eq!(fixed(1e22, 0), d("1", 23));
        assert_eq!(fixed(0.96, 1), d("1", 1));
        assert_eq!(fixed(0.001, 1), d("0", 1));
    }

    #[test]
    fn significant_rounds_the_exact_value() {
        assert_eq!(significant(0.1, 17), d("10000000000000001", 0));
        assert_eq!(significant(9.5, 1), d("1", 2));
        assert_eq!(significant(8.5, 1), d("8", 1));
        assert_eq!(significant(1e23, 17), d("99999999999999992", 23));
        assert_eq!(significant(5e-324, 3), d("494", -323));
        assert_eq!(significant(1.7976931348623157e308, 2), d("18", 309));
        assert_eq!(significant(1000.0, 3), d("1", 4));
        assert_eq!(significant(999.9999, 3), d("1", 4));
    }
}
