//! The awaitable steps of an async generator: what `__anext__()`,
//! `asend(value)`, `athrow(…)` and `aclose()` return. Awaiting one runs the
//! generator to its next `yield` (the step's result) while passing out
//! what the `await`s inside it yield.

use std::cell::Cell;

use pyvm_heap::Tracer;

use crate::object::{trace_value, trace_values, Object};
use crate::value::{ObjRef, Value};

/// What a step does to its generator first.
#[derive(Clone, Copy)]
pub enum StepAction {
    /// Sends a value (`None` for `__anext__()`).
    Send(Value),
    /// Throws an exception in (`athrow(type[, value[, traceback]])`):
    /// the arguments, [`Value::Null`] where missing, checked only when the
    /// step is awaited, as in CPython 3.11.
    Throw([Value; 3]),
    /// Throws `GeneratorExit` in and expects the generator to end
    /// (`aclose`).
    Close,
}

/// Where a step is.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum StepState {
    /// Not awaited yet.
    Init,
    /// Being awaited.
    Iter,
    /// Done: awaiting it again is an error.
    Closed,
}

/// An `async_generator_asend` or `async_generator_athrow` object.
pub struct AsyncGenStep {
    /// The async generator.
    pub generator: ObjRef,
    /// What it does first.
    pub action: StepAction,
    /// Where it is.
    pub state: Cell<StepState>,
}

impl AsyncGenStep {
    /// Marks the generator and the value or exception it carries.
    pub fn trace(&self, tracer: &mut Tracer<Object>) {
        tracer.mark(self.generator);
        match self.action {
            StepAction::Send(value) => trace_value(value, tracer),
            StepAction::Throw(args) => trace_values(&args, tracer),
            StepAction::Close => {}
        }
    }
}
