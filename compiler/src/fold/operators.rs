//! The operations the optimiser evaluates on constants, with the limits
//! that keep it from building huge values (CPython's `fold_unaryop`,
//! `fold_binop`, `fold_subscr` and the `safe_*` functions of
//! `Python/ast_opt.c`).
//!
//! Every function returns `None` when CPython leaves the expression alone:
//! the operation would raise (the error then happens at run time, as the
//! program wrote it), or its result would exceed a limit.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use pyvm_ast::{Constant, Operator, UnaryOp};

use super::number::{self, Num};
use super::sequence;
use super::value::{contains, frozenset, is_true};

/// The largest `int` result, in bits, that `*`, `**` and `<<` may build.
pub const MAX_INT_SIZE: u64 = 128;
/// The longest `tuple` (or `frozenset`) that `*` may build.
pub const MAX_COLLECTION_SIZE: usize = 256;
/// The longest `str` or `bytes` that `*` may build.
pub const MAX_STR_SIZE: usize = 4096;
/// The most items, counting those of nested tuples and frozensets, that a
/// `tuple * int` may build.
pub const MAX_TOTAL_ITEMS: usize = 1024;

/// `op operand` on a constant, as CPython's `fold_unaryop` evaluates it;
/// `None` when not folded (`-"a"`, `~1.5`).
///
/// ```
/// use pyvm_ast::{Constant, Int, UnaryOp};
/// use pyvm_compiler::fold::unary_op;
///
/// assert_eq!(unary_op(UnaryOp::Invert, &Constant::Bool(true)), Some(Constant::Int(Int::Small(-2))));
/// assert_eq!(unary_op(UnaryOp::Not, &Constant::Tuple(vec![])), Some(Constant::Bool(true)));
/// assert_eq!(unary_op(UnaryOp::USub, &Constant::Str("a".into())), None);
/// ```
pub fn unary_op(op: UnaryOp, operand: &Constant) -> Option<Constant> {
    if op == UnaryOp::Not {
        return Some(Constant::Bool(!is_true(operand)));
    }
    let value = Num::from_constant(operand)?;
    let result = match (op, value) {
        (UnaryOp::Invert, Num::Int(value)) => Num::Int(-(value + 1u8)),
        (UnaryOp::Invert, _) => return None,
        // `+True` is the int 1.
        (UnaryOp::UAdd, value) => value,
        (UnaryOp::USub, value) => number::negative(value),
        (UnaryOp::Not, _) => unreachable!("handled above"),
    };
    Some(result.into_constant())
}

/// `left op right` on constants, as CPython's `fold_binop` evaluates it
/// (`safe_multiply`, `safe_power`, `safe_lshift` and `safe_mod` for `*`,
/// `**`, `<<` and `%`); `None` when not folded.
///
/// ```
/// use pyvm_ast::{Constant, Int, Operator};
/// use pyvm_compiler::fold::binary_op;
///
/// let int = |n| Constant::Int(Int::Small(n));
/// assert_eq!(binary_op(Operator::Pow, &int(2), &int(-1)), Some(Constant::Float(0.5)));
/// // 2**65 has more than MAX_INT_SIZE bits by CPython's estimate.
/// assert_eq!(binary_op(Operator::Pow, &int(2), &int(65)), None);
/// assert_eq!(binary_op(Operator::FloorDiv, &int(1), &int(0)), None);
/// ```
pub fn binary_op(op: Operator, left: &Constant, right: &Constant) -> Option<Constant> {
    match op {
        Operator::Add => sequence::concat(left, right).or_else(|| numeric(op, left, right)),
        Operator::Mult => safe_multiply(left, right),
        Operator::Mod => safe_mod(left, right),
        Operator::Pow => safe_power(left, right),
        Operator::LShift => safe_lshift(left, right),
        Operator::Sub | Operator::BitAnd | Operator::BitOr | Operator::BitXor => {
            bitwise_or_difference(op, left, right)
        }
        Operator::Div | Operator::FloorDiv | Operator::RShift => numeric(op, left, right),
        // No constant type implements `@`.
        Operator::MatMult => None,
    }
}

