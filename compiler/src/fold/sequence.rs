//! Operations on `str`, `bytes` and `tuple` constants: concatenation,
//! repetition and indexing (`sq_concat`, `sq_repeat`, `sq_item`).

use num_bigint::BigInt;
use num_traits::ToPrimitive;
use pyvm_ast::{Constant, Int};

use super::value::{code_points, str_from_code_points};

/// The length of a sized constant (`str` in code points).
pub(super) fn len(value: &Constant) -> Option<usize> {
    match value {
        Constant::Str(text) => Some(text.chars().count()),
        Constant::StrWithSurrogates(code_points) => Some(code_points.len()),
        Constant::Bytes(bytes) => Some(bytes.len()),
        Constant::Tuple(items) | Constant::FrozenSet(items) => Some(items.len()),
        _ => None,
    }
}

/// `a + b` on two sequences of the same type.
pub(super) fn concat(a: &Constant, b: &Constant) -> Option<Constant> {
    match (a, b) {
        (Constant::Str(a), Constant::Str(b)) => Some(Constant::Str(format!("{a}{b}"))),
        (Constant::Bytes(a), Constant::Bytes(b)) => Some(Constant::Bytes([&a[..], b].concat())),
        (Constant::Tuple(a), Constant::Tuple(b)) => Some(Constant::Tuple([&a[..], b].concat())),
        _ => {
            let mut joined = code_points(a)?;
            joined.extend(code_points(b)?);
            Some(str_from_code_points(joined))
        }
    }
}

/// `sequence * count`: empty for a count below 1; `None` for a count
/// beyond `Py_ssize_t` (OverflowError) or a type that cannot repeat.
///
/// The caller bounds the result's size (`safe_multiply`).
pub(super) fn repeat(sequence: &Constant, count: &BigInt) -> Option<Constant> {
    let count = usize::try_from(count.to_i64()?.max(0)).ok()?;
    match sequence {
        Constant::Str(text) => Some(Constant::Str(text.repeat(count))),
        Constant::StrWithSurrogates(code_points) => {
            Some(Constant::StrWithSurrogates(code_points.repeat(count)))
        }
        Constant::Bytes(bytes) => Some(Constant::Bytes(bytes.repeat(count))),
        // `Constant` is not `Copy`, so no `slice::repeat`; an empty tuple
        // repeats to itself at once, however large the count.
        Constant::Tuple(items) if items.is_empty() => Some(Constant::Tuple(Vec::new())),
        Constant::Tuple(items) => Some(Constant::Tuple(
            (0..count).flat_map(|_| items.iter().cloned()).collect(),
        )),
        _ => None,
    }
}

/// `sequence[index]` for an integer index, negative counting from the
/// end; `None` when out of range (IndexError) or not subscriptable by an
/// int.
pub(super) fn item(sequence: &Constant, index: &BigInt) -> Option<Constant> {
    let length = len(sequence)?;
    let index = index.to_i64()?;
    let position = if index < 0 {
        index.checked_add(i64::try_from(length).ok()?)?
    } else {
        index
    };
    let position = usize::try_from(position).ok().filter(|&p| p < length)?;
    match sequence {
        Constant::Str(text) => text
            .chars()
            .nth(position)
            .map(|c| Constant::Str(c.to_string())),
        Constant::StrWithSurrogates(code_points) => {
            Some(str_from_code_points(vec![code_points[position]]))
        }
        Constant::Bytes(bytes) => Some(Constant::Int(Int::Small(i64::from(bytes[position])))),
        Constant::Tuple(items) => Some(items[position].clone()),
        // A frozenset has a length but no items.
        _ => None,
    }
}
