//! Methods of `set` and `frozenset`.

use crate::exception_class::ExceptionClass;
use crate::objects::function::{Args, BuiltinKind};
use crate::ops::set::SetOp;
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

use super::Methods;

/// `set`'s methods.
pub(crate) const METHODS: Methods = &[
    ("__init__", init, BuiltinKind::Method),
    ("add", add, BuiltinKind::Method),
    ("discard", discard, BuiltinKind::Method),
    ("remove", remove, BuiltinKind::Method),
    ("pop", pop, BuiltinKind::Method),
    ("clear", clear, BuiltinKind::Method),
    ("update", update, BuiltinKind::Method),
    (
        "intersection_update",
        intersection_update,
        BuiltinKind::Method,
    ),
    ("difference_update", difference_update, BuiltinKind::Method),
    (
        "symmetric_difference_update",
        symmetric_difference_update,
        BuiltinKind::Method,
    ),
    ("copy", copy, BuiltinKind::Method),
    ("union", union, BuiltinKind::Method),
    ("intersection", intersection, BuiltinKind::Method),
    ("difference", difference, BuiltinKind::Method),
    (
        "symmetric_difference",
        symmetric_difference,
        BuiltinKind::Method,
    ),
    ("issubset", issubset, BuiltinKind::Method),
    ("issuperset", issuperset, BuiltinKind::Method),
    ("isdisjoint", isdisjoint, BuiltinKind::Method),
];

/// `frozenset`'s methods: those that do not change the set.
pub(crate) const FROZENSET_METHODS: Methods = &[
    ("copy", copy, BuiltinKind::Method),
    ("union", union, BuiltinKind::Method),
    ("intersection", intersection, BuiltinKind::Method),
    ("difference", difference, BuiltinKind::Method),
    (
        "symmetric_difference",
        symmetric_difference,
        BuiltinKind::Method,
    ),
    ("issubset", issubset, BuiltinKind::Method),
    ("issuperset", issuperset, BuiltinKind::Method),
    ("isdisjoint", isdisjoint, BuiltinKind::Method),
];

/// The receiver (a set or frozenset) and the other positional arguments,
/// after checking there are no keywords.
fn receiver<'a>(vm: &mut Vm, args: &Args<'a>, name: &str) -> PyResult<(ObjRef, &'a [Value])> {
    vm.no_keywords(format_args!("set.{name}"), args)?;
    let (set, rest) = vm.method_receiver(args, "set", name, |v| {
        v.object().is_some_and(|o| o.as_set().is_some())
    })?;
    Ok((set.as_object().expect("checked"), rest))
}

/// The receiver and its one argument.
fn receiver_and_one(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<(ObjRef, Value)> {
    let (set, rest) = receiver(vm, args, name)?;
    Ok((set, vm.exactly_one(format_args!("set.{name}"), rest)?))
}

/// `set.__init__(self, iterable=())`.
fn init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (set, rest) = receiver(vm, &args, "__init__")?;
    vm.check_positional("set", rest, 0, 1)?;
    set.as_set().expect("a set").borrow_mut().clear();
    if let [iterable] = rest {
        vm.set_extend(set, *iterable)?;
    }
    Ok(Value::None)
}

fn add(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (set, item) = receiver_and_one(vm, &args, "add")?;
    vm.set_add(Value::Obj(set), item)?;
    Ok(Value::None)
}

/// Removes `item` from `set`; whether it was there.
fn discard_item(vm: &mut Vm, set: ObjRef, item: Value) -> PyResult<bool> {
    let hash = vm.set_item_hash(item)?;
    let found = vm.set_find(set, item, hash)?;
    let table = set.as_set().expect("a set");
    Ok(found
        .and_then(|index| table.borrow_mut().remove(index))
        .is_some())
}

fn discard(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (set, item) = receiver_and_one(vm, &args, "discard")?;
    discard_item(vm, set, item)?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (set, item) = receiver_and_one(vm, &args, "remove")?;
    if !discard_item(vm, set, item)? {
        return Err(vm.key_error(item));
    }
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (set, rest) = receiver(vm, &args, "pop")?;
    vm.no_args("set.pop", rest)?;
    let removed = set.as_set().expect("a set").borrow_mut().pop();
    match removed {
        Some(key) => Ok(key.key),
        None => Err(vm.error(ExceptionClass::KeyError, "pop from an empty set")),
    }
}

