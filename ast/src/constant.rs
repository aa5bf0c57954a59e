//! The values an `ast.Constant` (and `MatchSingleton`) can hold, and their
//! Python `repr()`.

use std::fmt;

use num_bigint::BigInt;
use pyvm_source::{
    python_bytes_repr, python_code_points_repr, python_complex_repr, python_float_repr,
    python_str_repr,
};
use serde::{Deserialize, Serialize};

use crate::json::float_serde;

/// The value of a constant: the Python types CPython's `ast.Constant.value`
/// may hold.
///
/// `ast.parse` only produces `None`, `Bool`, `Str`, `StrWithSurrogates`,
/// `Bytes`, `Int`, `Float`, `Complex` (imaginary literals: `real` is `0.0`)
/// and `Ellipsis`; `Tuple` and `FrozenSet` appear in constant-folded trees.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "_type", content = "value")]
pub enum Constant {
    /// `None`
    None,
    /// `True` or `False`.
    Bool(bool),
    /// A `str` whose characters are all Unicode scalar values.
    Str(String),
    /// A `str` holding lone surrogates (`'\ud800'`), which Rust's `String`
    /// cannot: one code point per element.
    StrWithSurrogates(Vec<u32>),
    /// A `bytes` value.
    Bytes(Vec<u8>),
    /// An `int`.
    Int(Int),
    /// A `float`.
    Float(#[serde(with = "float_serde")] f64),
    /// A `complex`.
    Complex {
        /// The real part.
        #[serde(with = "float_serde")]
        real: f64,
        /// The imaginary part.
        #[serde(with = "float_serde")]
        imag: f64,
    },
    /// `...`
    Ellipsis,
    /// A `tuple` of constants.
    Tuple(Vec<Constant>),
    /// A `frozenset` of constants, in the order they are stored.
    FrozenSet(Vec<Constant>),
}

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

impl Constant {
    /// Python's `repr()` of the value, as CPython 3.11 writes it (what
    /// `ast.dump` prints for `Constant(value=…)`).
    pub fn repr(&self) -> String {
        match self {
            Constant::None => "None".to_owned(),
            Constant::Bool(true) => "True".to_owned(),
            Constant::Bool(false) => "False".to_owned(),
            Constant::Str(text) => python_str_repr(text),
            Constant::StrWithSurrogates(code_points) => python_code_points_repr(code_points),
            Constant::Bytes(bytes) => python_bytes_repr(bytes),
            Constant::Int(value) => value.to_string(),
            Constant::Float(value) => python_float_repr(*value),
            Constant::Complex { real, imag } => python_complex_repr(*real, *imag),
            Constant::Ellipsis => "Ellipsis".to_owned(),
            Constant::Tuple(items) => {
                let items: Vec<String> = items.iter().map(Constant::repr).collect();
                if items.len() == 1 {
                    format!("({},)", items[0])
                } else {
                    format!("({})", items.join(", "))
                }
            }
            Constant::FrozenSet(items) if items.is_empty() => "frozenset()".to_owned(),
            Constant::FrozenSet(items) => {
                let items: Vec<String> = items.iter().map(Constant::repr).collect();
                format!("frozenset({{{}}})", items.join(", "))
            }
        }
    }
}
