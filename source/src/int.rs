//! Python's `int` as a value: the constants of the syntax tree and of code
//! objects hold it.

use std::fmt;

use num_bigint::BigInt;

/// A Python `int`: an `i64` when it fits, else a boxed big integer.
///
/// Keep it normalised (build big values with [`Int::from_bigint`]): `Big`
/// only holds values outside the `i64` range, so derived equality is value
/// equality.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Int {
    /// A value in the `i64` range.
    Small(i64),
    /// A value outside the `i64` range.
    Big(Box<BigInt>),
}

impl Int {
    /// `value` as an `Int`, `Small` when it fits in an `i64`.
    pub fn from_bigint(value: BigInt) -> Int {
        match i64::try_from(&value) {
            Ok(small) => Int::Small(small),
            Err(_) => Int::Big(Box::new(value)),
        }
    }

    /// The value as a big integer.
    pub fn to_bigint(&self) -> BigInt {
        match self {
            Int::Small(value) => BigInt::from(*value),
            Int::Big(value) => (**value).clone(),
        }
    }
}

impl From<i64> for Int {
    fn from(value: i64) -> Int {
        Int::Small(value)
    }
}

impl From<BigInt> for Int {
    fn from(value: BigInt) -> Int {
        Int::from_bigint(value)
    }
}

/// Decimal, as Python's `repr(int)`.
impl fmt::Display for Int {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Int::Small(value) => write!(f, "{value}"),
            Int::Big(value) => write!(f, "{value}"),
        }
    }
}
