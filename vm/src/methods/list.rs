//! Methods of `list` and `tuple`.

use crate::exception_class::ExceptionClass;
use crate::objects::function::{Args, BuiltinKind};
use crate::ops::container::sequence_item;
use crate::ops::index::{insert_position, item_position};
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

use super::Methods;

/// `list`'s methods.
pub(crate) const METHODS: Methods = &[
    ("__init__", init, BuiltinKind::Method),
    ("append", append, BuiltinKind::Method),
    ("extend", extend, BuiltinKind::Method),
    ("insert", insert, BuiltinKind::Method),
    ("pop", pop, BuiltinKind::Method),
    ("remove", remove, BuiltinKind::Method),
    ("index", index, BuiltinKind::Method),
    ("count", count, BuiltinKind::Method),
    ("sort", sort, BuiltinKind::Method),
    ("reverse", reverse, BuiltinKind::Method),
    ("copy", copy, BuiltinKind::Method),
    ("clear", clear, BuiltinKind::Method),
];

/// `tuple`'s methods.
pub(crate) const TUPLE_METHODS: Methods = &[
    ("index", index, BuiltinKind::Method),
    ("count", count, BuiltinKind::Method),
];

/// The receiver (a list) and the other positional arguments.
fn receiver<'a>(vm: &mut Vm, args: &Args<'a>, name: &str) -> PyResult<(ObjRef, &'a [Value])> {
    let (list, rest) = vm.method_receiver(args, "list", name, |v| {
        v.object().is_some_and(|o| o.as_list().is_some())
    })?;
    Ok((list.as_object().expect("checked"), rest))
}

/// The receiver, a list or tuple, and its type's name. Its items are
/// read afresh on each step of a search ([`sequence_item`]), as CPython's
/// `list_count` and friends do: `__eq__` may change a list.
fn sequence_of(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<(ObjRef, &'static str)> {
    match args.positional.first().and_then(|v| v.as_object()) {
        Some(object) => {
            if object.as_list().is_some() {
                return Ok((object, "list"));
            }
            if object.as_tuple().is_some() {
                return Ok((object, "tuple"));
            }
            Err(vm.type_error(format!("descriptor '{name}' doesn't apply to this object")))
        }
        None => Err(vm.type_error(format!("descriptor '{name}' needs an argument"))),
    }
}

/// `list.__init__(self, iterable=())`: the list's items become the
/// iterable's.
fn init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.no_keywords("list", &args)?;
    let (list, rest) = receiver(vm, &args, "__init__")?;
    if rest.len() > 1 {
        return Err(vm.type_error(format!(
            "list expected at most 1 argument, got {}",
            rest.len()
        )));
    }
    // As CPython's `list___init___impl`: emptied first, then extended.
    list.as_list().expect("checked").borrow_mut().clear();
    if let [iterable] = rest {
        vm.extend_list(list, *iterable)?;
    }
    Ok(Value::None)
}

