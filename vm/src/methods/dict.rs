//! Methods of `dict`.

use crate::exception_class::ExceptionClass;
use crate::objects::function::{Args, BuiltinKind};
use crate::objects::iterator::DictView;
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

use super::Methods;

/// `dict`'s methods.
pub(crate) const METHODS: Methods = &[
    ("__init__", init, BuiltinKind::Method),
    ("get", get, BuiltinKind::Method),
    ("keys", keys, BuiltinKind::Method),
    ("values", values, BuiltinKind::Method),
    ("items", items, BuiltinKind::Method),
    ("pop", pop, BuiltinKind::Method),
    ("popitem", popitem, BuiltinKind::Method),
    ("setdefault", setdefault, BuiltinKind::Method),
    ("update", update, BuiltinKind::Method),
    ("copy", copy, BuiltinKind::Method),
    ("clear", clear, BuiltinKind::Method),
    ("fromkeys", fromkeys, BuiltinKind::ClassMethod),
];

fn receiver<'a>(vm: &mut Vm, args: &Args<'a>, name: &str) -> PyResult<(ObjRef, &'a [Value])> {
    let (dict, rest) = vm.method_receiver(args, "dict", name, |v| {
        v.object().is_some_and(|o| o.as_dict().is_some())
    })?;
    Ok((dict.as_object().expect("checked"), rest))
}

/// The receiver of a method that takes no other argument (CPython's
/// `METH_NOARGS`).
fn only_receiver(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<ObjRef> {
    let (dict, rest) = receiver(vm, args, name)?;
    vm.no_args(format_args!("dict.{name}"), rest)?;
    Ok(dict)
}

/// `dict.__init__(self, mapping_or_pairs=(), **kwargs)`.
fn init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (dict, rest) = receiver(vm, &args, "__init__")?;
    vm.dict_init(
        dict,
        Args {
            positional: rest,
            ..args
        },
    )?;
    Ok(Value::None)
}

pub(crate) fn get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.no_keywords("dict.get", &args)?;
    let (dict, rest) = receiver(vm, &args, "get")?;
    vm.check_positional("get", rest, 1, 2)?;
    Ok(vm
        .dict_get(dict, rest[0])?
        .unwrap_or(rest.get(1).copied().unwrap_or(Value::None)))
}

fn view(vm: &mut Vm, args: Args<'_>, name: &str, kind: DictView) -> PyResult<Value> {
    let dict = only_receiver(vm, &args, name)?;
    Ok(Value::Obj(vm.new_dict_view(dict, kind)))
}

fn keys(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    view(vm, args, "keys", DictView::Keys)
}

fn values(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    view(vm, args, "values", DictView::Values)
}

fn items(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    view(vm, args, "items", DictView::Items)
}

fn pop(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.no_keywords("dict.pop", &args)?;
    let (dict, rest) = receiver(vm, &args, "pop")?;
    vm.check_positional("pop", rest, 1, 2)?;
    match vm.dict_remove(dict, rest[0])? {
        Some(value) => Ok(value),
        None => match rest.get(1) {
            Some(&default) => Ok(default),
            None => Err(vm.key_error(rest[0])),
        },
    }
}

fn popitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let dict = only_receiver(vm, &args, "popitem")?;
    let last = {
        let mut table = dict.as_dict().expect("a dict").borrow_mut();
        let length = table.len();
        if length == 0 {
            None
        } else {
            table.remove(length - 1)
        }
    };
    match last {
        Some((key, value)) => Ok(Value::Obj(vm.new_tuple([key.key, value]))),
        None => Err(vm.error(ExceptionClass::KeyError, "popitem(): dictionary is empty")),
    }
}

fn setdefault(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.no_keywords("dict.setdefault", &args)?;
    let (dict, rest) = receiver(vm, &args, "setdefault")?;
    vm.check_positional("setdefault", rest, 1, 2)?;
    if let Some(value) = vm.dict_get(dict, rest[0])? {
        return Ok(value);
    }
    let default = rest.get(1).copied().unwrap_or(Value::None);
    vm.dict_set(dict, rest[0], default)?;
    Ok(default)
}

fn update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (dict, rest) = receiver(vm, &args, "update")?;
    vm.check_positional("update", rest, 0, 1)?;
    vm.dict_init(
        dict,
        Args {
            positional: rest,
            ..args
        },
    )?;
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let dict = only_receiver(vm, &args, "copy")?;
    let copy = vm.new_dict();
    if !vm.is_plain_dict(Value::Obj(dict)) {
        vm.dict_update(Value::Obj(copy), Value::Obj(dict), None)?;
        return Ok(Value::Obj(copy));
    }
    let entries: Vec<_> = dict.as_dict().expect("a dict").borrow().iter().collect();
    {
        let mut table = copy.as_dict().expect("a dict").borrow_mut();
        for (key, value) in entries {
            table.push(key, value);
        }
    }
    Ok(Value::Obj(copy))
}

fn clear(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let dict = only_receiver(vm, &args, "clear")?;
    dict.as_dict().expect("a dict").borrow_mut().clear();
    Ok(Value::None)
}

fn fromkeys(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let rest = &args.positional[1..];
    vm.check_positional("fromkeys", rest, 1, 2)?;
    let value = rest.get(1).copied().unwrap_or(Value::None);
    let keys = vm.collect_iterable(rest[0])?;
    let mark = vm.roots.len();
    vm.roots.extend_from_slice(&keys);
    // A subclass makes an instance of itself and fills it with its own
    // `__setitem__`.
    let class = args.positional[0];
    let result = if class.as_object() == Some(vm.types.dict) {
        let dict = vm.new_dict();
        vm.roots.push(Value::Obj(dict));
        keys.into_iter()
            .try_for_each(|key| vm.dict_set(dict, key, value))
            .map(|()| Value::Obj(dict))
    } else {
        vm.call_function(class, &[]).and_then(|made| {
            vm.roots.push(made);
            keys.into_iter()
                .try_for_each(|key| vm.set_item(made, key, value))
                .map(|()| made)
        })
    };
    vm.roots.truncate(mark);
    result
}
