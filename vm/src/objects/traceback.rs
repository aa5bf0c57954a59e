//! Traceback entries: where an exception passed, frame by frame.

use std::cell::Cell;

use pyvm_heap::Tracer;

use crate::object::{trace_value, Object};
use crate::value::{ObjRef, Value};

/// One traceback entry (`tb_next`, and the frame's code, instruction and
/// globals).
pub struct Traceback {
    /// The next entry, nearer where the exception was raised, or `None`.
    pub next: Cell<Value>,
    /// The code object of the frame.
    pub code: ObjRef,
    /// The instruction that was running (`tb_lasti`, as an index).
    pub instruction: u32,
    /// The globals of the frame (for the hint of a `NameError`).
    pub globals: ObjRef,
}

impl Traceback {
    /// Marks the next entry and the code.
    pub fn trace(&self, tracer: &mut Tracer<Object>) {
        trace_value(self.next.get(), tracer);
        tracer.mark(self.code);
        tracer.mark(self.globals);
    }
}