fn clear(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (set, rest) = receiver(vm, &args, "clear")?;
    vm.no_args("set.clear", rest)?;
    set.as_set().expect("a set").borrow_mut().clear();
    Ok(Value::None)
}

/// Updates the receiver with each argument in turn.
fn update_each(vm: &mut Vm, args: &Args<'_>, name: &str, op: SetOp) -> PyResult<Value> {
    let (set, rest) = receiver(vm, args, name)?;
    for &other in rest {
        vm.set_update_with(set, other, op)?;
    }
    Ok(Value::None)
}

fn update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    update_each(vm, &args, "update", SetOp::Union)
}

fn intersection_update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    update_each(vm, &args, "intersection_update", SetOp::Intersection)
}

fn difference_update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    update_each(vm, &args, "difference_update", SetOp::Difference)
}

fn symmetric_difference_update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (set, other) = receiver_and_one(vm, &args, "symmetric_difference_update")?;
    vm.set_update_with(set, other, SetOp::SymmetricDifference)?;
    Ok(Value::None)
}

/// `set.<op>(*others)`: a new set, as CPython's `set_union`,
/// `set_intersection_multi` and `set_difference_multi` (a copy when there
/// are no others).
fn combine(vm: &mut Vm, args: &Args<'_>, name: &str, op: SetOp) -> PyResult<Value> {
    let (set, rest) = receiver(vm, args, name)?;
    let Some((&first, others)) = rest.split_first() else {
        return vm.set_copy(set).map(Value::Obj);
    };
    let mark = vm.roots.len();
    let result = (|| {
        let mut result = match op {
            SetOp::Union => {
                let result = vm.set_copy(set)?;
                vm.roots.push(Value::Obj(result));
                for &other in rest {
                    if other.as_object() != Some(set) {
                        vm.set_update_internal(result, other)?;
                    }
                }
                return Ok(result);
            }
            SetOp::Intersection => vm.set_intersection(set, first)?,
            _ => vm.set_difference(set, first)?,
        };
        vm.roots.push(Value::Obj(result));
        for &other in others {
            if op == SetOp::Intersection {
                result = vm.set_intersection(result, other)?;
                vm.roots.push(Value::Obj(result));
            } else {
                vm.set_difference_update_internal(result, other)?;
            }
        }
        Ok(result)
    })();
    vm.roots.truncate(mark);
    result.map(Value::Obj)
}

fn copy(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (set, rest) = receiver(vm, &args, "copy")?;
    let frozen = vm.is_subtype(set.class(), vm.types().frozenset);
    vm.no_args(if frozen { "frozenset.copy" } else { "set.copy" }, rest)?;
    if set.class() == vm.types().frozenset {
        return Ok(Value::Obj(set));
    }
    vm.set_copy(set).map(Value::Obj)
}

fn union(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    combine(vm, &args, "union", SetOp::Union)
}

fn intersection(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    combine(vm, &args, "intersection", SetOp::Intersection)
}

fn difference(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    combine(vm, &args, "difference", SetOp::Difference)
}

fn symmetric_difference(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (set, other) = receiver_and_one(vm, &args, "symmetric_difference")?;
    vm.set_operation(Value::Obj(set), other, SetOp::SymmetricDifference)
}

/// The receiver and its argument as a set (made from the iterable when
/// it is not one).
fn with_other_set(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<(ObjRef, ObjRef)> {
    let (set, other) = receiver_and_one(vm, args, name)?;
    let other = match other.as_object() {
        Some(object) if vm.is_set_like(other) => object,
        _ => vm.set_from_iterable(other, false)?,
    };
    Ok((set, other))
}

fn issubset(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (set, other) = with_other_set(vm, &args, "issubset")?;
    let mark = vm.root(Value::Obj(other));
    let result = vm.set_is_subset(set, other);
    vm.release_roots(mark);
    result.map(Value::bool)
}

fn issuperset(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (set, other) = with_other_set(vm, &args, "issuperset")?;
    let mark = vm.root(Value::Obj(other));
    let result = vm.set_is_subset(other, set);
    vm.release_roots(mark);
    result.map(Value::bool)
}

fn isdisjoint(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (set, other) = with_other_set(vm, &args, "isdisjoint")?;
    let mark = vm.root(Value::Obj(other));
    let common = vm.set_operation(Value::Obj(set), Value::Obj(other), SetOp::Intersection);
    vm.release_roots(mark);
    Ok(Value::bool(vm.len(common?)? == 0))
}
