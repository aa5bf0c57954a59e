//! `float` arithmetic with Python's semantics, as CPython's
//! `Objects/floatobject.c`: the zero checks and messages of `/`, `//`, `%`
//! and `divmod`, their signs (`%` takes the divisor's), the special cases
//! `float_pow` sorts out before calling the C library's `pow`, and the
//! conversions to `int`.
//!
//! Addition, subtraction, multiplication and comparison of two floats
//! never raise and are the plain IEEE operations (`1e308 * 10` is `inf`):
//! Rust's `+ - * == <` are Python's. A float meeting an int converts the
//! int with [`Int::to_f64`] first, except in comparisons, which are exact
//! ([`compare_int`]).

use num_bigint::BigInt;

use super::convert::decompose;
use super::{Int, NumberError};

pub use super::compare::compare_int;
pub use super::float_text::{from_hex, parse, parse_bytes, to_hex};
pub use super::round::{round, round_digits};

/// What `float ** float` gives.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum FloatPow {
    /// A float result.
    Float(f64),
    /// A negative base to a non-integer power: CPython hands the operands
    /// to `complex.__pow__` (`(-8.0) ** (1/3)` is a complex number).
    Complex,
}

/// `a / b` (`float_div`).
pub fn div(a: f64, b: f64) -> Result<f64, NumberError> {
    if b == 0.0 {
        return Err(NumberError::FloatDivisionByZero);
    }
    Ok(a / b)
}

/// `a // b` (`float_floor_div`).
pub fn floor_div(a: f64, b: f64) -> Result<f64, NumberError> {
    if b == 0.0 {
        return Err(NumberError::FloatFloorDivisionByZero);
    }
    Ok(div_mod(a, b).0)
}

/// `a % b`, with the sign of `b` (`float_rem`).
pub fn modulo(a: f64, b: f64) -> Result<f64, NumberError> {
    if b == 0.0 {
        return Err(NumberError::FloatModuloByZero);
    }
    // Rust's `%` on floats is C's `fmod`.
    let mut remainder = a % b;
    if remainder != 0.0 {
        if (b < 0.0) != (remainder < 0.0) {
            remainder += b;
        }
    } else {
        remainder = 0f64.copysign(b);
    }
    Ok(remainder)
}

/// `divmod(a, b)` (`float_divmod`).
pub fn divmod(a: f64, b: f64) -> Result<(f64, f64), NumberError> {
    if b == 0.0 {
        return Err(NumberError::FloatDivmodByZero);
    }
    Ok(div_mod(a, b))
}

/// CPython's `_float_div_mod`: the floor quotient and the remainder, with
/// the quotient snapped to the nearest integer.
fn div_mod(a: f64, b: f64) -> (f64, f64) {
    let mut remainder = a % b;
    // fmod is exact, so `a - remainder` is a multiple of `b`; the division
    // may still round, hence the snapping below.
    let mut quotient = (a - remainder) / b;
    if remainder != 0.0 {
        if (b < 0.0) != (remainder < 0.0) {
            remainder += b;
            quotient -= 1.0;
        }
    } else {
        remainder = 0f64.copysign(b);
    }
    let floor_quotient = if quotient != 0.0 {
        let mut floor = quotient.floor();
        if quotient - floor > 0.5 {
            floor += 1.0;
        }
        floor
    } else {
        // Zero with the sign of the true quotient.
        0f64.copysign(a / b)
    };
    (floor_quotient, remainder)
}

/// `base ** exponent` (`float_pow`): ZeroDivisionError for zero to a
/// negative power, OverflowError for an infinite result from finite
/// operands, [`FloatPow::Complex`] for a negative base to a non-integer
/// power.
pub fn pow(base: f64, exponent: f64) -> Result<FloatPow, NumberError> {
    let float = |value| Ok(FloatPow::Float(value));
    if exponent == 0.0 {
        // v**0 is 1, even 0**0 and nan**0.
        return float(1.0);
    }
    if base.is_nan() {
        return float(base);
    }
    if exponent.is_nan() {
        return float(if base == 1.0 { 1.0 } else { exponent });
    }
    if exponent.is_infinite() {
        let magnitude = base.abs();
        return if magnitude == 1.0 {
            float(1.0)
        } else if (exponent > 0.0) == (magnitude > 1.0) {
            float(exponent.abs())
        } else {
            float(0.0)
        };
    }
    if base.is_infinite() {
        let odd = is_odd_integer(exponent);
        return if exponent > 0.0 {
            float(if odd { base } else { base.abs() })
        } else {
            float(if odd { 0f64.copysign(base) } else { 0.0 })
        };
    }
    if base == 0.0 {
        if exponent < 0.0 {
            return Err(NumberError::ZeroToNegativePower);
        }
        return float(if is_odd_integer(exponent) { base } else { 0.0 });
    }
    let mut magnitude = base;
    let mut negate = false;
    if base < 0.0 {
        if exponent != exponent.floor() {
            return Ok(FloatPow::Complex);
        }
        magnitude = -base;
        negate = is_odd_integer(exponent);
    }
    if magnitude == 1.0 {
        // Also (-1) ** huge, which some C libraries get wrong.
        return float(if negate { -1.0 } else { 1.0 });
    }
    // Finite operands, positive base other than 1: the C library's pow
    // (Rust's `powf` calls it); an infinite result is an overflow (ERANGE),
    // an underflow to zero is not an error.
    let result = magnitude.powf(exponent);
    if result.is_infinite() {
        return Err(NumberError::FloatPowOverflow);
    }
    float(if negate { -result } else { result })
}

