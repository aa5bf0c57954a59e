//! Conversions between `int` and `float`, each exact or correctly rounded
//! as CPython's: `float(int)` (`PyLong_AsDouble`), `int / int`
//! (`long_true_divide`), `int(float)` (`PyLong_FromDouble`).

use std::borrow::Cow;

use num_bigint::{BigInt, BigUint};
use num_traits::{One, ToPrimitive, Zero};

use super::{Int, NumberError};

/// The largest magnitude below which every integer is an exact `f64`.
const EXACT_IN_F64: u64 = 1 << 53;

/// Whether `x` converts to `f64` exactly (`|x| <= 2**53`), so that float
/// arithmetic and comparisons with it are exact.
#[inline(always)]
pub fn exact_in_f64(x: i64) -> bool {
    x.unsigned_abs() <= EXACT_IN_F64
}

/// `2.0**63`: floats of smaller magnitude truncate to an `i64`.
const TWO_TO_63: f64 = 9_223_372_036_854_775_808.0;

impl Int {
    /// `float(self)`, correctly rounded (half to even); OverflowError
    /// ("int too large to convert to float") beyond the `f64` range. Every
    /// mixed `int`–`float` operation converts its int this way first.
    pub fn to_f64(&self) -> Result<f64, NumberError> {
        match self {
            Int::Small(value) if exact_in_f64(*value) => Ok(*value as f64),
            _ => {
                let value = self.as_big();
                ratio_to_f64(value.magnitude(), &BigUint::one(), self.is_negative())
                    .ok_or(NumberError::IntTooLargeForFloat)
            }
        }
    }

    /// `int(value)` for a float: truncation towards zero, exact.
    /// ValueError for NaN, OverflowError for an infinity.
    pub fn from_f64(value: f64) -> Result<Int, NumberError> {
        if value.is_nan() {
            return Err(NumberError::NanToInt);
        }
        if value.is_infinite() {
            return Err(NumberError::InfinityToInt);
        }
        let value = value.trunc();
        // Every float with magnitude below 2**63 converts exactly.
        if value.abs() < TWO_TO_63 {
            return Ok(Int::Small(value as i64));
        }
        // A float this large is an integer: mantissa × 2**exponent.
        let bits = value.to_bits();
        let exponent = ((bits >> 52) & 0x7ff) - 1075;
        let mantissa = BigInt::from((bits & ((1 << 52) - 1)) | (1 << 52));
        let magnitude = mantissa << exponent;
        Ok(Int::from(if value < 0.0 { -magnitude } else { magnitude }))
    }

    /// `self / other` (`long_true_divide`): correctly rounded, where
    /// `float(a) / float(b)` would round twice. ZeroDivisionError
    /// ("division by zero"), OverflowError ("integer division result too
    /// large for a float"). A zero result is negative when the signs
    /// differ: `0 / -5` is `-0.0`.
    pub fn true_div(&self, other: &Int) -> Result<f64, NumberError> {
        if other.is_zero() {
            return Err(NumberError::DivisionByZero);
        }
        if let (Int::Small(a), Int::Small(b)) = (self, other) {
            // Both exact as floats: IEEE division rounds once, correctly.
            if exact_in_f64(*a) && exact_in_f64(*b) {
                return Ok(*a as f64 / *b as f64);
            }
        }
        let negative = self.is_negative() != other.is_negative();
        ratio_to_f64(
            self.as_big().magnitude(),
            other.as_big().magnitude(),
            negative,
        )
        .ok_or(NumberError::IntDivisionTooLarge)
    }
}

