//! Exceptions in the interpreter: what `raise` raises, `except`
//! matching, and the search for a handler that unwinds frames and builds
//! the traceback.

use crate::exception_class::ExceptionClass;
use crate::interp::run::code_of;
use crate::object::Payload;
use crate::value::{ObjRef, Value};
use crate::vm::{PyErr, PyResult, Vm};

/// How an error reached the handler search.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Raised {
    /// Raised by the instruction: the frame gets a traceback entry.
    Here,
    /// Re-raised (`raise` alone, `Reraise`): no new traceback entry.
    Again,
}

impl Vm {
    /// Finds the handler of an exception raised at instruction `index` of
    /// the current frame, popping frames that have none. Returns when a
    /// frame will handle it; fails when it leaves an entry frame.
    pub(super) fn unwind(&mut self, mut error: PyErr, how: Raised, index: u32) -> PyResult<()> {
        let mut index = index;
        let mut add_entry = how == Raised::Here;
        loop {
            if add_entry {
                let object = self.frame_object_at(self.frames.len() - 1);
                self.add_traceback(error.exception, object, index);
            }
            add_entry = true;
            let frame = *self.frame();
            let code = code_of(&frame.code);
            if let Some(handler) = code.code.handler_for(index) {
                let handler = *handler;
                let stack_base = frame.base as usize + code.nlocals() + code.ncells();
                self.stack.truncate(stack_base + handler.depth as usize);
                if handler.lasti {
                    self.push(Value::Int(i64::from(index)));
                }
                self.push(Value::Obj(error.exception));
                self.frame_mut().ip = handler.target.0;
                return Ok(());
            }
            self.frames.pop();
            self.depth -= 1;
            self.end_frame_object(&frame, Some(index));
            self.stack.truncate(frame.result as usize);
            if let Some(generator) = frame.generator {
                error = self.finish_generator_with_error(generator, error);
                // If a `for` loop resumed it, the error goes on in the
                // loop's frame, at its `ForIter`.
                self.leave_finished_generator_frame();
            }
            if frame.entry {
                return Err(error);
            }
            index = self.frame().ip - 1;
        }
    }

    /// Raises `error` at instruction `index` of the current frame, as if
    /// that instruction had raised it (`generator.throw()`).
    pub(crate) fn throw_here(&mut self, error: PyErr, index: u32) -> PyResult<()> {
        self.unwind(error, Raised::Here, index)
    }

    /// Prepends a traceback entry for the frame of the frame object
    /// `frame` at `instruction` to the exception's `__traceback__`.
    pub(crate) fn add_traceback(&mut self, exception: ObjRef, frame: ObjRef, instruction: u32) {
        let Some(data) = exception.as_exception() else {
            return;
        };
        if !matches!(frame.payload, Payload::Frame(_)) {
            return;
        }
        let next = data.traceback.get();
        let class = self.types.traceback;
        let entry = self.alloc(
            class,
            Payload::Traceback(Box::new(crate::objects::traceback::Traceback {
                next: std::cell::Cell::new(next),
                instruction,
                frame,
            })),
        );
        data.traceback.set(Value::Obj(entry));
    }

    /// `RaiseVarargs`: the exception to raise.
    pub(super) fn raise(&mut self, count: u32) -> PyErr {
        match count {
            0 => match self.handled {
                Value::Obj(exception) if exception.as_exception().is_some() => PyErr { exception },
                _ => self.error(
                    ExceptionClass::RuntimeError,
                    "No active exception to reraise",
                ),
            },
            _ => {
                let cause = if count == 2 { Some(self.pop()) } else { None };
                let raised = self.pop();
                let exception = match self.make_exception(raised) {
                    Ok(exception) => exception,
                    Err(error) => return error,
                };
                if let Some(cause) = cause {
                    let base = self.exception_type(ExceptionClass::BaseException);
                    let is_exception = match cause.as_object() {
                        Some(object) if object.as_type().is_some() => self.is_subtype(object, base),
                        Some(object) => object.as_exception().is_some(),
                        None => false,
                    };
                    let cause = if cause.is_none() {
                        Value::None
                    } else if is_exception {
                        // A class is called, and what its constructor
                        // raises is raised instead (CPython's `do_raise`).
                        match self.make_exception(cause) {
                            Ok(cause) => Value::Obj(cause),
                            Err(error) => return error,
                        }
                    } else {
                        return self.type_error("exception causes must derive from BaseException");
                    };
                    if let Some(data) = exception.as_exception() {
                        data.cause.set(cause);
                        data.suppress_context.set(true);
                    }
                }
                self.set_context(exception);
                PyErr { exception }
            }
        }
    }

    /// An exception instance from what `raise` was given: an instance, or
    /// a class to call with no arguments.
    pub(crate) fn make_exception(&mut self, raised: Value) -> PyResult<ObjRef> {
        let base = self.exception_type(ExceptionClass::BaseException);
        if let Value::Obj(object) = raised {
            if object.as_type().is_some() && self.is_subtype(object, base) {
                let instance = self.call_function(raised, &[])?;
                return match instance {
                    Value::Obj(exception) if exception.as_exception().is_some() => Ok(exception),
                    other => {
                        let repr = self.repr_string(raised)?;
                        let type_name = self.type_name(other);
                        Err(self.type_error(format!(
                            "calling {repr} should have returned an instance of BaseException, not {type_name}"
                        )))
                    }
                };
            }
            if object.as_exception().is_some() {
                return Ok(object);
            }
        }
        Err(self.type_error("exceptions must derive from BaseException"))
    }

    /// An error for re-raising an exception value as it is.
    pub(super) fn as_raised(&mut self, exception: Value) -> PyErr {
        match exception {
            Value::Obj(object) if object.as_exception().is_some() => PyErr { exception: object },
            _ => self.error(ExceptionClass::SystemError, "Reraise of a non-exception"),
        }
    }

    /// `except E:` matching: `E` a class or a tuple of classes.
    pub(super) fn exception_matches(&mut self, exception: Value, pattern: Value) -> PyResult<bool> {
        let base = self.exception_type(ExceptionClass::BaseException);
        let classes: Vec<Value> = match pattern.payload() {
            Some(Payload::Tuple(items)) => items.to_vec(),
            _ => vec![pattern],
        };
        for class in &classes {
            let valid = class
                .as_object()
                .is_some_and(|c| c.as_type().is_some() && self.is_subtype(c, base));
            if !valid {
                return Err(self.type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                ));
            }
        }
        let exception_class = self.type_of(exception);
        Ok(classes.iter().any(|class| {
            class
                .as_object()
                .is_some_and(|c| self.is_subtype(exception_class, c))
        }))
    }
}
