//! Methods of async generators (`__aiter__`, `__anext__`, `asend`,
//! `athrow`, `aclose`) and of the awaitable steps those return (`send`,
//! `throw`, `close`, `__next__`, `__iter__`, `__await__`).

use crate::object::Payload;
use crate::objects::async_generator::StepAction;
use crate::objects::function::{Args, BuiltinKind};
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

use super::Methods;

/// The async generator type's methods.
pub(crate) const METHODS: Methods = &[
    ("__aiter__", aiter, BuiltinKind::Method),
    ("__anext__", anext, BuiltinKind::Method),
    ("asend", asend, BuiltinKind::Method),
    ("athrow", athrow, BuiltinKind::Method),
    ("aclose", aclose, BuiltinKind::Method),
];

/// The methods of `async_generator_asend` and `async_generator_athrow`.
pub(crate) const STEP_METHODS: Methods = &[
    ("send", send, BuiltinKind::Method),
    ("throw", throw, BuiltinKind::Method),
    ("close", close, BuiltinKind::Method),
    ("__next__", next, BuiltinKind::Method),
    ("__iter__", itself, BuiltinKind::Method),
    ("__await__", itself, BuiltinKind::Method),
];

/// The async generator a method is called on, after its `firstiter`
/// hook has run (`__aiter__` runs none).
fn stepped_generator(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<ObjRef> {
    let generator = generator(vm, args, name)?;
    vm.async_gen_init_hooks(generator)?;
    Ok(generator)
}

fn generator(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<ObjRef> {
    match args.positional.first() {
        Some(Value::Obj(object)) if matches!(object.payload, Payload::Generator(_)) => Ok(*object),
        _ => Err(vm.descriptor_mismatch(name, "async_generator", args.positional.first().copied())),
    }
}

fn step(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<ObjRef> {
    match args.positional.first() {
        Some(Value::Obj(object)) if matches!(object.payload, Payload::AsyncGenStep(_)) => {
            Ok(*object)
        }
        _ => Err(vm.descriptor_mismatch(
            name,
            "async_generator_asend",
            args.positional.first().copied(),
        )),
    }
}

fn aiter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let generator = generator(vm, &args, "__aiter__")?;
    vm.no_args("async_generator.__aiter__", &args.positional[1..])?;
    Ok(Value::Obj(generator))
}

fn anext(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let generator = stepped_generator(vm, &args, "__anext__")?;
    vm.no_args("async_generator.__anext__", &args.positional[1..])?;
    Ok(vm.new_async_gen_step(generator, StepAction::Send(Value::None)))
}

fn asend(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let generator = stepped_generator(vm, &args, "asend")?;
    let value = vm.exactly_one("asend", &args.positional[1..])?;
    Ok(vm.new_async_gen_step(generator, StepAction::Send(value)))
}

fn athrow(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let generator = stepped_generator(vm, &args, "athrow")?;
    vm.check_positional("athrow", &args.positional[1..], 1, 3)?;
    let mut thrown = [Value::Null; 3];
    thrown[..args.positional.len() - 1].copy_from_slice(&args.positional[1..]);
    Ok(vm.new_async_gen_step(generator, StepAction::Throw(thrown)))
}

fn aclose(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let generator = stepped_generator(vm, &args, "aclose")?;
    vm.no_args("async_generator.aclose", &args.positional[1..])?;
    Ok(vm.new_async_gen_step(generator, StepAction::Close))
}

fn send(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let step = step(vm, &args, "send")?;
    let value = vm.exactly_one("send", &args.positional[1..])?;
    vm.async_gen_step_send(step, value)
}

fn next(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let step = step(vm, &args, "__next__")?;
    vm.no_args("__next__", &args.positional[1..])?;
    vm.async_gen_step_send(step, Value::None)
}

fn throw(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let step = step(vm, &args, "throw")?;
    vm.check_positional("throw", &args.positional[1..], 1, 3)?;
    let exception = vm.thrown_exception(&args.positional[1..])?;
    vm.async_gen_step_throw(step, exception)
}

fn close(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let step = step(vm, &args, "close")?;
    vm.no_args("close", &args.positional[1..])?;
    vm.async_gen_step_close(step);
    Ok(Value::None)
}

fn itself(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let step = step(vm, &args, "__await__")?;
    vm.no_args("__await__", &args.positional[1..])?;
    Ok(Value::Obj(step))
}
