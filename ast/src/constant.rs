//! The values an `ast.Constant` (and `MatchSingleton`) can hold, and their
//! Python `repr()`.

use pyvm_source::{
    python_bytes_repr, python_code_points_repr, python_complex_repr, python_float_repr,
    python_frozenset_repr, python_str_repr, python_tuple_repr,
};
use serde::{Deserialize, Serialize};

pub use pyvm_source::Int;

use crate::json::{float_serde, int_serde};

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
    #[serde(with = "int_serde")]
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
                python_tuple_repr(&items.iter().map(Constant::repr).collect::<Vec<_>>())
            }
            Constant::FrozenSet(items) => {
                python_frozenset_repr(&items.iter().map(Constant::repr).collect::<Vec<_>>())
            }
        }
    }
}
