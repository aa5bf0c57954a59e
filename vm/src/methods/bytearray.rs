//! What only a `bytearray` does: change in place (`append`, `extend`,
//! `insert`, `pop`, `remove`, `clear`, `reverse`, `+=`, `*=`), `copy`,
//! and `__init__`. The methods it shares with `bytes` are in `bytes.rs`
//! and `bytes_text.rs`.

use crate::ops::index::{insert_position, item_position};
use std::cell::RefCell;

use crate::exception_class::ExceptionClass;
use crate::object::Payload;
use crate::objects::function::{Args, BuiltinKind};
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

use super::Methods;

/// `bytearray`'s own methods.
pub(crate) const METHODS: Methods = &[
    ("__init__", init, BuiltinKind::Method),
    ("append", append, BuiltinKind::Method),
    ("extend", extend, BuiltinKind::Method),
    ("insert", insert, BuiltinKind::Method),
    ("pop", pop, BuiltinKind::Method),
    ("remove", remove, BuiltinKind::Method),
    ("clear", clear, BuiltinKind::Method),
    ("reverse", reverse, BuiltinKind::Method),
    ("copy", copy, BuiltinKind::Method),
    ("__iadd__", iadd, BuiltinKind::Method),
    ("__imul__", imul, BuiltinKind::Method),
];

/// The receiver (a bytearray), its bytes, and the other positional
/// arguments.
fn receiver<'a>(vm: &mut Vm, args: &Args<'a>, name: &str) -> PyResult<(ObjRef, &'a [Value])> {
    match args.positional.split_first() {
        Some((Value::Obj(array), rest)) if matches!(array.payload, Payload::ByteArray(_)) => {
            Ok((*array, rest))
        }
        Some((other, _)) => {
            let type_name = vm.type_name(*other);
            Err(vm.type_error(format!(
                "descriptor '{name}' for 'bytearray' objects doesn't apply to a '{type_name}' object"
            )))
        }
        None => Err(vm.type_error(format!("descriptor '{name}' needs an argument"))),
    }
}

/// The bytes of a bytearray object.
fn data(array: &ObjRef) -> &RefCell<Vec<u8>> {
    match &array.payload {
        Payload::ByteArray(bytes) => bytes,
        _ => unreachable!("a bytearray"),
    }
}

/// `bytearray.__init__(source=…, encoding=…, errors=…)`.
fn init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (array, rest) = receiver(vm, &args, "__init__")?;
    let rest_args = Args {
        positional: rest,
        ..args
    };
    vm.bytearray_init(array, rest_args)?;
    Ok(Value::None)
}

fn append(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.no_keywords("append", &args)?;
    let (array, rest) = receiver(vm, &args, "append")?;
    let item = vm.exactly_one("bytearray.append", rest)?;
    let byte = vm.byte_arg(item)?;
    data(&array).borrow_mut().push(byte);
    Ok(Value::None)
}

/// `extend(iterable_of_ints)`: a bytes-like object's bytes, or an
/// iterable's ints.
fn extend(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.no_keywords("extend", &args)?;
    let (array, rest) = receiver(vm, &args, "extend")?;
    let source = &vm.exactly_one("bytearray.extend", rest)?;
    let extra = match vm.buffer_bytes(*source)? {
        Some(bytes) => bytes,
        None => {
            let Ok(iterator) = vm.get_iter(*source) else {
                let name = vm.type_name(*source);
                return Err(vm.type_error(format!("can't extend bytearray with {name}")));
            };
            vm.bytes_from_iterator(iterator, crate::ops::buffer::ByteKind::ByteArray)?
        }
    };
    data(&array).borrow_mut().extend(extra);
    Ok(Value::None)
}

fn insert(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.no_keywords("insert", &args)?;
    let (array, rest) = receiver(vm, &args, "insert")?;
    vm.check_positional("insert", rest, 2, 2)?;
    let index = vm.index_arg(rest[0], "")?;
    let byte = vm.byte_arg(rest[1])?;
    let mut bytes = data(&array).borrow_mut();
    let at = insert_position(index, bytes.len());
    bytes.insert(at, byte);
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.no_keywords("pop", &args)?;
    let (array, rest) = receiver(vm, &args, "pop")?;
    vm.check_positional("pop", rest, 0, 1)?;
    let index = match rest.first() {
        Some(&value) => vm.index_arg(value, "")?,
        None => -1,
    };
    let length = data(&array).borrow().len();
    if length == 0 {
        return Err(vm.error(ExceptionClass::IndexError, "pop from empty bytearray"));
    }
    let Some(at) = item_position(index, length) else {
        return Err(vm.error(ExceptionClass::IndexError, "pop index out of range"));
    };
    let byte = data(&array).borrow_mut().remove(at);
    Ok(Value::Int(i64::from(byte)))
}

fn remove(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.no_keywords("remove", &args)?;
    let (array, rest) = receiver(vm, &args, "remove")?;
    let item = vm.exactly_one("bytearray.remove", rest)?;
    let byte = vm.byte_arg(item)?;
    let mut bytes = data(&array).borrow_mut();
    match bytes.iter().position(|&b| b == byte) {
        Some(at) => {
            bytes.remove(at);
            Ok(Value::None)
        }
        None => {
            drop(bytes);
            Err(vm.value_error("value not found in bytearray"))
        }
    }
}

fn clear(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.no_keywords("clear", &args)?;
    let (array, rest) = receiver(vm, &args, "clear")?;
    vm.no_args("bytearray.clear", rest)?;
    data(&array).borrow_mut().clear();
    Ok(Value::None)
}

fn reverse(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.no_keywords("reverse", &args)?;
    let (array, rest) = receiver(vm, &args, "reverse")?;
    vm.no_args("bytearray.reverse", rest)?;
    data(&array).borrow_mut().reverse();
    Ok(Value::None)
}

/// `copy()`: a new `bytearray` (never a subclass instance).
fn copy(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.no_keywords("copy", &args)?;
    let (array, rest) = receiver(vm, &args, "copy")?;
    vm.no_args("bytearray.copy", rest)?;
    let bytes = data(&array).borrow().clone();
    Ok(Value::Obj(vm.new_bytearray(bytes)))
}

/// `__iadd__(other)`: appends a bytes-like object's bytes.
fn iadd(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.no_keywords("__iadd__", &args)?;
    let (array, rest) = receiver(vm, &args, "__iadd__")?;
    vm.check_positional("__iadd__", rest, 1, 1)?;
    match vm.buffer_bytes(rest[0])? {
        Some(extra) => {
            data(&array).borrow_mut().extend(extra);
            Ok(args.positional[0])
        }
        None => {
            let name = vm.type_name(rest[0]);
            Err(vm.type_error(format!("can't concat {name} to bytearray")))
        }
    }
}

/// `__imul__(count)`: repeats the bytes in place.
fn imul(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.no_keywords("__imul__", &args)?;
    let (array, rest) = receiver(vm, &args, "__imul__")?;
    // CPython's `wrap_indexargfunc` words it with no name at all.
    vm.check_positional("", rest, 1, 1)?;
    let count = vm.index_arg(rest[0], "")?.max(0) as usize;
    let repeated = vm.bytes_repeat(array, count)?;
    *data(&array).borrow_mut() = repeated;
    Ok(args.positional[0])
}
