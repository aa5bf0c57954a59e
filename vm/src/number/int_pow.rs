//! `int ** int` and three-argument `pow()` (`long_pow`).

use num_bigint::BigInt;
use num_traits::{Pow, Signed};

use super::{float, FloatPow, Int, NumberError, MAX_INT_BITS};

/// What `int ** int` gives: an int, or a float for a negative exponent.
#[derive(Clone, PartialEq, Debug)]
pub enum IntPow {
    /// A non-negative exponent: the exact power.
    Int(Int),
    /// A negative exponent: CPython hands both operands to `float ** float`.
    Float(f64),
}

impl Int {
    /// `self ** exponent` (`long_pow` without a modulus). A negative
    /// exponent converts both to float first (OverflowError "int too large
    /// to convert to float"; `0 ** -1` is ZeroDivisionError "0.0 cannot be
    /// raised to a negative power"). MemoryError when the result would be
    /// over [`MAX_INT_BITS`], as CPython's would be when out of memory.
    pub fn pow(&self, exponent: &Int) -> Result<IntPow, NumberError> {
        if exponent.is_negative() {
            let (base, exponent) = (self.to_f64()?, exponent.to_f64()?);
            return match float::pow(base, exponent)? {
                FloatPow::Float(value) => Ok(IntPow::Float(value)),
                FloatPow::Complex => unreachable!("an integral exponent gives a real power"),
            };
        }
        if let (Int::Small(base), Int::Small(exponent)) = (self, exponent) {
            if let Ok(exponent) = u32::try_from(*exponent) {
                if let Some(power) = base.checked_pow(exponent) {
                    return Ok(IntPow::Int(Int::Small(power)));
                }
            }
        }
        Ok(IntPow::Int(power(self, exponent)?))
    }

    /// `pow(self, exponent, modulus)`: the result has the sign of
    /// `modulus` (or is 0). ValueError for a zero modulus ("pow() 3rd
    /// argument cannot be 0"); a negative exponent uses the modular
    /// inverse of the base, ValueError ("base is not invertible for the
    /// given modulus") when there is none. As in CPython, a modulus of ±1
    /// gives 0 before the inverse is looked for.
    pub fn pow_mod(&self, exponent: &Int, modulus: &Int) -> Result<Int, NumberError> {
        if modulus.is_zero() {
            return Err(NumberError::PowModulusZero);
        }
        if let (Int::Small(base), Int::Small(exponent), Int::Small(modulus)) =
            (self, exponent, modulus)
        {
            if *exponent >= 0 {
                return Ok(Int::Small(small_pow_mod(*base, *exponent as u64, *modulus)));
            }
        }
        let modulus = modulus.as_big();
        let magnitude = modulus.abs();
        if magnitude == BigInt::from(1) {
            return Ok(Int::ZERO);
        }
        let base = self.as_big();
        let exponent = exponent.as_big();
        let power = if exponent.is_negative() {
            let inverse = base.modinv(&magnitude).ok_or(NumberError::NotInvertible)?;
            inverse.modpow(&-&*exponent, &modulus)
        } else {
            // `modpow` rounds like Python's `%`: the sign of the modulus.
            base.modpow(&exponent, &modulus)
        };
        Ok(Int::from(power))
    }
}

/// `base ** exponent` for `exponent >= 0`, through `BigInt`.
fn power(base: &Int, exponent: &Int) -> Result<Int, NumberError> {
    if exponent.is_zero() {
        return Ok(Int::ONE);
    }
    match base {
        Int::Small(0 | 1) => return Ok(base.clone()),
        // -1: the sign follows the exponent's parity.
        Int::Small(-1) => {
            let odd = match exponent {
                Int::Small(exponent) => exponent % 2 == 1,
                Int::Big(exponent) => exponent.bit(0),
            };
            return Ok(Int::Small(if odd { -1 } else { 1 }));
        }
        _ => {}
    }
    // The result has more than (bits - 1) × exponent bits.
    let exponent = exponent.to_i64().ok_or(NumberError::OutOfMemory)? as u64;
    let at_least = (base.bit_length() - 1).saturating_mul(exponent);
    if at_least > MAX_INT_BITS {
        return Err(NumberError::OutOfMemory);
    }
    Ok(Int::from(Pow::pow(&*base.as_big(), exponent)))
}

/// `pow(base, exponent, modulus)` on machine integers, `modulus != 0`.
fn small_pow_mod(base: i64, mut exponent: u64, modulus: i64) -> i64 {
    let magnitude = u128::from(modulus.unsigned_abs());
    let mut base = i128::from(base).rem_euclid(magnitude as i128) as u128;
    // Every product is of two values below 2**63: it fits in a u128.
    let mut result = 1 % magnitude;
    while exponent > 0 {
        if exponent & 1 == 1 {
            result = result * base % magnitude;
        }
        base = base * base % magnitude;
        exponent >>= 1;
    }
    if modulus < 0 && result != 0 {
        (result as i128 - magnitude as i128) as i64
    } else {
        result as i64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(text: &str) -> Int {
        Int::from(text.parse::<BigInt>().unwrap())
    }

    #[test]
    fn powers() {
        assert_eq!(
            Int::from(2).pow(&Int::from(64)),
            Ok(IntPow::Int(int("18446744073709551616")))
        );
        assert_eq!(
            Int::from(-2).pow(&Int::from(63)),
            Ok(IntPow::Int(Int::Small(i64::MIN)))
        );
        assert_eq!(Int::from(2).pow(&Int::from(-2)), Ok(IntPow::Float(0.25)));
        assert_eq!(
            Int::ZERO.pow(&Int::from(-1)),
            Err(NumberError::ZeroToNegativePower)
        );
        assert_eq!(
            Int::from(-1).pow(&int("100000000000000000001")),
            Ok(IntPow::Int(Int::from(-1)))
        );
        assert_eq!(
            Int::from(2).pow(&int("100000000000000000000")),
            Err(NumberError::OutOfMemory)
        );
    }

    #[test]
    fn modular_powers() {
        let p = |b: i64, e: i64, m: i64| Int::from(b).pow_mod(&Int::from(e), &Int::from(m));
        assert_eq!(p(2, 10, 1000), Ok(Int::from(24)));
        assert_eq!(p(-2, 3, 5), Ok(Int::from(2)));
        assert_eq!(p(2, 3, -5), Ok(Int::from(-2)));
        assert_eq!(p(5, 0, -7), Ok(Int::from(-6)));
        assert_eq!(p(3, -1, 7), Ok(Int::from(5)));
        assert_eq!(p(3, -1, -7), Ok(Int::from(-2)));
        assert_eq!(p(2, -1, 4), Err(NumberError::NotInvertible));
        assert_eq!(p(2, -1, 1), Ok(Int::ZERO));
        assert_eq!(p(2, 1, 0), Err(NumberError::PowModulusZero));
    }
}
