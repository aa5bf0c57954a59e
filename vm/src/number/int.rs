//! The `int` value: an `i64` while it fits, arbitrary precision beyond,
//! with Python's arithmetic (`Objects/longobject.c`): floor division and
//! modulo following the divisor's sign, shifts and bitwise operators on
//! an infinite two's complement, and CPython's limits on huge results.

use std::borrow::Cow;
use std::cmp::Ordering;
use std::fmt;
use std::ops::{Add, BitAnd, BitOr, BitXor, Mul, Neg, Not, Sub};

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};

use super::NumberError;

/// The largest int pyvm makes, in bits (1 GiB of digits). CPython has no
/// such limit: it raises `MemoryError` when the allocation fails; pyvm
/// raises it here first, since Rust aborts on a failed allocation.
pub const MAX_INT_BITS: u64 = 1 << 33;

/// A Python `int` (and a `bool`, as `0` or `1`).
///
/// The representation is normalised: `Big` only holds values outside the
/// `i64` range, so each value has one form and the derived equality is
/// value equality (and the derived `Hash` a Rust hash of the value; the
/// Python hash is [`Int::py_hash`]). Build ints with `From`
/// (`Int::from(big)` normalises), never with `Int::Big` directly.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Int {
    /// A value in the `i64` range: the unboxed fast path.
    Small(i64),
    /// A value outside the `i64` range.
    Big(BigInt),
}

impl Int {
    /// `0`.
    pub const ZERO: Int = Int::Small(0);
    /// `1`.
    pub const ONE: Int = Int::Small(1);

    /// The value as an `i64`, if it is in range.
    pub fn to_i64(&self) -> Option<i64> {
        match self {
            Int::Small(value) => Some(*value),
            Int::Big(_) => None,
        }
    }

    /// The value as a `BigInt`.
    pub fn to_bigint(&self) -> BigInt {
        self.as_big().into_owned()
    }