/// The receiver of a method that takes no other argument (CPython's
/// `METH_NOARGS`).
fn only_receiver(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<ObjRef> {
    let (list, rest) = receiver(vm, args, name)?;
    vm.no_args(format_args!("list.{name}"), rest)?;
    Ok(list)
}

pub(crate) fn append(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.no_keywords("list.append", &args)?;
    let (list, rest) = receiver(vm, &args, "append")?;
    let item = vm.exactly_one("list.append", rest)?;
    list.as_list().expect("a list").borrow_mut().push(item);
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.no_keywords("list.extend", &args)?;
    let (list, rest) = receiver(vm, &args, "extend")?;
    let iterable = vm.exactly_one("list.extend", rest)?;
    vm.extend_list(list, iterable)?;
    Ok(Value::None)
}

fn insert(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.no_keywords("list.insert", &args)?;
    let (list, rest) = receiver(vm, &args, "insert")?;
    vm.check_positional("insert", rest, 2, 2)?;
    let index = vm.index_arg(rest[0], "")?;
    let mut items = list.as_list().expect("a list").borrow_mut();
    let position = insert_position(index, items.len());
    items.insert(position, rest[1]);
    Ok(Value::None)
}

pub(crate) fn pop(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.no_keywords("list.pop", &args)?;
    let (list, rest) = receiver(vm, &args, "pop")?;
    vm.check_positional("pop", rest, 0, 1)?;
    let index = match rest.first() {
        Some(&index) => vm.index_arg(index, "")?,
        None => -1,
    };
    let length = list.as_list().expect("a list").borrow().len();
    if length == 0 {
        return Err(vm.error(ExceptionClass::IndexError, "pop from empty list"));
    }
    let Some(position) = item_position(index, length) else {
        return Err(vm.error(ExceptionClass::IndexError, "pop index out of range"));
    };
    let removed = list
        .as_list()
        .expect("a list")
        .borrow_mut()
        .remove(position);
    Ok(removed)
}

fn remove(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.no_keywords("list.remove", &args)?;
    let (list, rest) = receiver(vm, &args, "remove")?;
    let target = vm.exactly_one("list.remove", rest)?;
    let mut i = 0;
    while let Some(item) = sequence_item(list, i) {
        if vm.item_eq(item, target)? {
            // As CPython's `list_ass_slice(self, i, i + 1, NULL)`: whatever
            // is at `i` now goes.
            let mut current = list.as_list().expect("a list").borrow_mut();
            if i < current.len() {
                current.remove(i);
            }
            return Ok(Value::None);
        }
        i += 1;
    }
    Err(vm.value_error("list.remove(x): x not in list"))
}

fn index(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (sequence, kind) = sequence_of(vm, &args, "index")?;
    let rest = &args.positional[1..];
    vm.check_positional("index", rest, 1, 3)?;
    let bound = |vm: &mut Vm, value: Option<&Value>, default: i64| -> PyResult<i64> {
        match value {
            None => Ok(default),
            Some(&v) => {
                // As CPython's `_PyEval_SliceIndexNotNone`.
                let i = vm.index_arg(v, "").map_err(|error| {
                    if vm.is_exception(Value::Obj(error.exception), ExceptionClass::TypeError) {
                        vm.type_error("slice indices must be integers or have an __index__ method")
                    } else {
                        error
                    }
                })?;
                // Relative to the length once `__index__` has run.
                let length = vm.builtin_len(Value::Obj(sequence))? as i64;
                Ok(if i < 0 {
                    (i + length).max(0)
                } else {
                    i.min(length)
                })
            }
        }
    };
    let start = bound(vm, rest.get(1), 0)?;
    let stop = bound(vm, rest.get(2), i64::MAX)?;
    let mut i = start;
    while i < stop {
        let Some(item) = sequence_item(sequence, i as usize) else {
            break;
        };
        if vm.item_eq(item, rest[0])? {
            return Ok(Value::Int(i));
        }
        i += 1;
    }
    let message = if kind == "list" {
        let repr = vm.repr_string(rest[0])?;
        format!("{repr} is not in list")
    } else {
        "tuple.index(x): x not in tuple".to_owned()
    };
    Err(vm.value_error(message))
}

fn count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (sequence, owner) = sequence_of(vm, &args, "count")?;
    let rest = &args.positional[1..];
    let target = vm.exactly_one(format_args!("{owner}.count"), rest)?;
    let mut total = 0;
    let mut i = 0;
    while let Some(item) = sequence_item(sequence, i) {
        if vm.item_eq(item, target)? {
            total += 1;
        }
        i += 1;
    }
    Ok(Value::Int(total))
}

fn sort(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.sort_keyword_count(&args)?;
    let [key, reverse] = vm.keywords("sort", &args, ["key", "reverse"])?;
    let (list, rest) = receiver(vm, &args, "sort")?;
    if !rest.is_empty() {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    vm.sort_list(
        list,
        key.unwrap_or(Value::None),
        reverse.unwrap_or(Value::bool(false)),
    )?;
    Ok(Value::None)
}

fn reverse(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let list = only_receiver(vm, &args, "reverse")?;
    list.as_list().expect("a list").borrow_mut().reverse();
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let list = only_receiver(vm, &args, "copy")?;
    let items = list.as_list().expect("a list").borrow().clone();
    Ok(Value::Obj(vm.new_list(items)))
}

fn clear(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let list = only_receiver(vm, &args, "clear")?;
    list.as_list().expect("a list").borrow_mut().clear();
    Ok(Value::None)
}
