//! Methods of generators: `send`, `throw`, `close`.

use crate::exception_class::ExceptionClass;
use crate::object::Payload;
use crate::objects::function::{Args, BuiltinKind};
use crate::objects::generator::GeneratorState;
use crate::ops::generator::{kind_name, Resumed};
use crate::value::{ObjRef, Value};
use crate::vm::{PyErr, PyResult, Vm};

use super::Methods;

/// The generator type's methods.
pub(crate) const METHODS: Methods = &[
    ("send", send, BuiltinKind::Method),
    ("throw", throw, BuiltinKind::Method),
    ("close", close, BuiltinKind::Method),
];

/// The coroutine type's own methods.
pub(crate) const COROUTINE_METHODS: Methods = &[("__await__", await_, BuiltinKind::Method)];

fn receiver(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<ObjRef> {
    match args.positional.first() {
        Some(Value::Obj(generator)) if matches!(generator.payload, Payload::Generator(_)) => {
            Ok(*generator)
        }
        _ => Err(vm.descriptor_mismatch(name, "generator", args.positional.first().copied())),
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

pub(crate) fn send(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let generator = receiver(vm, &args, "send")?;
    let value = vm.exactly_one("generator.send", &args.positional[1..])?;
    let resumed = vm.resume(generator, value, None)?;
    yielded(vm, resumed)
}

fn throw(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let generator = receiver(vm, &args, "throw")?;
    vm.check_positional("throw", &args.positional[1..], 1, 3)?;
    let exception = vm.thrown_exception(&args.positional[1..])?;
    let resumed = vm.throw_into(generator, PyErr { exception })?;
    yielded(vm, resumed)
}

/// `coroutine.__await__()`: a `coroutine_wrapper` of it.
fn await_(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let coroutine = receiver(vm, &args, "__await__")?;
    vm.no_args("coroutine.__await__", &args.positional[1..])?;
    Ok(vm.coroutine_wrapper(coroutine))
}

fn close(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let generator = receiver(vm, &args, "close")?;
    vm.no_args("generator.close", &args.positional[1..])?;
    vm.close_generator(generator)?;
    Ok(Value::None)
}

impl Vm {
    /// The exception `throw(type[, value[, traceback]])` raises (`args`, one
    /// to three of them; [`Value::Null`] counts as missing), checked as
    /// CPython's `_gen_throw` does.
    pub(crate) fn thrown_exception(&mut self, args: &[Value]) -> PyResult<ObjRef> {
        let argument = |index: usize| {
            args.get(index)
                .copied()
                .filter(|v| !v.is_none() && !v.is_null())
        };
        let (raised, value, traceback) = (args[0], argument(1), argument(2));
        if let Some(traceback) = traceback {
            if !matches!(traceback.payload(), Some(Payload::Traceback(_))) {
                return Err(self.type_error("throw() third argument must be a traceback object"));
            }
        }
        let exception = self.thrown_instance(raised, value)?;
        if let (Some(traceback), Some(data)) = (traceback, exception.as_exception()) {
            data.traceback.set(traceback);
        }
        Ok(exception)
    }

    /// The exception instance of `throw(raised, value)`.
    fn thrown_instance(&mut self, raised: Value, value: Option<Value>) -> PyResult<ObjRef> {
        let base = self.exception_type(ExceptionClass::BaseException);
        match raised.as_object() {
            Some(class) if class.as_type().is_some() && self.is_subtype(class, base) => match value
            {
                Some(Value::Obj(instance)) if self.is_instance(Value::Obj(instance), class) => {
                    Ok(instance)
                }
                Some(value) => {
                    let args = match value.object().and_then(|v| v.as_tuple()) {
                        Some(items) => items.to_vec(),
                        None => vec![value],
                    };
                    match self.call_function(raised, &args)? {
                        Value::Obj(exception) if exception.as_exception().is_some() => {
                            Ok(exception)
                        }
                        _ => self.make_exception(raised),
                    }
                }
                None => self.make_exception(raised),
            },
            Some(instance) if instance.as_exception().is_some() => {
                if value.is_some() {
                    return Err(self.type_error("instance exception may not have a separate value"));
                }
                Ok(instance)
            }
            _ => {
                let name = self.type_name(raised);
                Err(self.type_error(format!(
                    "exceptions must be classes or instances deriving from BaseException, not {name}"
                )))
            }
        }
    }

    /// `generator.close()`: `GeneratorExit` thrown in must end it.
    pub(crate) fn close_generator(&mut self, generator: ObjRef) -> PyResult<()> {
        let Payload::Generator(cell) = &generator.payload else {
            unreachable!("close takes a generator")
        };
        let (kind, state) = {
            let data = cell.borrow();
            (data.kind, data.state)
        };
        // A finished coroutine closes quietly, where throwing into it
        // again is an error.
        if state == GeneratorState::Finished {
            return Ok(());
        }
        let class = self.exception_type(ExceptionClass::GeneratorExit);
        let exception = self.new_exception(class, Vec::new());
        match self.throw_into(generator, PyErr { exception }) {
            Ok(Resumed::Yielded(_)) => Err(self.error(
                ExceptionClass::RuntimeError,
                format!("{} ignored GeneratorExit", kind_name(kind)),
            )),
            Ok(Resumed::Returned(_)) => Ok(()),
            Err(error)
                if self
                    .is_exception(Value::Obj(error.exception), ExceptionClass::GeneratorExit)
                    || self.is_exception(
                        Value::Obj(error.exception),
                        ExceptionClass::StopIteration,
                    ) =>
            {
                Ok(())
            }
            Err(error) => Err(error),
        }
    }

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