    /// A view of the value as a `BigInt`, borrowed when it is one.
    pub(super) fn as_big(&self) -> Cow<'_, BigInt> {
        match self {
            Int::Small(value) => Cow::Owned(BigInt::from(*value)),
            Int::Big(value) => Cow::Borrowed(value),
        }
    }

    /// Whether the value is 0.
    pub fn is_zero(&self) -> bool {
        matches!(self, Int::Small(0))
    }

    /// Whether the value is below 0.
    pub fn is_negative(&self) -> bool {
        match self {
            Int::Small(value) => *value < 0,
            Int::Big(value) => value.is_negative(),
        }
    }

    /// `abs(self)`.
    pub fn abs(&self) -> Int {
        match self {
            Int::Small(value) => value
                .checked_abs()
                .map_or_else(|| Int::from(BigInt::from(*value).abs()), Int::Small),
            Int::Big(value) => Int::Big(value.abs()),
        }
    }

    /// `self.bit_length()`: the bits of `abs(self)`, 0 for 0.
    pub fn bit_length(&self) -> u64 {
        match self {
            Int::Small(value) => u64::from(64 - value.unsigned_abs().leading_zeros()),
            Int::Big(value) => value.bits(),
        }
    }

    /// `self.bit_count()`: the one bits of `abs(self)`.
    pub fn bit_count(&self) -> u64 {
        match self {
            Int::Small(value) => u64::from(value.unsigned_abs().count_ones()),
            Int::Big(value) => value.magnitude().count_ones(),
        }
    }

    /// `self // other`, rounding towards negative infinity (`long_div`).
    pub fn floor_div(&self, other: &Int) -> Result<Int, NumberError> {
        self.divmod_with(other, NumberError::IntDivisionByZero)
            .map(|(quotient, _)| quotient)
    }

    /// `self % other`, with the sign of `other` (`long_mod`).
    pub fn modulo(&self, other: &Int) -> Result<Int, NumberError> {
        if let (Int::Small(a), Int::Small(b)) = (self, other) {
            if *b == 0 {
                return Err(NumberError::IntModuloByZero);
            }
            // `checked_rem` fails only for `i64::MIN % -1`, which is 0.
            let remainder = a.checked_rem(*b).unwrap_or(0);
            let adjust = remainder != 0 && (remainder < 0) != (*b < 0);
            return Ok(Int::Small(if adjust { remainder + b } else { remainder }));
        }
        self.divmod_with(other, NumberError::IntModuloByZero)
            .map(|(_, remainder)| remainder)
    }

    /// `divmod(self, other)`: the floor quotient and the remainder with the
    /// sign of `other` (`long_divmod`).
    pub fn divmod(&self, other: &Int) -> Result<(Int, Int), NumberError> {
        self.divmod_with(other, NumberError::IntDivisionByZero)
    }

    fn divmod_with(&self, other: &Int, zero: NumberError) -> Result<(Int, Int), NumberError> {
        if other.is_zero() {
            return Err(zero);
        }
        if let (Int::Small(a), Int::Small(b)) = (self, other) {
            // Only `i64::MIN / -1` overflows; it takes the big path.
            if let (Some(quotient), Some(remainder)) = (a.checked_div(*b), a.checked_rem(*b)) {
                return Ok(if remainder != 0 && (remainder < 0) != (*b < 0) {
                    (Int::Small(quotient - 1), Int::Small(remainder + b))
                } else {
                    (Int::Small(quotient), Int::Small(remainder))
                });
            }
        }
        let (quotient, remainder) = floor_divmod(&self.as_big(), &other.as_big());
        Ok((Int::from(quotient), Int::from(remainder)))
    }

    /// `self << count` (`long_lshift`): ValueError for a negative count;
    /// OverflowError ("too many digits in integer") when CPython's int could
    /// never hold the result, MemoryError when over [`MAX_INT_BITS`].
    pub fn lshift(&self, count: &Int) -> Result<Int, NumberError> {
        if count.is_negative() {
            return Err(NumberError::NegativeShiftCount);
        }
        if self.is_zero() {
            return Ok(Int::ZERO);
        }
        if let (Int::Small(value), Int::Small(count)) = (self, count) {
            if *count < 63 {
                let shifted = value << count;
                if shifted >> count == *value {
                    return Ok(Int::Small(shifted));
                }
            }
        }
        let count = check_lshift_size(self.bit_length(), count)?;
        Ok(Int::from(&*self.as_big() << count))
    }

    /// `self >> count` (`long_rshift`), rounding towards negative infinity;
    /// ValueError for a negative count.
    pub fn rshift(&self, count: &Int) -> Result<Int, NumberError> {
        if count.is_negative() {
            return Err(NumberError::NegativeShiftCount);
        }
        Ok(match (self, count) {
            (Int::Small(value), Int::Small(count)) => Int::Small(value >> (*count).min(63)),
            (Int::Big(value), Int::Small(count)) if (*count as u64) < value.bits() => {
                Int::from(value >> *count as u64)
            }
            // Every bit shifted out: 0, or -1 for a negative value.
            _ => Int::Small(if self.is_negative() { -1 } else { 0 }),
        })
    }
}

/// CPython's `PY_SSIZE_T_MAX / sizeof(digit)`: where `divmod_shift` clips
/// the word count of a shift.
const CLIPPED_WORD_SHIFT: u128 = (i64::MAX as u128) / 4;

/// CPython's `MAX_LONG_DIGITS`: the most 30-bit digits an int may have
/// on a 64-bit build (`_PyLong_New` raises OverflowError above it).
const MAX_LONG_DIGITS: u128 = (i64::MAX as u128 - 24) / 4;

/// Checks a left shift of a `bits`-bit value by `count` (not negative) as
/// CPython's `long_lshift` would size it, and returns the count.
fn check_lshift_size(bits: u64, count: &Int) -> Result<u64, NumberError> {
    // As `divmod_shift` and `long_lshift1`: 30-bit digits, the word shift
    // clipped so that absurd counts fail in `_PyLong_New`.
    let (mut words, mut rest) = match count {
        Int::Small(count) => (*count as u128 / 30, *count as u128 % 30),
        Int::Big(count) => {
            let words = count / 30u32;
            let rest = (count % 30u32).to_u128().unwrap_or(0);
            (words.to_u128().unwrap_or(u128::MAX), rest)
        }
    };
    if words >= CLIPPED_WORD_SHIFT {
        words = CLIPPED_WORD_SHIFT;
        rest = 0;
    }
    let new_digits = u128::from(bits.div_ceil(30)) + words + u128::from(rest != 0);
    if new_digits > MAX_LONG_DIGITS {
        return Err(NumberError::TooManyDigits);
    }
    match count.to_i64() {
        Some(count) if bits + count as u64 <= MAX_INT_BITS => Ok(count as u64),
        _ => Err(NumberError::OutOfMemory),
    }
}

