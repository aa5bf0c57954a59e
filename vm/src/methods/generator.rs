//! Methods of generators: `send`, `throw`, `close`.

use crate::exception_class::ExceptionClass;
use crate::object::Payload;
use crate::objects::function::{Args, BuiltinKind};
use crate::ops::generator::Resumed;
use crate::value::{ObjRef, Value};
use crate::vm::{PyErr, PyResult, Vm};

use super::Methods;

/// The generator type's methods.
pub(crate) const METHODS: Methods = &[
    ("send", send, BuiltinKind::Method),
    ("throw", throw, BuiltinKind::Method),
    ("close", close, BuiltinKind::Method),
];

fn receiver(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<ObjRef> {
    match args.positional.first() {
        Some(Value::Obj(generator)) if matches!(generator.payload, Payload::Generator(_)) => {
            Ok(*generator)
        }
        _ => Err(vm.type_error(format!(
            "descriptor '{name}' for 'generator' objects doesn't apply to this object"
        ))),
    }
}

/// A generator's result as `send` returns it: the yielded value, or
/// `StopIteration(value)` raised.
fn yielded(vm: &mut Vm, resumed: Resumed) -> PyResult<Value> {
    match resumed {
        Resumed::Yielded(value) => Ok(value),
        Resumed::Returned(value) => Err(vm.stop_iteration(value)),
    }
}

fn send(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let generator = receiver(vm, &args, "send")?;
    if args.positional.len() != 2 {
        return Err(vm.type_error(format!(
            "generator.send() takes exactly one argument ({} given)",
            args.positional.len() - 1
        )));
    }
    let resumed = vm.resume(generator, args.positional[1], None)?;
    yielded(vm, resumed)
}

fn throw(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let generator = receiver(vm, &args, "throw")?;
    let Some(&raised) = args.positional.get(1) else {
        return Err(vm.type_error("throw expected at least 1 argument, got 0"));
    };
    let exception = vm.make_exception(raised)?;
    let resumed = vm.resume(generator, Value::None, Some(PyErr { exception }))?;
    yielded(vm, resumed)
}

fn close(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let generator = receiver(vm, &args, "close")?;
    let class = vm.exception_type(ExceptionClass::GeneratorExit);
    let exception = vm.new_exception(class, Vec::new());
    match vm.resume(generator, Value::None, Some(PyErr { exception })) {
        Ok(Resumed::Yielded(_)) => Err(vm.error(
            ExceptionClass::RuntimeError,
            "generator ignored GeneratorExit",
        )),
        Ok(Resumed::Returned(_)) => Ok(Value::None),
        Err(error)
            if vm.is_exception(Value::Obj(error.exception), ExceptionClass::GeneratorExit)
                || vm.is_exception(Value::Obj(error.exception), ExceptionClass::StopIteration) =>
        {
            Ok(Value::None)
        }
        Err(error) => Err(error),
    }
}

impl Vm {
    /// `StopIteration(value)`, ready to raise.
    pub(crate) fn stop_iteration(&mut self, value: Value) -> PyErr {
        let class = self.exception_type(ExceptionClass::StopIteration);
        let args = if value.is_none() {
            Vec::new()
        } else {
            vec![value]
        };
        let exception = self.new_exception(class, args);
        if let Some(data) = exception.as_exception() {
            data.extra.set(value);
        }
        PyErr { exception }
    }
}
