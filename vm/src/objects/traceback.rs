//! Traceback entries: where an exception passed, frame by frame.

use std::cell::Cell;

use pyvm_bytecode::Location;
use pyvm_heap::Tracer;

use crate::interp::run::code_of;
use crate::object::{trace_value, Object};
use crate::objects::frame::FrameObject;
use crate::value::{ObjRef, Value};

/// The `instruction` of an entry for a frame stopped on entry, before its
/// first instruction (an interrupt at a function's start): its line is
/// the `def` line, as for CPython's `RESUME`.
pub(crate) const FUNCTION_ENTRY: u32 = u32::MAX;

/// One traceback entry (`tb_next`, and the frame with the instruction it
/// was at).
pub struct Traceback {
    /// The next entry, nearer where the exception was raised, or `None`.
    pub next: Cell<Value>,
    /// The instruction that was running (`tb_lasti`, as an index).
    pub instruction: u32,
    /// `tb_frame`: the frame object (a [`Payload::Frame`]).
    pub frame: ObjRef,
}

impl Traceback {
    /// Marks the next entry and the frame.
    pub fn trace(&self, tracer: &mut Tracer<Object>) {
        trace_value(self.next.get(), tracer);
        tracer.mark(self.frame);
    }

    /// The code object of the frame.
    pub fn code(&self) -> &ObjRef {
        &FrameObject::of(&self.frame).code
    }

    /// The globals of the frame (for the hint of a `NameError`).
    pub fn globals(&self) -> ObjRef {
        FrameObject::of(&self.frame).globals
    }

    /// Where in the source the frame was.
    pub fn location(&self) -> Location {
        let code = &code_of(self.code()).code;
        if self.instruction == FUNCTION_ENTRY {
            return Location::line(code.firstlineno);
        }
        code.locations
            .get(self.instruction as usize)
            .unwrap_or(Location::NONE)
    }
}