/// Python's `divmod` on big ints: the truncating quotient, moved down by
/// one when the remainder's sign differs from the divisor's.
pub(super) fn floor_divmod(a: &BigInt, b: &BigInt) -> (BigInt, BigInt) {
    let mut quotient = a / b;
    let mut remainder = a % b;
    if !remainder.is_zero() && remainder.is_negative() != b.is_negative() {
        quotient -= 1;
        remainder += b;
    }
    (quotient, remainder)
}

impl From<i64> for Int {
    fn from(value: i64) -> Int {
        Int::Small(value)
    }
}

impl From<i32> for Int {
    fn from(value: i32) -> Int {
        Int::Small(i64::from(value))
    }
}

impl From<u32> for Int {
    fn from(value: u32) -> Int {
        Int::Small(i64::from(value))
    }
}

impl From<usize> for Int {
    fn from(value: usize) -> Int {
        Int::from(value as u64)
    }
}

impl From<u64> for Int {
    fn from(value: u64) -> Int {
        i64::try_from(value).map_or_else(|_| Int::Big(BigInt::from(value)), Int::Small)
    }
}

impl From<bool> for Int {
    /// `True` is 1 and `False` is 0, in every arithmetic operation.
    fn from(value: bool) -> Int {
        Int::Small(i64::from(value))
    }
}

impl From<BigInt> for Int {
    /// Normalises: `Small` when the value fits in an `i64`.
    fn from(value: BigInt) -> Int {
        value.to_i64().map_or(Int::Big(value), Int::Small)
    }
}

impl From<&BigInt> for Int {
    fn from(value: &BigInt) -> Int {
        value
            .to_i64()
            .map_or_else(|| Int::Big(value.clone()), Int::Small)
    }
}

impl Ord for Int {
    fn cmp(&self, other: &Int) -> Ordering {
        match (self, other) {
            (Int::Small(a), Int::Small(b)) => a.cmp(b),
            (Int::Big(a), Int::Big(b)) => a.cmp(b),
            // A big value lies beyond every small one, on its sign's side.
            (Int::Small(_), Int::Big(b)) => {
                if b.sign() == Sign::Minus {
                    Ordering::Greater
                } else {
                    Ordering::Less
                }
            }
            (Int::Big(a), Int::Small(_)) => {
                if a.sign() == Sign::Minus {
                    Ordering::Less
                } else {
                    Ordering::Greater
                }
            }
        }
    }
}

impl PartialOrd for Int {
    fn partial_cmp(&self, other: &Int) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for Int {
    /// Decimal, with no digit limit (see [`Int::to_decimal_string`] for
    /// `str(int)` with `sys.get_int_max_str_digits()`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Int::Small(value) => fmt::Display::fmt(value, f),
            Int::Big(value) => fmt::Display::fmt(value, f),
        }
    }
}

/// Implements a binary operator that cannot fail: the `i64` operation
/// when it does not overflow, else the `BigInt` one.
macro_rules! binary_operator {
    ($trait:ident, $method:ident, $small:expr) => {
        impl $trait<&Int> for &Int {
            type Output = Int;

            fn $method(self, other: &Int) -> Int {
                if let (Int::Small(a), Int::Small(b)) = (self, other) {
                    let small: fn(i64, i64) -> Option<i64> = $small;
                    if let Some(result) = small(*a, *b) {
                        return Int::Small(result);
                    }
                }
                Int::from($trait::$method(&*self.as_big(), &*other.as_big()))
            }
        }

        impl $trait<Int> for Int {
            type Output = Int;

            fn $method(self, other: Int) -> Int {
                $trait::$method(&self, &other)
            }
        }
    };
}

