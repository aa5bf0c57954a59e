//! Frames: one per running call of Python code.
//!
//! A frame's variables live on the VM's one value stack, from `base`: the
//! fast locals, then the cells (cell variables, then free variables),
//! then the frame's own value stack. Calls from Python to Python push a
//! frame and stay in the same interpreter loop.

use pyvm_heap::Tracer;

use crate::object::{trace_value, Object};
use crate::objects::function::Function;
use crate::value::{ObjRef, Value};

/// What becomes of the value a frame returns.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Returns {
    /// It is pushed where the call was (at `result`).
    Push,
    /// The frame is the `__init__` of an instance its class's call made
    /// (see `Vm::push_init_frame`): the instance is in the slot below
    /// `result` and is what the call gives; the function must return
    /// `None`.
    Init,
    /// It is dropped: the frame is a property's setter or a descriptor's
    /// `__set__` run for an attribute store.
    Discard,
}

/// A call of Python code in progress.
#[derive(Clone, Copy)]
pub struct Frame {
    /// The code object being run.
    pub code: ObjRef,
    /// The module namespace (a dict).
    pub globals: ObjRef,
    /// The builtins namespace (a dict).
    pub builtins: ObjRef,
    /// The namespace of `LoadName`/`StoreName` (module and class bodies,
    /// `exec`), or [`Value::Null`] in functions.
    pub locals: Value,
    /// The next instruction.
    pub ip: u32,
    /// Where its variables start on the value stack.
    pub base: u32,
    /// The stack height to cut back to when it returns, before its
    /// result is pushed (below the callable and arguments).
    pub result: u32,
    /// A native caller waits for this frame: when it returns, the
    /// interpreter loop that runs it returns too. A generator's frame
    /// that is not an entry frame was resumed by the `ForIter` of the
    /// frame below it: its yields go to that loop, and its return ends it.
    pub entry: bool,
    /// A generator's frame run for native code that takes every value in
    /// turn (`list(g)`, `sum(g)`): a `yield` hands the value to the VM's
    /// innermost consumer and goes on, with no suspension (see
    /// `Vm::consume_generator`).
    pub consumed: bool,
    /// What becomes of the value it returns.
    pub returns: Returns,
    /// The generator (or coroutine) whose frame this is.
    pub generator: Option<ObjRef>,
    /// The frame object made for it, if one was (see
    /// [`FrameObject`](crate::objects::frame::FrameObject)): it is told
    /// when the frame's run ends.
    pub object: Option<ObjRef>,
}

impl Frame {
    /// The frame of a call of `function`, its variables on the value
    /// stack from `base`, its result going to `result`.
    pub fn for_call(function: &Function, base: usize, result: usize, entry: bool) -> Frame {
        Frame {
            code: function.code,
            globals: function.globals,
            builtins: function.builtins,
            locals: Value::Null,
            ip: 0,
            base: base as u32,
            result: result as u32,
            entry,
            consumed: false,
            returns: Returns::Push,
            generator: None,
            object: None,
        }
    }

    /// Whether a return from it goes on in the same interpreter loop: a
    /// plain call's frame, neither a native caller's entry frame, nor an
    /// `__init__`'s, nor a generator's, nor one with a frame object to
    /// tell.
    #[inline]
    pub fn returns_to_loop(&self) -> bool {
        !self.entry
            && self.returns == Returns::Push
            && self.generator.is_none()
            && self.object.is_none()
    }

    /// Whether it is a generator's frame that a `for` loop, a `Send` or a
    /// call resumed in the same interpreter loop, with no frame object to
    /// tell when it ends: its yield and its return go to the frame below
    /// (see [`Vm::return_to_resumer`](crate::vm::Vm)).
    #[inline]
    pub fn resumed_in_loop(&self) -> bool {
        self.generator.is_some() && !self.entry && self.object.is_none()
    }

    /// Marks what the frame refers to (its stack slots are marked with the
    /// VM's value stack).
    pub fn trace(&self, tracer: &mut Tracer<Object>) {
        tracer.mark(self.code);
        tracer.mark(self.globals);
        tracer.mark(self.builtins);
        trace_value(self.locals, tracer);
        if let Some(generator) = self.generator {
            tracer.mark(generator);
        }
        if let Some(object) = self.object {
            tracer.mark(object);
        }
    }
}