/// CPython's `DOUBLE_IS_ODD_INTEGER`.
fn is_odd_integer(value: f64) -> bool {
    value.abs() % 2.0 == 1.0
}

/// `value.is_integer()`: finite and without a fractional part.
pub fn is_integer(value: f64) -> bool {
    value.is_finite() && value.trunc() == value
}

/// `value.as_integer_ratio()`: the exact value as a fraction in lowest
/// terms with a positive (power of two) denominator. OverflowError for an
/// infinity, ValueError for NaN.
pub fn as_integer_ratio(value: f64) -> Result<(Int, Int), NumberError> {
    if value.is_infinite() {
        return Err(NumberError::InfinityToRatio);
    }
    if value.is_nan() {
        return Err(NumberError::NanToRatio);
    }
    let (mantissa, exponent) = decompose(value);
    let mantissa = BigInt::from(mantissa);
    Ok(if exponent >= 0 {
        (Int::from(mantissa << exponent as u32), Int::ONE)
    } else {
        (
            Int::from(mantissa),
            Int::from(BigInt::from(1) << (-exponent) as u32),
        )
    })
}

/// `int(value)`, `value.__trunc__()`: towards zero. ValueError for NaN,
/// OverflowError for an infinity.
pub fn trunc(value: f64) -> Result<Int, NumberError> {
    Int::from_f64(value)
}

/// `value.__floor__()` (`math.floor`): towards negative infinity.
pub fn floor(value: f64) -> Result<Int, NumberError> {
    Int::from_f64(value.floor())
}

/// `value.__ceil__()` (`math.ceil`): towards positive infinity.
pub fn ceil(value: f64) -> Result<Int, NumberError> {
    Int::from_f64(value.ceil())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bits(value: Result<f64, NumberError>) -> Result<u64, NumberError> {
        value.map(f64::to_bits)
    }

    #[test]
    fn floor_division_and_modulo_signs() {
        assert_eq!(floor_div(7.0, -2.0), Ok(-4.0));
        assert_eq!(modulo(7.0, -2.0), Ok(-1.0));
        assert_eq!(modulo(-7.0, 2.0), Ok(1.0));
        assert_eq!(bits(modulo(4.0, -2.0)), bits(Ok(-0.0)));
        assert_eq!(bits(floor_div(0.0, -1.0)), bits(Ok(-0.0)));
        assert_eq!(modulo(-5.0, f64::INFINITY), Ok(f64::INFINITY));
        assert_eq!(floor_div(-1.0, f64::INFINITY), Ok(-1.0));
        assert_eq!(
            floor_div(1.0, 0.0),
            Err(NumberError::FloatFloorDivisionByZero)
        );
        assert_eq!(divmod(1.0, -0.0), Err(NumberError::FloatDivmodByZero));
    }

    #[test]
    fn power_special_cases() {
        assert_eq!(pow(0.0, 0.0), Ok(FloatPow::Float(1.0)));
        assert_eq!(pow(-1.0, 1e300), Ok(FloatPow::Float(1.0)));
        assert_eq!(pow(2.0, -1074.0), Ok(FloatPow::Float(5e-324)));
        assert_eq!(pow(0.0, -1.0), Err(NumberError::ZeroToNegativePower));
        assert_eq!(pow(10.0, 400.0), Err(NumberError::FloatPowOverflow));
        assert_eq!(pow(-8.0, 1.0 / 3.0), Ok(FloatPow::Complex));
        assert_eq!(pow(-0.0, 3.0), Ok(FloatPow::Float(-0.0)));
    }

    #[test]
    fn ratios() {
        assert_eq!(as_integer_ratio(-0.75), Ok((Int::from(-3), Int::from(4))));
        assert_eq!(as_integer_ratio(0.0), Ok((Int::ZERO, Int::ONE)));
        assert_eq!(
            as_integer_ratio(1e20).map(|r| r.0.to_string()),
            Ok("100000000000000000000".into())
        );
        assert_eq!(floor(-0.5), Ok(Int::from(-1)));
        assert_eq!(ceil(-0.5), Ok(Int::ZERO));
    }
}
