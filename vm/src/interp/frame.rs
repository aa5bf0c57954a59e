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

/// A call of Python code in progress. Made by [`Frame::for_call`] and
/// [`Frame::for_code`]; `returns`, `generator` and `object` change through
/// its setters.
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
    /// Where its variables start on the value stack: 0 for a generator's
    /// frame, which has a value stack of its own (see `Vm::stack`).
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
    /// What becomes of the value it returns. Set with
    /// [`Frame::set_returns`].
    pub returns: Returns,
    /// The generator (or coroutine) whose frame this is. Set with
    /// [`Frame::with_generator`].
    pub generator: Option<ObjRef>,
    /// The frame object made for it, if one was (see
    /// [`FrameObject`](crate::objects::frame::FrameObject)): it is told
    /// when the frame's run ends. Set with [`Frame::set_object`].
    pub object: Option<ObjRef>,
    /// Where its return goes, from `entry`, `returns`, `generator` and
    /// `object`: kept with them, so that a return tests one byte.
    return_path: ReturnPath,
}

/// Where a frame's return goes (see [`Frame::returns_to_loop`] and
/// [`Frame::resumed_in_loop`]).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum ReturnPath {
    /// To the frame below, in the same loop.
    Loop,
    /// To the frame below that resumed the generator, in the same loop.
    Resumer,
    /// Through the general return (`Vm::return_from_frame`).
    Other,
}

impl ReturnPath {
    fn of(
        entry: bool,
        returns: Returns,
        generator: Option<ObjRef>,
        object: Option<ObjRef>,
    ) -> Self {
        match (entry, returns, generator, object) {
            (false, Returns::Push, None, None) => ReturnPath::Loop,
            (false, _, Some(_), None) => ReturnPath::Resumer,
            _ => ReturnPath::Other,
        }
    }
}

impl Frame {
    /// The frame of a call of `function`, its variables on the value
    /// stack from `base`, its result going to `result`.
    pub fn for_call(function: &Function, base: usize, result: usize, entry: bool) -> Frame {
        let mut frame = Frame::for_code(
            function.code,
            function.globals,
            function.builtins,
            Value::Null,
            base,
            entry,
        );
        frame.result = result as u32;
        frame
    }

    /// The frame of running `code` from its start, with the namespaces
    /// `globals`, `builtins` and `locals`, its variables on the value
    /// stack from `base`, where its result goes too.
    pub fn for_code(
        code: ObjRef,
        globals: ObjRef,
        builtins: ObjRef,
        locals: Value,
        base: usize,
        entry: bool,
    ) -> Frame {
        Frame {
            code,
            globals,
            builtins,
            locals,
            ip: 0,
            base: base as u32,
            result: base as u32,
            entry,
            consumed: false,
            returns: Returns::Push,
            generator: None,
            object: None,
            return_path: ReturnPath::of(entry, Returns::Push, None, None),
        }
    }

    /// The frame, running for `generator` on the generator's own value
    /// stack, for a native caller when `entry`. Built whole, field by
    /// field: patching a copy's fields and then moving it stalls the CPU
    /// on the partly rewritten words.
    #[inline(always)]
    pub fn with_generator(&self, generator: ObjRef, entry: bool) -> Frame {
        Frame {
            code: self.code,
            globals: self.globals,
            builtins: self.builtins,
            locals: self.locals,
            ip: self.ip,
            base: 0,
            result: 0,
            entry,
            consumed: false,
            returns: Returns::Push,
            generator: Some(generator),
            object: self.object,
            return_path: ReturnPath::of(entry, Returns::Push, Some(generator), self.object),
        }
    }

    /// Sets what becomes of the value it returns.
    pub fn set_returns(&mut self, returns: Returns) {
        self.returns = returns;
        self.refresh_return_path();
    }

    /// Sets the frame object made for it.
    pub fn set_object(&mut self, object: ObjRef) {
        self.object = Some(object);
        self.refresh_return_path();
    }

    fn refresh_return_path(&mut self) {
        self.return_path = ReturnPath::of(self.entry, self.returns, self.generator, self.object);
    }

    /// Whether a return from it goes on in the same interpreter loop: a
    /// plain call's frame, neither a native caller's entry frame, nor an
    /// `__init__`'s, nor a generator's, nor one with a frame object to
    /// tell.
    #[inline]
    pub fn returns_to_loop(&self) -> bool {
        self.return_path == ReturnPath::Loop
    }

    /// Whether it is a generator's frame that a `for` loop, a `Send` or a
    /// call resumed in the same interpreter loop, with no frame object to
    /// tell when it ends: its yield and its return go to the frame below
    /// (see [`Vm::return_to_resumer`](crate::vm::Vm)).
    #[inline]
    pub fn resumed_in_loop(&self) -> bool {
        self.return_path == ReturnPath::Resumer
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
