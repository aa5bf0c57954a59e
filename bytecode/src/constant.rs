//! The values a code object's `co_consts` can hold, and their Python
//! `repr()`.

use std::hash::{Hash, Hasher};
use std::sync::Arc;

use pyvm_source::{
    python_bytes_repr, python_code_points_repr, python_complex_repr, python_float_repr,
    python_frozenset_repr, python_str_repr, python_tuple_repr,
};

use crate::code::CodeObject;

pub use pyvm_source::Int;

/// A constant: the types CPython's marshal writes into `co_consts`.
///
/// Equality is structural and exact, so a compiler can use constants as
/// the keys of its constant table, as CPython's `_PyCode_ConstantKey` does:
/// floats compare by their bits (`0.0 != -0.0`, `nan == nan`), different
/// types never compare equal (`1`, `1.0` and `True` are three constants),
/// and `FrozenSet` items compare in their stored order.
#[derive(Clone, Debug)]
pub enum Constant {
    /// `None`
    None,
    /// `True` or `False`.
    Bool(bool),
    /// An `int` of any size.
    Int(Int),
    /// A `float`.
    Float(f64),
    /// A `complex`.
    Complex {
        /// The real part.
        real: f64,
        /// The imaginary part.
        imag: f64,
    },
    /// A `str` whose characters are all Unicode scalar values.
    Str(String),
    /// A `str` holding lone surrogates (`'\ud800'`), which Rust's `String`
    /// cannot: one code point per element, at least one of them a
    /// surrogate.
    StrWithSurrogates(Vec<u32>),
    /// A `bytes` value.
    Bytes(Vec<u8>),
    /// A `tuple` of constants.
    Tuple(Vec<Constant>),
    /// A `frozenset` of constants, in the order they are stored.
    FrozenSet(Vec<Constant>),
    /// `...`
    Ellipsis,
    /// A nested code object: a function, class body, lambda or
    /// comprehension defined in this one.
    Code(Arc<CodeObject>),
}

impl Constant {
    /// Python's `repr()` of the value, as CPython 3.11 writes it. A code
    /// object shows the address of its allocation, as CPython shows its
    /// `id()`; [`Constant::repr_with`] chooses what to show instead.
    pub fn repr(&self) -> String {
        self.repr_with(&|code| code.repr_with_id(Arc::as_ptr(code) as usize))
    }

    /// Python's `repr()` of the value, with `code_repr` writing each code
    /// object (the disassembler numbers them so its output is the same on
    /// every run).
    pub fn repr_with(&self, code_repr: &dyn Fn(&Arc<CodeObject>) -> String) -> String {
        match self {
            Constant::None => "None".to_owned(),
            Constant::Bool(true) => "True".to_owned(),
            Constant::Bool(false) => "False".to_owned(),
            Constant::Int(value) => value.to_string(),
            Constant::Float(value) => python_float_repr(*value),
            Constant::Complex { real, imag } => python_complex_repr(*real, *imag),
            Constant::Str(text) => python_str_repr(text),
            Constant::StrWithSurrogates(code_points) => python_code_points_repr(code_points),
            Constant::Bytes(bytes) => python_bytes_repr(bytes),
            Constant::Tuple(items) => python_tuple_repr(
                &items
                    .iter()
                    .map(|item| item.repr_with(code_repr))
                    .collect::<Vec<_>>(),
            ),
            Constant::FrozenSet(items) => python_frozenset_repr(
                &items
                    .iter()
                    .map(|item| item.repr_with(code_repr))
                    .collect::<Vec<_>>(),
            ),
            Constant::Ellipsis => "Ellipsis".to_owned(),
            Constant::Code(code) => code_repr(code),
        }
    }
}

impl PartialEq for Constant {
    fn eq(&self, other: &Constant) -> bool {
        match (self, other) {
            (Constant::None, Constant::None) => true,
            (Constant::Bool(a), Constant::Bool(b)) => a == b,
            (Constant::Int(a), Constant::Int(b)) => a == b,
            (Constant::Float(a), Constant::Float(b)) => a.to_bits() == b.to_bits(),
            (
                Constant::Complex { real, imag },
                Constant::Complex {
                    real: other_real,
                    imag: other_imag,
                },
            ) => real.to_bits() == other_real.to_bits() && imag.to_bits() == other_imag.to_bits(),
            (Constant::Str(a), Constant::Str(b)) => a == b,
            (Constant::StrWithSurrogates(a), Constant::StrWithSurrogates(b)) => a == b,
            (Constant::Bytes(a), Constant::Bytes(b)) => a == b,
            (Constant::Tuple(a), Constant::Tuple(b)) => a == b,
            (Constant::FrozenSet(a), Constant::FrozenSet(b)) => a == b,
            (Constant::Ellipsis, Constant::Ellipsis) => true,
            (Constant::Code(a), Constant::Code(b)) => Arc::ptr_eq(a, b) || a == b,
            _ => false,
        }
    }
}

