//! `float` arithmetic with Python's semantics, as CPython's
//! `Objects/floatobject.c`: the sign rules of `//` and `%`, and the
//! special cases `float_pow` sorts out before calling the C library's
//! `pow`.
//!
//! Each function returns `None` where CPython raises (ZeroDivisionError,
//! OverflowError). Addition, subtraction and multiplication never raise:
//! they are plain IEEE operations (`1e308 * 10` is `inf`).

/// `a / b` (`float_div`).
pub(super) fn div(a: f64, b: f64) -> Option<f64> {
    if b == 0.0 {
        return None;
    }
    Some(a / b)
}

/// `a // b` (`float_floor_div`).
pub(super) fn floor_div(a: f64, b: f64) -> Option<f64> {
    if b == 0.0 {
        return None;
    }
    Some(div_mod(a, b).0)
}

/// `a % b`, with the sign of `b` (`float_rem`).
pub(super) fn modulo(a: f64, b: f64) -> Option<f64> {
    if b == 0.0 {
        return None;
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
    Some(remainder)
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

/// What `float ** float` gives.
pub(super) enum Power {
    /// A float result.
    Float(f64),
    /// A negative base to a non-integer power: CPython hands the operation
    /// to `complex.__pow__`.
    Complex,
}

/// `base ** exponent` (`float_pow`); `None` for ZeroDivisionError (zero
/// to a negative power) or OverflowError (an infinite result from finite
/// operands).
pub(super) fn pow(base: f64, exponent: f64) -> Option<Power> {
    let float = |value| Some(Power::Float(value));
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
            return None;
        }
        return float(if is_odd_integer(exponent) { base } else { 0.0 });
    }
    let mut magnitude = base;
    let mut negate = false;
    if base < 0.0 {
        if exponent != exponent.floor() {
            return Some(Power::Complex);
        }
        magnitude = -base;
        negate = is_odd_integer(exponent);
    }
    if magnitude == 1.0 {
        return float(if negate { -1.0 } else { 1.0 });
    }
    // Finite operands, positive base other than 1: the C library's pow
    // (Rust's `powf` calls it), an infinite result being an overflow.
    let result = magnitude.powf(exponent);
    if result.is_infinite() {
        return None;
    }
    float(if negate { -result } else { result })
}

/// CPython's `DOUBLE_IS_ODD_INTEGER`.
fn is_odd_integer(value: f64) -> bool {
    value.abs() % 2.0 == 1.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bits(value: Option<f64>) -> Option<u64> {
        value.map(f64::to_bits)
    }

    #[test]
    fn floor_division_and_modulo_signs() {
        assert_eq!(floor_div(7.0, -2.0), Some(-4.0));
        assert_eq!(modulo(7.0, -2.0), Some(-1.0));
        assert_eq!(modulo(-7.0, 2.0), Some(1.0));
        assert_eq!(bits(modulo(4.0, -2.0)), bits(Some(-0.0)));
        assert_eq!(bits(floor_div(0.0, -1.0)), bits(Some(-0.0)));
        assert_eq!(modulo(-5.0, f64::INFINITY), Some(f64::INFINITY));
        assert_eq!(floor_div(1.0, 0.0), None);
        assert_eq!(modulo(1.0, -0.0), None);
    }

    #[test]
    fn power_special_cases() {
        let value = |p: Option<Power>| match p {
            Some(Power::Float(x)) => Some(x),
            _ => None,
        };
        assert_eq!(value(pow(0.0, 0.0)), Some(1.0));
        assert_eq!(value(pow(-1.0, 1e300)), Some(1.0));
        assert_eq!(value(pow(2.0, -1074.0)), Some(5e-324));
        assert!(pow(0.0, -1.0).is_none());
        assert!(pow(10.0, 400.0).is_none());
        assert!(matches!(pow(-8.0, 1.0 / 3.0), Some(Power::Complex)));
        assert_eq!(bits(value(pow(-0.0, 3.0))), bits(Some(-0.0)));
    }
}