/// `value[index]` on constants (`PyObject_GetItem`, as `fold_subscr`
/// calls it): an int index into a `str`, `bytes` or `tuple`; `None` when
/// not folded.
///
/// ```
/// use pyvm_ast::{Constant, Int};
/// use pyvm_compiler::fold::subscript;
///
/// let abc = Constant::Str("abc".into());
/// assert_eq!(subscript(&abc, &Constant::Int(Int::Small(-1))), Some(Constant::Str("c".into())));
/// assert_eq!(subscript(&abc, &Constant::Int(Int::Small(3))), None);
/// ```
pub fn subscript(value: &Constant, index: &Constant) -> Option<Constant> {
    sequence::item(value, &as_int(index)?)
}

/// An `int` or `bool` constant's value (what `PyLong_Check` accepts).
fn as_int(value: &Constant) -> Option<BigInt> {
    match value {
        Constant::Bool(value) => Some(BigInt::from(*value as u8)),
        Constant::Int(value) => Some(value.to_bigint()),
        _ => None,
    }
}

/// An operation on two numbers.
fn numeric(op: Operator, left: &Constant, right: &Constant) -> Option<Constant> {
    let left = Num::from_constant(left)?;
    let right = Num::from_constant(right)?;
    number::binary(op, &left, &right).map(Num::into_constant)
}

/// `-`, `&`, `|`, `^`: on two bools a bool, on two frozensets the set
/// operation, else on numbers.
fn bitwise_or_difference(op: Operator, left: &Constant, right: &Constant) -> Option<Constant> {
    match (left, right) {
        (Constant::Bool(a), Constant::Bool(b)) if op != Operator::Sub => {
            Some(Constant::Bool(match op {
                Operator::BitAnd => a & b,
                Operator::BitOr => a | b,
                _ => a ^ b,
            }))
        }
        (Constant::FrozenSet(a), Constant::FrozenSet(b)) => {
            Some(Constant::FrozenSet(set_operation(op, a, b)))
        }
        _ => numeric(op, left, right),
    }
}

/// `a op b` on frozensets, keeping members in the order CPython's
/// `set_difference`, `set_intersection`, `set_union` and
/// `set_symmetric_difference` insert them.
fn set_operation(op: Operator, a: &[Constant], b: &[Constant]) -> Vec<Constant> {
    match op {
        Operator::Sub => a.iter().filter(|x| !contains(b, x)).cloned().collect(),
        Operator::BitAnd => {
            // Iterates the smaller set, keeping its members.
            let (small, large) = if b.len() > a.len() { (a, b) } else { (b, a) };
            small
                .iter()
                .filter(|x| contains(large, x))
                .cloned()
                .collect()
        }
        Operator::BitOr => frozenset(a.iter().chain(b).cloned().collect()),
        _ => {
            let mut members: Vec<Constant> =
                a.iter().filter(|x| !contains(b, x)).cloned().collect();
            members.extend(b.iter().filter(|x| !contains(a, x)).cloned());
            members
        }
    }
}

/// CPython's `check_complexity`: `limit` less the number of items in
/// `value`, counting the items of nested tuples and frozensets; negative
/// once the limit is exceeded (the walk stops there).
pub(super) fn check_complexity(value: &Constant, mut limit: i64) -> i64 {
    if let Constant::Tuple(items) | Constant::FrozenSet(items) = value {
        limit -= items.len() as i64;
        for item in items {
            if limit < 0 {
                break;
            }
            limit = check_complexity(item, limit);
        }
    }
    limit
}

/// `PyLong_AsLong`: the value when it fits a C long, else (OverflowError)
/// `None`.
fn as_long(value: &BigInt) -> Option<i64> {
    value.to_i64()
}

/// CPython's `safe_multiply`.
fn safe_multiply(left: &Constant, right: &Constant) -> Option<Constant> {
    let within_limits = match (as_int(left), as_int(right)) {
        (Some(a), Some(b)) => a.is_zero() || b.is_zero() || a.bits() + b.bits() <= MAX_INT_SIZE,
        (Some(count), None) => repeat_within_limits(right, &count),
        (None, Some(count)) => repeat_within_limits(left, &count),
        (None, None) => true,
    };
    if !within_limits {
        return None;
    }
    match (as_int(left), as_int(right)) {
        (Some(count), None) if sequence::len(right).is_some() => sequence::repeat(right, &count),
        (None, Some(count)) if sequence::len(left).is_some() => sequence::repeat(left, &count),
        _ => numeric(Operator::Mult, left, right),
    }
}

