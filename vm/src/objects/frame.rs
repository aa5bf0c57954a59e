//! Frame objects (`sys._getframe()`, `tb_frame`, `gi_frame`): a Python
//! view of one run of a code object.
//!
//! pyvm's frames are not heap objects: a running frame is a
//! [`Frame`](crate::interp::frame::Frame) on the VM's frame stack with its
//! values on the VM's value stack, and a suspended generator keeps its
//! frame in the generator. A frame object is made on demand for one of
//! them and linked to it (the frame's `object` field names it), so what it
//! shows is live while the frame runs or is suspended: `f_lineno`,
//! `f_lasti`, `f_locals` and `f_back` are read from the frame when asked
//! for. When the frame's run ends, its variables are copied into the frame
//! object ([`Ended`]), with the calling frame's object as `f_back`, as
//! CPython's frame object takes over its frame's values when it exits.

use std::cell::{Cell, RefCell};

use pyvm_heap::Tracer;

use crate::object::{trace_value, trace_values, Object, Payload};
use crate::value::{ObjRef, Value};

/// A frame object.
pub struct FrameObject {
    /// `f_code`
    pub code: ObjRef,
    /// `f_globals`
    pub globals: ObjRef,
    /// `f_builtins`
    pub builtins: ObjRef,
    /// The namespace of a module or class body (or `exec`), which is its
    /// `f_locals`; [`Value::Null`] for a function's frame.
    pub namespace: Value,
    /// The generator (or coroutine) whose frame it is.
    pub generator: Option<ObjRef>,
    /// A function frame's `f_locals`: made on first use and brought up to
    /// date with the variables at each use, as CPython's
    /// `PyFrame_FastToLocals` does.
    pub locals: Cell<Value>,
    /// What is left once the frame's run ended (`None` while it runs or
    /// is suspended).
    pub ended: RefCell<Option<Ended>>,
    /// `f_trace`: stored only, as pyvm runs no trace functions.
    pub trace: Cell<Value>,
    /// `f_trace_lines`
    pub trace_lines: Cell<bool>,
    /// `f_trace_opcodes`
    pub trace_opcodes: Cell<bool>,
}

/// A frame object's state after its frame's run ended.
pub struct Ended {
    /// The fast locals, then the cells, as they were at the end.
    pub values: Box<[Value]>,
    /// The instruction last run (`None`: it never started).
    pub instruction: Option<u32>,
    /// `f_back`: the calling frame's object, or `None`.
    pub back: Value,
}

impl FrameObject {
    /// The frame object data of `object`, which must be a frame object.
    pub fn of(object: &ObjRef) -> &FrameObject {
        match &object.payload {
            Payload::Frame(data) => data,
            _ => unreachable!("a frame object"),
        }
    }

    /// Marks what it refers to.
    pub fn trace(&self, tracer: &mut Tracer<Object>) {
        tracer.mark(self.code);
        tracer.mark(self.globals);
        tracer.mark(self.builtins);
        trace_value(self.namespace, tracer);
        if let Some(generator) = self.generator {
            tracer.mark(generator);
        }
        trace_value(self.locals.get(), tracer);
        trace_value(self.trace.get(), tracer);
        if let Some(ended) = &*self.ended.borrow() {
            trace_values(&ended.values, tracer);
            trace_value(ended.back, tracer);
        }
    }
}
