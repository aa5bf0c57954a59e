//! Methods of `object` and `BaseException`.

use crate::object::Payload;
use crate::objects::function::{Args, BuiltinKind};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

use super::Methods;

/// `object`'s methods.
pub(crate) const METHODS: Methods = &[
    ("__init__", init, BuiltinKind::Method),
    ("__repr__", repr, BuiltinKind::Method),
    ("__str__", str, BuiltinKind::Method),
];

/// `BaseException`'s methods.
pub(crate) const EXCEPTION_METHODS: Methods = &[
    ("with_traceback", with_traceback, BuiltinKind::Method),
    ("add_note", add_note, BuiltinKind::Method),
];

fn init(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::None)
}

fn repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let value = args.positional.first().copied().unwrap_or(Value::None);
    let text = vm.default_repr(value);
    Ok(vm.str_value(&text))
}

fn str(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let value = args.positional.first().copied().unwrap_or(Value::None);
    Ok(Value::Obj(vm.repr(value)?))
}

fn with_traceback(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [exception, traceback] = args.positional else {
        return Err(vm.type_error("with_traceback() takes exactly one argument"));
    };
    if let Some(data) = exception.object().and_then(|e| e.as_exception()) {
        data.traceback.set(*traceback);
    }
    Ok(*exception)
}

fn add_note(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [exception, note] = args.positional else {
        return Err(vm.type_error("add_note() takes exactly one argument"));
    };
    if !matches!(note.payload(), Some(Payload::Str(_))) {
        let name = vm.type_name(*note);
        return Err(vm.type_error(format!("note must be a str, not '{name}'")));
    }
    let notes_name = vm.intern("__notes__");
    let notes = match vm.find_attr(*exception, notes_name)? {
        Some(notes) => notes,
        None => {
            let list = Value::Obj(vm.new_list(Vec::new()));
            vm.set_attr(*exception, notes_name, list)?;
            list
        }
    };
    match notes.object().and_then(|n| n.as_list()) {
        Some(list) => list.borrow_mut().push(*note),
        None => return Err(vm.type_error("Cannot add note: __notes__ is not a list")),
    }
    Ok(Value::None)
}
