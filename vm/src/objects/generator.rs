//! Generators, coroutines and async generators: a suspended frame kept on
//! the heap.

use std::cell::Cell;

use pyvm_bytecode::CodeFlags;
use pyvm_heap::Tracer;

use crate::interp::frame::Frame;
use crate::object::{trace_value, trace_values, Object};
use crate::value::{ObjRef, Value};

/// Where a generator is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GeneratorState {
    /// Made, not started.
    Created,
    /// Stopped at a `yield`.
    Suspended,
    /// Running now.
    Running,
    /// Returned or raised: its frame is gone.
    Finished,
}

/// Which kind of generator object.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GeneratorKind {
    /// A generator (`def` with `yield`).
    Generator,
    /// A coroutine (`async def`).
    Coroutine,
    /// An async generator (`async def` with `yield`).
    AsyncGenerator,
}

impl GeneratorKind {
    /// The kind of generator code with these flags makes, if any.
    pub fn of_flags(flags: CodeFlags) -> Option<GeneratorKind> {
        if flags.contains(CodeFlags::ASYNC_GENERATOR) {
            Some(GeneratorKind::AsyncGenerator)
        } else if flags.contains(CodeFlags::COROUTINE) {
            Some(GeneratorKind::Coroutine)
        } else if flags.contains(CodeFlags::GENERATOR) {
            Some(GeneratorKind::Generator)
        } else {
            None
        }
    }

    /// The name of its objects' type (`async_generator`).
    pub fn type_name(self) -> &'static str {
        match self {
            GeneratorKind::Generator => "generator",
            GeneratorKind::Coroutine => "coroutine",
            GeneratorKind::AsyncGenerator => "async_generator",
        }
    }
}

/// A generator object's state.
pub struct Generator {
    /// Its kind.
    pub kind: GeneratorKind,
    /// Where it is.
    pub state: GeneratorState,
    /// Its frame until it finishes (`base` is 0 in `stack`). While it
    /// runs, the frame on the VM's frame stack is the live one and `ip`
    /// here is stale.
    pub frame: Option<Frame>,
    /// Its frame's variables and value stack while suspended.
    pub stack: Vec<Value>,
    /// The exception being handled inside it, kept while it is suspended.
    pub handled: Value,
    /// It was last suspended at the `yield` of a `yield from` (or
    /// `await`) loop: a hint, set at each suspension, that lets a resumer
    /// skip looking for a sub-iterator (see `suspended_delegate`) in the
    /// other generators.
    pub in_yield_from: bool,
    /// The code object.
    pub code: ObjRef,
    /// `__name__`
    pub name: Cell<Value>,
    /// `__qualname__`
    pub qualname: Cell<Value>,
    /// For an async generator: the value it is yielding now comes from
    /// its own `yield` (`AsyncGenWrap` marked it), not from an `await`
    /// inside it passing a value out to the event loop.
    pub async_yield: Cell<bool>,
    /// For an async generator: one of its awaitable steps is being
    /// awaited (CPython's `ag_running_async`, which `ag_running` shows).
    pub running_async: Cell<bool>,
    /// For an async generator: `aclose()` began or it ended with
    /// `StopAsyncIteration` or `GeneratorExit` (CPython's `ag_closed`), so
    /// `athrow()` has nothing to do.
    pub closed: Cell<bool>,
    /// For an async generator: `sys.set_asyncgen_hooks`' `firstiter` hook
    /// has been called for it (CPython's `ag_hooks_inited`).
    pub hooks_inited: Cell<bool>,
    /// Only the frame that drives it refers to it: it was made and
    /// started in place by an `await f(…)`, `yield from f(…)` or `for … in
    /// f(…)` (see `Vm::start_driven_generator`), and no reference to it
    /// has been handed out since (`cr_await`, a frame object). When it
    /// returns to that frame, nothing refers to it any more, and the next
    /// new generator is made in its place (see `Vm::reclaim_generator`).
    pub private: Cell<bool>,
    /// For an async generator: the `finalizer` hook of
    /// `sys.set_asyncgen_hooks` when its first step was made, called with
    /// it if it becomes unreachable unfinished (`None` for none).
    pub finalizer: Cell<Value>,
}

impl Generator {
    /// Marks it finished: its frame and values are gone. Returns the
    /// emptied buffer that held them, for another generator to use.
    pub fn finish(&mut self) -> Vec<Value> {
        self.state = GeneratorState::Finished;
        self.frame = None;
        self.handled = Value::None;
        let mut buffer = std::mem::take(&mut self.stack);
        buffer.clear();
        buffer
    }

    /// Marks the suspended frame and its values.
    pub fn trace(&self, tracer: &mut Tracer<Object>) {
        if let Some(frame) = &self.frame {
            frame.trace(tracer);
        }
        trace_values(&self.stack, tracer);
        trace_value(self.handled, tracer);
        tracer.mark(self.code);
        trace_value(self.name.get(), tracer);
        trace_value(self.qualname.get(), tracer);
        trace_value(self.finalizer.get(), tracer);
    }
}
