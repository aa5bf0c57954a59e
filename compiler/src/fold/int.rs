//! `int` arithmetic with Python's semantics (floor division, shifts of
//! negative numbers, correctly rounded conversion to `float`), as
//! CPython's `Objects/longobject.c`.
//!
//! Each function returns `None` where CPython raises (division by zero, a
//! negative shift count, a result too large for a `float`).

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{One, Signed, ToPrimitive, Zero};

/// `a // b`, rounding towards negative infinity (`long_div`).
pub(super) fn floor_div(a: &BigInt, b: &BigInt) -> Option<BigInt> {
    divmod(a, b).map(|(quotient, _)| quotient)
}

/// `a % b`, with the sign of `b` (`long_mod`).
pub(super) fn modulo(a: &BigInt, b: &BigInt) -> Option<BigInt> {
    divmod(a, b).map(|(_, remainder)| remainder)
}

/// Python's `divmod(a, b)` on ints: the truncating quotient, moved down by
/// one when the remainder's sign differs from the divisor's.
fn divmod(a: &BigInt, b: &BigInt) -> Option<(BigInt, BigInt)> {
    if b.is_zero() {
        return None;
    }
    let mut quotient = a / b;
    let mut remainder = a % b;
    if !remainder.is_zero() && remainder.is_negative() != b.is_negative() {
        quotient -= 1;
        remainder += b;
    }
    Some((quotient, remainder))
}

/// `base ** exponent` for `exponent >= 0` (`long_pow` without a modulus);
/// `None` when the result could not be held (CPython would run out of
/// memory). Negative exponents go through `float` (see `number.rs`).
pub(super) fn pow(base: &BigInt, exponent: &BigInt) -> Option<BigInt> {
    debug_assert!(!exponent.is_negative());
    if exponent.is_zero() {
        return Some(BigInt::one());
    }
    if base.is_zero() || base.is_one() {
        return Some(base.clone());
    }
    if base.magnitude().is_one() {
        // -1: the sign follows the exponent's parity.
        let odd = exponent.bit(0);
        return Some(if odd { base.clone() } else { BigInt::one() });
    }
    exponent.to_u32().map(|exponent| base.pow(exponent))
}

/// `value << shift`; `None` for a negative count (ValueError) or a result
/// too large to hold.
pub(super) fn lshift(value: &BigInt, shift: &BigInt) -> Option<BigInt> {
    if shift.is_negative() {
        return None;
    }
    if value.is_zero() {
        return Some(BigInt::zero());
    }
    shift.to_u32().map(|shift| value << shift)
}

/// `value >> shift`, rounding towards negative infinity; `None` for a
/// negative count (ValueError).
pub(super) fn rshift(value: &BigInt, shift: &BigInt) -> Option<BigInt> {
    if shift.is_negative() {
        return None;
    }
    match shift.to_u64() {
        Some(shift) if shift < value.bits() => Some(value >> shift),
        // Every bit shifted out: 0, or -1 for a negative value.
        _ => Some(if value.is_negative() {
            -BigInt::one()
        } else {
            BigInt::zero()
        }),
    }
}

/// `float(value)`, correctly rounded (half to even) as CPython's
/// `PyLong_AsDouble`; `None` when out of range ("int too large to convert
/// to float").
pub(crate) fn to_f64(value: &BigInt) -> Option<f64> {
    if let Some(small) = value.to_i64() {
        if small.unsigned_abs() <= 1 << 53 {
            // Exactly representable.
            return Some(small as f64);
        }
    }
    ratio_to_f64(value.magnitude(), &BigUint::one(), value.is_negative())
}

/// `a / b` on ints, correctly rounded as CPython's `long_true_divide`;
/// `None` for division by zero or a quotient too large for a `float`
/// ("integer division result too large for a float").
pub(super) fn true_div(a: &BigInt, b: &BigInt) -> Option<f64> {
    if b.is_zero() {
        return None;
    }
    // CPython negates the result (zero included) when the signs differ.
    let negative = (a.sign() == Sign::Minus) != (b.sign() == Sign::Minus);
    ratio_to_f64(a.magnitude(), b.magnitude(), negative)
}

