//! Constants seen as Python values: truth, equality, `str` as code points,
//! and the `frozenset`s that `in {…}` and `for … in {…}` fold into.

use num_bigint::BigInt;
use num_traits::FromPrimitive;
use pyvm_ast::Constant;

use super::number::Num;

/// `bool(value)` (`PyObject_IsTrue`).
pub(super) fn is_true(value: &Constant) -> bool {
    match value {
        Constant::None => false,
        Constant::Bool(value) => *value,
        Constant::Str(text) => !text.is_empty(),
        Constant::StrWithSurrogates(code_points) => !code_points.is_empty(),
        Constant::Bytes(bytes) => !bytes.is_empty(),
        Constant::Int(value) => *value != pyvm_ast::Int::Small(0),
        // NaN is true.
        Constant::Float(value) => *value != 0.0,
        Constant::Complex { real, imag } => *real != 0.0 || *imag != 0.0,
        Constant::Ellipsis => true,
        Constant::Tuple(items) | Constant::FrozenSet(items) => !items.is_empty(),
    }
}

/// `a == b` as a set compares its members (the two values are distinct
/// objects, so a NaN equals nothing).
pub(super) fn python_eq(a: &Constant, b: &Constant) -> bool {
    match (a, b) {
        (Constant::None, Constant::None) | (Constant::Ellipsis, Constant::Ellipsis) => true,
        (Constant::Bytes(a), Constant::Bytes(b)) => a == b,
        (Constant::Tuple(a), Constant::Tuple(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(a, b)| python_eq(a, b))
        }
        (Constant::FrozenSet(a), Constant::FrozenSet(b)) => {
            a.len() == b.len() && a.iter().all(|item| contains(b, item))
        }
        _ => {
            if let (Some(a), Some(b)) = (code_points(a), code_points(b)) {
                return a == b;
            }
            match (Num::from_constant(a), Num::from_constant(b)) {
                (Some(a), Some(b)) => numbers_equal(&a, &b),
                _ => false,
            }
        }
    }
}

/// `a == b` across `int`, `float` and `complex`: exact, as CPython
/// compares an int with a float without rounding either.
fn numbers_equal(a: &Num, b: &Num) -> bool {
    match (a, b) {
        (Num::Int(a), Num::Int(b)) => a == b,
        (Num::Int(a), Num::Float(b)) | (Num::Float(b), Num::Int(a)) => int_equals_float(a, *b),
        (Num::Float(a), Num::Float(b)) => a == b,
        (Num::Complex(a), Num::Complex(b)) => a.re == b.re && a.im == b.im,
        (Num::Complex(c), Num::Float(x)) | (Num::Float(x), Num::Complex(c)) => {
            c.im == 0.0 && c.re == *x
        }
        (Num::Complex(c), Num::Int(n)) | (Num::Int(n), Num::Complex(c)) => {
            c.im == 0.0 && int_equals_float(n, c.re)
        }
    }
}

fn int_equals_float(int: &BigInt, float: f64) -> bool {
    float.is_finite() && float.fract() == 0.0 && BigInt::from_f64(float).as_ref() == Some(int)
}

/// Whether `items` holds a member equal to `item`.
pub(super) fn contains(items: &[Constant], item: &Constant) -> bool {
    items.iter().any(|member| python_eq(member, item))
}

/// The members of `frozenset(items)`: duplicates dropped, the first of
/// equal values kept (as a set keeps the value first inserted:
/// `{1, 1.0}` is `{1}`), in insertion order.
pub(super) fn frozenset(items: Vec<Constant>) -> Vec<Constant> {
    let mut members: Vec<Constant> = Vec::with_capacity(items.len());
    for item in items {
        if !contains(&members, &item) {
            members.push(item);
        }
    }
    members
}

/// The code points of a `str` constant.
pub(super) fn code_points(value: &Constant) -> Option<Vec<u32>> {
    match value {
        Constant::Str(text) => Some(text.chars().map(u32::from).collect()),
        Constant::StrWithSurrogates(code_points) => Some(code_points.clone()),
        _ => None,
    }
}

/// A `str` constant from code points: `Str` unless it holds a lone
/// surrogate.
pub(super) fn str_from_code_points(code_points: Vec<u32>) -> Constant {
    match code_points
        .iter()
        .map(|&c| char::from_u32(c))
        .collect::<Option<String>>()
    {
        Some(text) => Constant::Str(text),
        None => Constant::StrWithSurrogates(code_points),
    }
}

/// Whether the constant is a `str`.
pub(super) fn is_str(value: &Constant) -> bool {
    matches!(value, Constant::Str(_) | Constant::StrWithSurrogates(_))
}