/// Whether `sequence * count` stays within the limits: at most
/// MAX_COLLECTION_SIZE items (and MAX_TOTAL_ITEMS nested) for a tuple or
/// frozenset, MAX_STR_SIZE for a `str` or `bytes`. A negative count is
/// refused unless the sequence is empty; other operands pass.
fn repeat_within_limits(sequence: &Constant, count: &BigInt) -> bool {
    let (size, max, collection) = match sequence {
        Constant::Tuple(items) | Constant::FrozenSet(items) => {
            (items.len(), MAX_COLLECTION_SIZE, true)
        }
        Constant::Str(_) | Constant::StrWithSurrogates(_) | Constant::Bytes(_) => {
            (sequence::len(sequence).unwrap_or(0), MAX_STR_SIZE, false)
        }
        _ => return true,
    };
    if size == 0 {
        return true;
    }
    let Some(n) = as_long(count).filter(|&n| n >= 0) else {
        return false;
    };
    if n > (max / size) as i64 {
        return false;
    }
    !(collection && n != 0 && check_complexity(sequence, MAX_TOTAL_ITEMS as i64 / n) < 0)
}

/// CPython's `safe_power`: `int ** int` only when the result has at most
/// about MAX_INT_SIZE bits (`bits(base) <= 128 / exponent`).
fn safe_power(left: &Constant, right: &Constant) -> Option<Constant> {
    if let (Some(base), Some(exponent)) = (as_int(left), as_int(right)) {
        if !base.is_zero() && exponent.is_positive() {
            // PyLong_AsSize_t: OverflowError beyond a size_t.
            let exponent_bits = exponent.to_u64()?;
            if base.bits() > MAX_INT_SIZE / exponent_bits {
                return None;
            }
        }
    }
    numeric(Operator::Pow, left, right)
}

/// CPython's `safe_lshift`: `int << int` only when the result has at most
/// MAX_INT_SIZE bits.
fn safe_lshift(left: &Constant, right: &Constant) -> Option<Constant> {
    if let (Some(value), Some(shift)) = (as_int(left), as_int(right)) {
        if !value.is_zero() && !shift.is_zero() {
            // PyLong_AsSize_t: a negative or huge count is an error.
            let shift = shift.to_u64()?;
            if shift > MAX_INT_SIZE || value.bits() > MAX_INT_SIZE - shift {
                return None;
            }
        }
    }
    numeric(Operator::LShift, left, right)
}

/// CPython's `safe_mod`: never `str % …` or `bytes % …` (formatting, whose
/// result size is unbounded); `str % (…)` with non-constant items is
/// rewritten into an f-string elsewhere (`format.rs`).
fn safe_mod(left: &Constant, right: &Constant) -> Option<Constant> {
    match left {
        Constant::Str(_) | Constant::StrWithSurrogates(_) | Constant::Bytes(_) => None,
        _ => numeric(Operator::Mod, left, right),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pyvm_ast::Int;

    fn int(value: i64) -> Constant {
        Constant::Int(Int::Small(value))
    }

    #[test]
    fn complexity_counts_nested_items() {
        let inner = Constant::Tuple(vec![int(1), int(2), int(3)]);
        let outer = Constant::Tuple(vec![inner.clone(), inner]);
        assert_eq!(check_complexity(&outer, 8), 0);
        assert!(check_complexity(&outer, 7) < 0);
        assert_eq!(check_complexity(&int(1), 5), 5);
    }

    #[test]
    fn bool_bitwise_stays_bool() {
        let t = Constant::Bool(true);
        let f = Constant::Bool(false);
        assert_eq!(
            binary_op(Operator::BitXor, &t, &f),
            Some(Constant::Bool(true))
        );
        assert_eq!(binary_op(Operator::Sub, &t, &f), Some(int(1)));
        assert_eq!(binary_op(Operator::BitAnd, &t, &int(3)), Some(int(1)));
    }
}