/// The `f64` nearest to `numerator / denominator` (ties to even, with
/// gradual underflow), negated when `negative`; `None` when it rounds
/// beyond the largest finite `f64`.
///
/// The quotient is scaled so that its rounding unit (the `ulp` of the
/// result, `2**-1074` for subnormals) becomes 1, then rounded once with the
/// exact remainder: a single rounding, so the result is correctly rounded
/// even where `float(a) / float(b)` would round twice.
fn ratio_to_f64(numerator: &BigUint, denominator: &BigUint, negative: bool) -> Option<f64> {
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
        (numerator.clone(), denominator << unit as u64)
    } else {
        (numerator << (-unit) as u64, denominator.clone())
    };
    let mut quotient = &scaled_numerator / &scaled_denominator;
    let twice_remainder = (&scaled_numerator % &scaled_denominator) << 1u32;
    if twice_remainder > scaled_denominator
        || (twice_remainder == scaled_denominator && quotient.bit(0))
    {
        quotient += 1u32;
    }
    // At most 2**53, so exact as an f64; scaling by a power of two whose
    // product is representable is exact too.
    let quotient = quotient.to_u64().expect("at most 2**53") as f64;
    let result = quotient * power_of_two(unit);
    if result.is_infinite() {
        return None;
    }
    Some(sign * result)
}

/// `2**exponent` for `-1074 <= exponent <= 1023`, built from its bits (so
/// that subnormal powers are exact).
fn power_of_two(exponent: i64) -> f64 {
    debug_assert!((-1074..=1023).contains(&exponent));
    if exponent >= -1022 {
        f64::from_bits(((exponent + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (exponent + 1074))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn big(text: &str) -> BigInt {
        text.parse().unwrap()
    }

    #[test]
    fn floor_division_and_modulo_follow_the_divisor() {
        let cases = [
            (7, 2, 3, 1),
            (-7, 2, -4, 1),
            (7, -2, -4, -1),
            (-7, -2, 3, -1),
        ];
        for (a, b, quotient, remainder) in cases {
            let (a, b) = (BigInt::from(a), BigInt::from(b));
            assert_eq!(floor_div(&a, &b), Some(BigInt::from(quotient)));
            assert_eq!(modulo(&a, &b), Some(BigInt::from(remainder)));
        }
        assert_eq!(floor_div(&BigInt::one(), &BigInt::zero()), None);
    }

    #[test]
    fn conversion_to_float_rounds_half_to_even() {
        // 2**53 + 1 is a tie between 2**53 and 2**53 + 2: to even.
        assert_eq!(to_f64(&big("9007199254740993")), Some(9007199254740992.0));
        // 2**53 + 3 ties up to 2**53 + 4.
        assert_eq!(to_f64(&big("9007199254740995")), Some(9007199254740996.0));
        assert_eq!(to_f64(&(BigInt::one() << 1023u32)), Some(2f64.powi(1023)));
        assert_eq!(to_f64(&(BigInt::one() << 1024u32)), None);
        // Rounds up to 2**1024: out of range.
        let just_below = (BigInt::one() << 1024u32) - 1;
        assert_eq!(to_f64(&just_below), None);
        assert_eq!(
            to_f64(&-big("12345678901234567890")),
            Some(-1.2345678901234567e19)
        );
    }

    #[test]
    fn true_division_is_correctly_rounded() {
        let one = BigInt::one();
        assert_eq!(true_div(&one, &BigInt::from(3)), Some(1.0 / 3.0));
        assert_eq!(true_div(&BigInt::zero(), &BigInt::from(-5)), Some(-0.0));
        assert!(true_div(&BigInt::zero(), &BigInt::from(-5))
            .unwrap()
            .is_sign_negative());
        // 1 / 2**1074 is the smallest subnormal; 1 / 2**1075 ties to 0.
        assert_eq!(true_div(&one, &(&one << 1074u32)), Some(5e-324));
        assert_eq!(true_div(&one, &(&one << 1075u32)), Some(0.0));
        // 3 / 2**1076 = 0.75 * 2**-1074 rounds up to the smallest subnormal.
        assert_eq!(true_div(&BigInt::from(3), &(&one << 1076u32)), Some(5e-324));
        assert_eq!(true_div(&(&one << 2000u32), &one), None);
        assert_eq!(
            true_div(&(&one << 2000u32), &(&one << 1000u32)),
            Some(2f64.powi(1000))
        );
    }

    #[test]
    fn shifts_round_down() {
        let minus_five = BigInt::from(-5);
        assert_eq!(rshift(&minus_five, &BigInt::one()), Some(BigInt::from(-3)));
        assert_eq!(
            rshift(&minus_five, &big("100000000000000000000")),
            Some(BigInt::from(-1))
        );
        assert_eq!(rshift(&minus_five, &BigInt::from(-1)), None);
        assert_eq!(
            lshift(&BigInt::zero(), &big("100000000000000000000")),
            Some(BigInt::zero())
        );
    }
}
