//! Numeric hashing exactly as CPython's (`Python/pyhash.c`,
//! `long_hash`): the hash of a number is its value modulo the prime
//! `2**61 - 1` (`sys.hash_info.modulus`), so equal numbers hash equal
//! across types: `hash(1) == hash(1.0) == hash(True)`. A hash of -1 (which
//! CPython's C API reserves for errors) becomes -2.

use num_bigint::BigUint;
use num_traits::ToPrimitive;

use super::Int;

/// `sys.hash_info.modulus`: the Mersenne prime `2**61 - 1`.
pub const HASH_MODULUS: u64 = (1 << HASH_BITS) - 1;

/// `sys.hash_info.inf`: the hash of `inf` (`-inf` hashes to its negation).
pub const HASH_INF: i64 = 314_159;

/// `sys.hash_info.width`'s companion `_PyHASH_BITS`.
const HASH_BITS: u32 = 61;

/// `hash(value)` of an `int` that fits in an `i64`: the value itself
/// when it is smaller than the modulus (but -1, which is -2), as almost
/// every dict key is.
#[inline]
pub fn small_int_hash(value: i64) -> i64 {
    match value {
        -1 => -2,
        _ if value.unsigned_abs() < HASH_MODULUS => value,
        _ => Int::Small(value).py_hash(),
    }
}

impl Int {
    /// `hash(self)`: `abs(self) % HASH_MODULUS` with the sign of `self`,
    /// -1 becoming -2.
    pub fn py_hash(&self) -> i64 {
        let (magnitude, negative) = match self {
            Int::Small(value) => (value.unsigned_abs() % HASH_MODULUS, *value < 0),
            Int::Big(value) => {
                let modulus = BigUint::from(HASH_MODULUS);
                let reduced = (value.magnitude() % modulus).to_u64().unwrap_or(0);
                (reduced, self.is_negative())
            }
        };
        signed_hash(magnitude, negative)
    }
}

/// `hash(value)` for a float (`_Py_HashDouble`); `None` for NaN, which
/// CPython 3.10+ hashes by object identity (`_Py_HashPointer`), something
/// only the VM knows.
pub fn hash_float(value: f64) -> Option<i64> {
    if value.is_nan() {
        return None;
    }
    if value.is_infinite() {
        return Some(if value > 0.0 { HASH_INF } else { -HASH_INF });
    }
    let (mut mantissa, mut exponent) = frexp(value.abs());
    // As `_Py_HashDouble`: 28 bits at a time, each step multiplying the
    // running hash by 2**28 (a rotation, modulo 2**61 - 1).
    let mut hash: u64 = 0;
    while mantissa != 0.0 {
        hash = ((hash << 28) & HASH_MODULUS) | hash >> (HASH_BITS - 28);
        mantissa *= 268_435_456.0;
        exponent -= 28;
        let whole = mantissa as u64;
        mantissa -= whole as f64;
        hash += whole;
        if hash >= HASH_MODULUS {
            hash -= HASH_MODULUS;
        }
    }
    // Multiply by 2**exponent: a rotation by `exponent` modulo 61.
    let exponent = exponent.rem_euclid(HASH_BITS as i32) as u32;
    hash = ((hash << exponent) & HASH_MODULUS) | hash >> (HASH_BITS - exponent);
    Some(signed_hash(hash, value < 0.0))
}

/// The hash from `abs(value) % HASH_MODULUS` and the sign, -1 becoming -2.
fn signed_hash(magnitude: u64, negative: bool) -> i64 {
    let hash = if negative {
        -(magnitude as i64)
    } else {
        magnitude as i64
    };
    if hash == -1 {
        -2
    } else {
        hash
    }
}

/// C's `frexp` for a finite, non-negative value: `(m, e)` with `value ==
/// m × 2**e` and `0.5 <= m < 1` (or `(0.0, 0)`).
fn frexp(value: f64) -> (f64, i32) {
    if value == 0.0 {
        return (value, 0);
    }
    let (value, adjust) = if value < f64::MIN_POSITIVE {
        // Subnormal: scale into the normal range first (exact).
        (value * 2f64.powi(64), -64)
    } else {
        (value, 0)
    };
    let bits = value.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i32 - 1022;
    let mantissa = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (mantissa, exponent + adjust)
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_bigint::BigInt;

    /// Expected values recorded from CPython 3.11.
    #[test]
    fn matches_cpython() {
        assert_eq!(Int::from(-1).py_hash(), -2);
        assert_eq!(Int::from(-2).py_hash(), -2);
        assert_eq!(Int::from(HASH_MODULUS).py_hash(), 0);
        assert_eq!(Int::from(HASH_MODULUS + 1).py_hash(), 1);
        let big = Int::from("-100000000000000000000".parse::<BigInt>().unwrap());
        assert_eq!(big.py_hash(), -848750603811160107);
        assert_eq!(hash_float(0.1), Some(230584300921369408));
        assert_eq!(hash_float(1.0), Some(1));
        assert_eq!(hash_float(-1.0), Some(-2));
        assert_eq!(hash_float(-0.0), Some(0));
        assert_eq!(
            hash_float(1e20),
            Some(Int::from_f64(1e20).unwrap().py_hash())
        );
        assert_eq!(hash_float(5e-324), Some(16777216));
        assert_eq!(hash_float(f64::NEG_INFINITY), Some(-314159));
        assert_eq!(hash_float(f64::NAN), None);
        assert_eq!(frexp(5e-324), (0.5, -1073));
    }
}
