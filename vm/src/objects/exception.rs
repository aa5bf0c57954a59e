//! Exception data: what every instance of `BaseException` and its
//! subclasses carries.

use std::cell::Cell;

use pyvm_heap::Tracer;

use crate::object::{trace_value, Object};
use crate::value::Value;

/// The fields of an exception instance.
pub struct ExceptionData {
    /// `args`: a tuple.
    pub args: Cell<Value>,
    /// `__traceback__`: a traceback or `None`.
    pub traceback: Cell<Value>,
    /// `__cause__`: an exception or `None`.
    pub cause: Cell<Value>,
    /// `__context__`: an exception or `None`.
    pub context: Cell<Value>,
    /// `__suppress_context__`
    pub suppress_context: Cell<bool>,
    /// `StopIteration.value`, `SystemExit.code`, or `KeyError`'s… the one
    /// extra attribute some classes have ([`Value::Null`] if none).
    pub extra: Cell<Value>,
}

impl ExceptionData {
    /// Fresh fields with `args`.
    pub fn new(args: Value) -> ExceptionData {
        ExceptionData {
            args: Cell::new(args),
            traceback: Cell::new(Value::None),
            cause: Cell::new(Value::None),
            context: Cell::new(Value::None),
            suppress_context: Cell::new(false),
            extra: Cell::new(Value::Null),
        }
    }

    /// Marks the fields.
    pub fn trace(&self, tracer: &mut Tracer<Object>) {
        for value in [
            self.args.get(),
            self.traceback.get(),
            self.cause.get(),
            self.context.get(),
            self.extra.get(),
        ] {
            trace_value(value, tracer);
        }
    }
}