/// Bitwise float equality is reflexive, so the equality is total.
impl Eq for Constant {}

impl Hash for Constant {
    fn hash<H: Hasher>(&self, state: &mut H) {
        std::mem::discriminant(self).hash(state);
        match self {
            Constant::None | Constant::Ellipsis => {}
            Constant::Bool(value) => value.hash(state),
            Constant::Int(value) => value.hash(state),
            Constant::Float(value) => value.to_bits().hash(state),
            Constant::Complex { real, imag } => {
                real.to_bits().hash(state);
                imag.to_bits().hash(state);
            }
            Constant::Str(text) => text.hash(state),
            Constant::StrWithSurrogates(code_points) => code_points.hash(state),
            Constant::Bytes(bytes) => bytes.hash(state),
            Constant::Tuple(items) | Constant::FrozenSet(items) => items.hash(state),
            // Equal code objects have equal names and lines; hashing the
            // whole tree would cost a walk of every nested function.
            Constant::Code(code) => {
                code.name.hash(state);
                code.firstlineno.hash(state);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use num_bigint::BigInt;

    use super::*;

    #[test]
    fn reprs_match_cpython() {
        let cases = [
            (Constant::None, "None"),
            (Constant::Bool(false), "False"),
            (Constant::Int(Int::Small(-3)), "-3"),
            (
                Constant::Int(Int::from_bigint(BigInt::from(10).pow(30))),
                "1000000000000000000000000000000",
            ),
            (Constant::Float(-0.0), "-0.0"),
            (Constant::Float(1e16), "1e+16"),
            (
                Constant::Complex {
                    real: 0.0,
                    imag: 2.0,
                },
                "2j",
            ),
            (
                Constant::Complex {
                    real: 1.0,
                    imag: -2.0,
                },
                "(1-2j)",
            ),
            (Constant::Str("it's".into()), "\"it's\""),
            (
                Constant::StrWithSurrogates(vec![0x61, 0xD800]),
                "'a\\ud800'",
            ),
            (Constant::Bytes(b"x\0".to_vec()), "b'x\\x00'"),
            (Constant::Tuple(vec![Constant::Int(Int::Small(1))]), "(1,)"),
            (Constant::Tuple(vec![]), "()"),
            (Constant::FrozenSet(vec![]), "frozenset()"),
            (
                Constant::FrozenSet(vec![Constant::Str("a".into()), Constant::None]),
                "frozenset({'a', None})",
            ),
            (Constant::Ellipsis, "Ellipsis"),
        ];
        for (constant, expected) in cases {
            assert_eq!(constant.repr(), expected);
        }
    }

    #[test]
    fn code_repr_shows_an_address_or_the_given_id() {
        let code = Constant::Code(Arc::new(CodeObject::new("f", "x.py", 3)));
        let repr = code.repr();
        assert!(repr.starts_with("<code object f at 0x"), "{repr}");
        assert!(repr.ends_with(", file \"x.py\", line 3>"), "{repr}");
        let tuple = Constant::Tuple(vec![code]);
        assert_eq!(
            tuple.repr_with(&|code| code.repr_with_id(7)),
            "(<code object f at 0x7, file \"x.py\", line 3>,)"
        );
    }

    #[test]
    fn equality_is_exact() {
        assert_eq!(Constant::Float(f64::NAN), Constant::Float(f64::NAN));
        assert_ne!(Constant::Float(0.0), Constant::Float(-0.0));
        assert_ne!(Constant::Int(Int::Small(1)), Constant::Float(1.0));
        assert_ne!(Constant::Int(Int::Small(1)), Constant::Bool(true));
        let a = Arc::new(CodeObject::new("f", "x.py", 3));
        let b = Arc::new(CodeObject::new("f", "x.py", 3));
        assert_eq!(Constant::Code(a), Constant::Code(b.clone()));
        assert_ne!(
            Constant::Code(b),
            Constant::Code(Arc::new(CodeObject::new("g", "x.py", 3)))
        );
    }

    #[test]
    fn constants_work_as_table_keys() {
        let keys: HashSet<Constant> = [
            Constant::Float(0.0),
            Constant::Float(-0.0),
            Constant::Float(0.0),
            Constant::Int(Int::Small(0)),
            Constant::Bool(false),
        ]
        .into_iter()
        .collect();
        assert_eq!(keys.len(), 4);
    }

    #[test]
    fn ints_normalise() {
        assert_eq!(Int::from_bigint(BigInt::from(5)), Int::Small(5));
        let big = BigInt::from(i64::MAX) + BigInt::from(1);
        assert!(matches!(Int::from_bigint(big.clone()), Int::Big(_)));
        assert_eq!(Int::from(big.clone()).to_bigint(), big);
    }
}