binary_operator!(Add, add, i64::checked_add);
binary_operator!(Sub, sub, i64::checked_sub);
binary_operator!(Mul, mul, i64::checked_mul);
binary_operator!(BitAnd, bitand, |a, b| Some(a & b));
binary_operator!(BitOr, bitor, |a, b| Some(a | b));
binary_operator!(BitXor, bitxor, |a, b| Some(a ^ b));

impl Neg for &Int {
    type Output = Int;

    /// `-self`.
    fn neg(self) -> Int {
        match self {
            Int::Small(value) => value
                .checked_neg()
                .map_or_else(|| Int::from(-BigInt::from(*value)), Int::Small),
            Int::Big(value) => Int::from(-value),
        }
    }
}

impl Neg for Int {
    type Output = Int;

    fn neg(self) -> Int {
        -&self
    }
}

impl Not for &Int {
    type Output = Int;

    /// `~self`, that is `-self - 1`.
    fn not(self) -> Int {
        match self {
            Int::Small(value) => Int::Small(!value),
            Int::Big(value) => Int::from(!value),
        }
    }
}

impl Not for Int {
    type Output = Int;

    fn not(self) -> Int {
        !&self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(text: &str) -> Int {
        Int::from(text.parse::<BigInt>().unwrap())
    }

    #[test]
    fn normalises_and_orders() {
        assert_eq!(Int::from(BigInt::from(5)), Int::Small(5));
        assert!(matches!(int("9223372036854775808"), Int::Big(_)));
        assert_eq!(
            &int("9223372036854775808") - &Int::ONE,
            Int::Small(i64::MAX)
        );
        assert!(int("-9223372036854775809") < Int::Small(i64::MIN));
        assert!(int("9223372036854775808") > Int::Small(i64::MAX));
        assert_eq!(-&Int::Small(i64::MIN), int("9223372036854775808"));
        assert_eq!(Int::Small(i64::MIN).abs(), int("9223372036854775808"));
    }

    #[test]
    fn division_follows_the_divisor() {
        for (a, b, q, r) in [
            (7, 2, 3, 1),
            (-7, 2, -4, 1),
            (7, -2, -4, -1),
            (-7, -2, 3, -1),
        ] {
            let (a, b) = (Int::from(a), Int::from(b));
            assert_eq!(a.divmod(&b), Ok((Int::from(q), Int::from(r))));
            assert_eq!(a.modulo(&b), Ok(Int::from(r)));
        }
        let min = Int::Small(i64::MIN);
        assert_eq!(
            min.floor_div(&Int::from(-1)),
            Ok(int("9223372036854775808"))
        );
        assert_eq!(min.modulo(&Int::from(-1)), Ok(Int::ZERO));
        assert_eq!(
            min.floor_div(&Int::ZERO),
            Err(NumberError::IntDivisionByZero)
        );
        assert_eq!(min.modulo(&Int::ZERO), Err(NumberError::IntModuloByZero));
    }

    #[test]
    fn shifts() {
        let five = Int::from(-5);
        assert_eq!(five.rshift(&Int::ONE), Ok(Int::from(-3)));
        assert_eq!(
            five.rshift(&int("100000000000000000000")),
            Ok(Int::from(-1))
        );
        assert_eq!(
            five.rshift(&Int::from(-1)),
            Err(NumberError::NegativeShiftCount)
        );
        assert_eq!(
            Int::ONE.lshift(&Int::from(63)),
            Ok(int("9223372036854775808"))
        );
        assert_eq!(
            Int::from(-1).lshift(&Int::from(63)),
            Ok(Int::Small(i64::MIN))
        );
        assert_eq!(
            Int::ONE.lshift(&int("4611686018427387904")),
            Err(NumberError::OutOfMemory)
        );
        let huge = int("1180591620717411303424"); // 2**70
        assert_eq!(Int::ONE.lshift(&huge), Err(NumberError::TooManyDigits));
        assert_eq!(Int::ZERO.lshift(&huge), Ok(Int::ZERO));
    }
}
