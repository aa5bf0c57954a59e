//! `round()` on floats and ints, rounding half to even on the exact
//! value, as CPython's `float___round___impl` (through `_Py_dg_dtoa`)
//! and `int___round___impl`: `round(2.675, 2)` is `2.67` because the float
//! `2.675` is a little below 2.675; `round(0.5)` is 0 and `round(1.5)` 2.

use num_bigint::BigUint;
use num_traits::{One, Pow};

use super::convert::{decompose, ratio_to_f64};
use super::int::floor_divmod;
use super::{Int, NumberError};

/// Above this many digits after the point, every float rounds to itself
/// (CPython's `NDIGITS_MAX`, `(DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103`).
const NDIGITS_MAX: i64 = 323;

/// Below this, every float rounds to a zero (CPython's `NDIGITS_MIN`,
/// `-(DBL_MAX_EXP + 1) * 0.30103`).
const NDIGITS_MIN: i64 = -308;

/// `round(value)`: the nearest int, ties to even. ValueError for NaN,
/// OverflowError for an infinity.
pub fn round(value: f64) -> Result<Int, NumberError> {
    Int::from_f64(value.round_ties_even())
}

/// `round(value, ndigits)`: the float nearest to the exact value rounded
/// (half to even) to `ndigits` decimal places, a negative count rounding
/// to tens, hundreds… NaN and infinities round to themselves; the sign of
/// a zero result is kept (`round(-0.4)` with `ndigits=0` is `-0.0`).
/// OverflowError ("rounded value too large to represent") when the
/// rounded value is beyond the float range.
pub fn round_digits(value: f64, ndigits: &Int) -> Result<f64, NumberError> {
    if !value.is_finite() {
        return Ok(value);
    }
    let ndigits = match ndigits {
        Int::Small(ndigits) => *ndigits,
        Int::Big(_) if ndigits.is_negative() => i64::MIN,
        Int::Big(_) => i64::MAX,
    };
    if ndigits > NDIGITS_MAX {
        return Ok(value);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * value);
    }
    // |value| × 10**ndigits as an exact fraction, then rounded to an int.
    let (mantissa, exponent) = decompose(value);
    let mut numerator = BigUint::from(mantissa.unsigned_abs());
    let mut denominator = BigUint::one();
    if exponent >= 0 {
        numerator <<= exponent as u32;
    } else {
        denominator <<= (-exponent) as u32;
    }
    let power = Pow::pow(BigUint::from(10u32), ndigits.unsigned_abs());
    if ndigits >= 0 {
        numerator *= &power;
    } else {
        denominator *= &power;
    }
    let mut rounded = &numerator / &denominator;
    let twice_remainder = (&numerator % &denominator) << 1u32;
    if twice_remainder > denominator || (twice_remainder == denominator && rounded.bit(0)) {
        rounded += 1u32;
    }
    // Back to a float: the correctly rounded rounded / 10**ndigits, as
    // CPython's `_Py_dg_strtod` of the digits gives.
    let negative = value.is_sign_negative();
    let result = if ndigits >= 0 {
        ratio_to_f64(&rounded, &power, negative)
    } else {
        ratio_to_f64(&(rounded * power), &BigUint::one(), negative)
    };
    result.ok_or(NumberError::RoundedTooLarge)
}

impl Int {
    /// `round(self, ndigits)`: `self` when `ndigits >= 0`, else the
    /// nearest multiple of `10**-ndigits`, ties to even.
    ///
    /// CPython computes `10**-ndigits` even when it dwarfs `self` (so a
    /// huge negative `ndigits` runs out of memory there); the result is
    /// then 0, which is what this returns.
    pub fn round(&self, ndigits: &Int) -> Int {
        if !ndigits.is_negative() {
            return self.clone();
        }
        // 10**places > 2 × |self| makes the result 0 (as log10(2) < 1/3).
        let zero_from = (self.bit_length() + 1) / 3 + 1;
        let places = match ndigits {
            Int::Small(ndigits) if ndigits.unsigned_abs() < zero_from => ndigits.unsigned_abs(),
            _ => return Int::ZERO,
        };
        // As `_PyLong_DivmodNear`: self - (the remainder nearest to zero).
        let power = Pow::pow(num_bigint::BigInt::from(10), places);
        let value = self.as_big();
        let (quotient, mut remainder) = floor_divmod(&value, &power);
        let twice_remainder = &remainder * 2u32;
        if twice_remainder > power || (twice_remainder == power && quotient.bit(0)) {
            remainder -= &power;
        }
        Int::from(&*value - remainder)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounds_the_exact_value_half_to_even() {
        let digits = |value, n: i64| round_digits(value, &Int::from(n));
        assert_eq!(digits(2.675, 2), Ok(2.67));
        assert_eq!(digits(0.125, 2), Ok(0.12));
        assert_eq!(digits(0.375, 2), Ok(0.38));
        assert_eq!(digits(1234.5, -1), Ok(1230.0));
        assert!(digits(-0.4, 0).unwrap().is_sign_negative());
        assert_eq!(
            digits(1.7976931348623157e308, -308),
            Err(NumberError::RoundedTooLarge)
        );
        assert_eq!(digits(5e-324, 400), Ok(5e-324));
        assert_eq!(round(0.5), Ok(Int::ZERO));
        assert_eq!(round(-2.5), Ok(Int::from(-2)));
    }

    #[test]
    fn int_rounding() {
        let r = |value: i64, n: i64| Int::from(value).round(&Int::from(n));
        assert_eq!(r(25, -1), Int::from(20));
        assert_eq!(r(35, -1), Int::from(40));
        assert_eq!(r(-25, -1), Int::from(-20));
        assert_eq!(r(-26, -1), Int::from(-30));
        assert_eq!(r(5, -1), Int::ZERO);
        assert_eq!(r(15, -1), Int::from(20));
        assert_eq!(r(999, -3), Int::from(1000));
        assert_eq!(r(123, 5), Int::from(123));
        assert_eq!(r(i64::MAX, -19), Int::from(10_000_000_000_000_000_000u64));
    }
}
