//! Methods of `coroutine_wrapper` and `anext_awaitable`: `send`, `throw`,
//! `close`, `__next__`, `__iter__` (and `__await__` of
//! `anext_awaitable`).

use crate::object::Payload;
use crate::objects::function::{Args, BuiltinKind};
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

use super::Methods;

/// The methods both wrapper types have.
pub(crate) const METHODS: Methods = &[
    ("send", send, BuiltinKind::Method),
    ("throw", throw, BuiltinKind::Method),
    ("close", close, BuiltinKind::Method),
    ("__next__", next, BuiltinKind::Method),
    ("__iter__", itself, BuiltinKind::Method),
];

/// `anext_awaitable` is awaitable itself.
pub(crate) const ANEXT_METHODS: Methods = &[("__await__", itself, BuiltinKind::Method)];

fn wrapper(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<ObjRef> {
    match args.positional.first() {
        Some(Value::Obj(object)) if matches!(object.payload, Payload::AwaitWrapper(_)) => {
            Ok(*object)
        }
        _ => {
            Err(vm.descriptor_mismatch(name, "coroutine_wrapper", args.positional.first().copied()))
        }
    }
}

fn send(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let wrapper = wrapper(vm, &args, "send")?;
    let value = vm.exactly_one("send", &args.positional[1..])?;
    vm.await_wrapper_send(wrapper, value)
}

fn next(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let wrapper = wrapper(vm, &args, "__next__")?;
    vm.no_args("__next__", &args.positional[1..])?;
    vm.await_wrapper_send(wrapper, Value::None)
}

fn throw(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let wrapper = wrapper(vm, &args, "throw")?;
    vm.check_positional("throw", &args.positional[1..], 1, 3)?;
    let exception = vm.thrown_exception(&args.positional[1..])?;
    vm.await_wrapper_throw(wrapper, exception)
}

fn close(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let wrapper = wrapper(vm, &args, "close")?;
    vm.no_args("close", &args.positional[1..])?;
    vm.await_wrapper_close(wrapper)?;
    Ok(Value::None)
}

fn itself(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let wrapper = wrapper(vm, &args, "__iter__")?;
    vm.no_args("__iter__", &args.positional[1..])?;
    Ok(Value::Obj(wrapper))
}