/// The `f64` nearest to `numerator / denominator` (ties to even, with
/// gradual underflow), negated when `negative`; `None` when it rounds
/// beyond the largest finite `f64`.
///
/// The quotient is scaled so that its rounding unit (the `ulp` of the
/// result, `2**-1074` for subnormals) becomes 1, then rounded once with
/// the exact remainder: a single rounding, hence correctly rounded.
pub(super) fn ratio_to_f64(
    numerator: &BigUint,
    denominator: &BigUint,
    negative: bool,
) -> Option<f64> {
    let sign = if negative { -1.0 } else { 1.0 };
    if numerator.is_zero() {
        return Some(sign * 0.0);
    }
    // `exponent` = floor(log2(numerator / denominator)).
    let diff = numerator.bits() as i64 - denominator.bits() as i64;
    let at_least_two_to_diff = if diff >= 0 {
        *numerator >= denominator << diff as u64
    } else {
        numerator << (-diff) as u64 >= *denominator
    };
    let exponent = if at_least_two_to_diff { diff } else { diff - 1 };
    if exponent > 1023 {
        return None;
    }
    // The weight of the last bit kept: 53 significant bits, fewer below
    // the smallest normal exponent.
    let unit = (exponent - 52).max(-1074);
    let (scaled_numerator, scaled_denominator) = if unit >= 0 {
        (
            Cow::Borrowed(numerator),
            Cow::Owned(denominator << unit as u64),
        )
    } else {
        (
            Cow::Owned(numerator << (-unit) as u64),
            Cow::Borrowed(denominator),
        )
    };
    let (numerator, denominator) = (&*scaled_numerator, &*scaled_denominator);
    let mut quotient = numerator / denominator;
    let twice_remainder = (numerator % denominator) << 1u32;
    if twice_remainder > *denominator || (twice_remainder == *denominator && quotient.bit(0)) {
        quotient += 1u32;
    }
    // At most 2**53, so exact as an f64; scaling by a power of two whose
    // product is representable is exact too.
    let result = quotient.to_u64()? as f64 * power_of_two(unit);
    if result.is_infinite() {
        return None;
    }
    Some(sign * result)
}

/// `2**exponent` for `-1074 <= exponent <= 1023`, built from its bits
/// (so that subnormal powers are exact).
pub(super) fn power_of_two(exponent: i64) -> f64 {
    debug_assert!((-1074..=1023).contains(&exponent));
    if exponent >= -1022 {
        f64::from_bits(((exponent + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (exponent + 1074))
    }
}

/// A finite float as `(mantissa, exponent)` with `value == mantissa ×
/// 2**exponent` exactly, the mantissa odd (or 0).
pub(super) fn decompose(value: f64) -> (i64, i32) {
    let bits = value.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let fraction = (bits & ((1 << 52) - 1)) as i64;
    let (mut mantissa, mut exponent) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased - 1075)
    };
    if mantissa == 0 {
        return (0, 0);
    }
    let zeros = mantissa.trailing_zeros();
    mantissa >>= zeros;
    exponent += zeros as i32;
    (if value < 0.0 { -mantissa } else { mantissa }, exponent)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(text: &str) -> Int {
        Int::from(text.parse::<BigInt>().unwrap())
    }

    #[test]
    fn conversion_to_float_rounds_half_to_even() {
        assert_eq!(int("9007199254740993").to_f64(), Ok(9007199254740992.0));
        assert_eq!(int("9007199254740995").to_f64(), Ok(9007199254740996.0));
        let just_below = Int::from((BigInt::one() << 1024u32) - 1);
        assert_eq!(just_below.to_f64(), Err(NumberError::IntTooLargeForFloat));
        assert_eq!(Int::Small(i64::MIN).to_f64(), Ok(-TWO_TO_63));
    }

    #[test]
    fn true_division_is_correctly_rounded() {
        let one = BigInt::one();
        assert_eq!(Int::ONE.true_div(&Int::from(&one << 1074u32)), Ok(5e-324));
        assert_eq!(Int::ONE.true_div(&Int::from(&one << 1075u32)), Ok(0.0));
        assert_eq!(
            Int::from(3).true_div(&Int::from(&one << 1076u32)),
            Ok(5e-324)
        );
        let zero = Int::ZERO.true_div(&Int::from(-5)).unwrap();
        assert!(zero == 0.0 && zero.is_sign_negative());
        assert_eq!(
            Int::from(&one << 2000u32).true_div(&Int::ONE),
            Err(NumberError::IntDivisionTooLarge)
        );
    }

    #[test]
    fn float_to_int_truncates_exactly() {
        assert_eq!(Int::from_f64(-2.9), Ok(Int::from(-2)));
        assert_eq!(Int::from_f64(1e20), Ok(int("100000000000000000000")));
        assert_eq!(Int::from_f64(-TWO_TO_63), Ok(Int::Small(i64::MIN)));
        assert_eq!(Int::from_f64(f64::NAN), Err(NumberError::NanToInt));
        assert_eq!(
            Int::from_f64(f64::NEG_INFINITY),
            Err(NumberError::InfinityToInt)
        );
        assert_eq!(decompose(0.75), (3, -2));
        assert_eq!(decompose(-5e-324), (-1, -1074));
    }
}
