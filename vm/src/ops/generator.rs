//! Running generators: resuming a suspended frame in a nested interpreter
//! loop, suspending it at `yield`, finishing it, and PEP 479.

use crate::exception_class::ExceptionClass;
use crate::interp::frame::Frame;
use crate::interp::run::{code_of, Exit};
use crate::object::Payload;
use std::cell::{Cell, RefCell};

use crate::objects::code::Code;
use crate::objects::function::{Builtin, Function, NativeFn};
use crate::objects::generator::{Generator, GeneratorKind, GeneratorState};
use crate::value::{ObjRef, Value};
use crate::vm::{PyErr, PyResult, Vm};
use pyvm_bytecode::{Instruction, Label};

/// The largest value buffer (in values) a finished generator gives back
/// for reuse, and how many are kept.
const MAX_RECYCLED_CAPACITY: usize = 64;
const MAX_RECYCLED_BUFFERS: usize = 32;

/// How many finished private generators are kept for reuse (see
/// [`Vm::reclaim_generator`]).
const MAX_FINISHED_GENERATORS: usize = 16;

/// `generator.send` and the `next` builtin, which a call from Python code
/// runs in the interpreter loop when they resume a generator (see
/// [`Vm::resume_for_call`]).
pub(crate) const SEND: NativeFn = crate::methods::generator::send;
pub(crate) const NEXT: NativeFn = crate::builtins::functions::next;

/// What a generator's frame set aside when it was pushed, for the frame
/// below to have back when it yields, returns or raises: the generator's
/// own value stack replaces the VM's while it runs (see
/// [`Vm::stack`](crate::vm::Vm)).
pub(crate) struct GeneratorOuter {
    /// The exception being handled outside it.
    pub handled: Value,
    /// The value stack of the frames below it.
    pub stack: Vec<Value>,
}

/// How a resumed generator stopped.
pub(crate) enum Resumed {
    /// At a `yield`, with this value.
    Yielded(Value),
    /// By returning this value.
    Returned(Value),
}

/// The kind's name in messages.
pub(crate) fn kind_name(kind: GeneratorKind) -> &'static str {
    match kind {
        GeneratorKind::Generator => "generator",
        GeneratorKind::Coroutine => "coroutine",
        GeneratorKind::AsyncGenerator => "async generator",
    }
}

/// What native code does with each value a generator yields when it runs
/// the generator with [`Vm::consume_generator`].
#[derive(Clone, Copy)]
pub(crate) enum Consumer {
    /// Appends it to a list, which the caller roots (`list(g)`,
    /// `tuple(g)`, `"".join(g)`: every caller of `collect_iterable`).
    Collect(ObjRef),
    /// Adds it to a total, while both are small ints or floats (`sum(g)`).
    Sum(Value),
    /// Passes over it while its truth, known without Python code, is not
    /// `stop` (`any(g)` stops at a true value, `all(g)` at a false one).
    Truth { stop: bool },
}

impl Consumer {
    /// Takes `value`; `false` when native code must see it instead.
    fn take(&mut self, value: Value) -> bool {
        match self {
            Consumer::Collect(list) => crate::ops::iteration::push_collected(*list, value),
            Consumer::Sum(total) => {
                let add = pyvm_bytecode::BinaryOperator::Add;
                match crate::ops::arith::fast_binary(*total, value, add) {
                    Some(sum) => {
                        *total = sum;
                        true
                    }
                    None => false,
                }
            }
            Consumer::Truth { stop } => value.immediate_truth().is_some_and(|truth| truth != *stop),
        }
    }
}

/// `value` as a generator that [`Vm::consume_generator`] can run: not a
/// coroutine or an async generator.
pub(crate) fn plain_generator(value: Value) -> Option<ObjRef> {
    let object = value.as_object()?;
    match &object.payload {
        Payload::Generator(cell) if cell.borrow().kind == GeneratorKind::Generator => Some(object),
        _ => None,
    }
}

/// The kind and the frame's variables of the generator a call of `f` with
/// exactly `args` makes, when the call binds them as they are (see
/// [`Code::simple_generator`]), on what becomes the frame's own value
/// stack, with room for all of it. They are in a buffer a finished
/// generator gave back, if `buffers` has one.
///
/// Out of line: the interpreter loop's call arm calls it, and inlined
/// there it slowed every instruction (richards 15% in wall clock, from
/// code layout alone). [`Vm::start_driven_generator`] inlines
/// [`generator_values`] instead.
///
/// [`Code::simple_generator`]: crate::objects::code::Code::simple_generator
#[inline(never)]
fn simple_generator(
    f: &Function,
    args: &[Value],
    buffers: &mut Vec<Vec<Value>>,
) -> Option<(GeneratorKind, Vec<Value>)> {
    generator_values(f, args, buffers)
}

/// What [`simple_generator`] returns.
#[inline(always)]
fn generator_values(
    f: &Function,
    args: &[Value],
    buffers: &mut Vec<Vec<Value>>,
) -> Option<(GeneratorKind, Vec<Value>)> {
    let code = code_of(&f.code);
    let kind = code.simple_generator?;
    if args.len() != code.code.argcount as usize {
        return None;
    }
    let cells = f.closure.object().and_then(|c| c.as_tuple()).unwrap_or(&[]);
    let nlocals = code.nlocals();
    let needed = nlocals + cells.len() + code.code.max_stack_depth as usize;
    let mut values = buffers.pop().unwrap_or_default();
    values.reserve_exact(needed);
    // A loop, not `memcpy`: there are few.
    values.extend(args.iter().copied());
    values.resize(nlocals, Value::Null);
    values.extend(cells.iter().copied());
    Some((kind, values))
}

/// How a `Call` of a generator function went (see
/// [`Vm::call_simple_generator`]).
pub(crate) enum GeneratorCall {
    /// The call does not bind its arguments as they are: nothing was done.
    NotSimple,
    /// The generator took the call's place on the stack.
    Made,
    /// The generator's frame was pushed, to run at once.
    Started,
}

/// The instruction of the caller that drives the generator a call of `f`
/// makes at once, when the instructions from `ip` (after the call) in
/// `code` are those of `await f(…)` (`GetAwaitable` of a coroutine, then
/// [`sends_none`]), `yield from f(…)` (`GetYieldFromIter` of a plain
/// generator, then the same) or `for … in f(…)` (`GetIter` of a plain
/// generator, then `ForIter`).
fn driven_at_once(f: &Function, code: &Code, ip: usize) -> Option<Resumer> {
    let kind = code_of(&f.code).simple_generator?;
    match code.instructions.get(ip..ip + 2)? {
        [Instruction::GetAwaitable { .. }, _] if kind == GeneratorKind::Coroutine => {
            sends_none(code, ip + 1).map(Resumer::Send)
        }
        [Instruction::GetYieldFromIter, _] if kind == GeneratorKind::Generator => {
            sends_none(code, ip + 1).map(Resumer::Send)
        }
        [Instruction::GetIter, Instruction::ForIter { .. }] if kind == GeneratorKind::Generator => {
            Some(Resumer::ForIter(ip + 1))
        }
        _ => None,
    }
}

/// The instruction, by index, that resumes a generator started in place
/// (see [`Vm::start_driven_generator`]).
#[derive(Clone, Copy)]
enum Resumer {
    /// The `Send` of an `await` or a `yield from`.
    Send(usize),
    /// The `ForIter` of a `for` loop.
    ForIter(usize),
}

/// Where the `Send` is when the instructions from `ip` in `code` are
/// `LoadConst None` and `Send`: the start of the loop of an `await` or a
/// `yield from`, which resumes the iterator with `None`.
fn sends_none(code: &Code, ip: usize) -> Option<usize> {
    match code.instructions.get(ip..ip + 2)? {
        [Instruction::LoadConst { value }, Instruction::Send { .. }]
            if code.consts[value.0 as usize].is_none() =>
        {
            Some(ip + 1)
        }
        _ => None,
    }
}

/// The sub-iterator of a generator suspended in a `yield from` (or an
/// `await`), and where its `Send` loop ends: the generator is suspended at
/// the `YieldValue` after a `Send`, with the sub-iterator on top of its
/// stack.
fn suspended_delegate(data: &Generator) -> Option<(Value, Label)> {
    if data.state != GeneratorState::Suspended {
        return None;
    }
    let frame = data.frame.as_ref()?;
    let instructions = &code_of(&frame.code).instructions;
    let yield_index = (frame.ip as usize).checked_sub(1)?;
    match instructions.get(yield_index.checked_sub(1)?..=yield_index)? {
        [Instruction::Send { target }, Instruction::YieldValue] => {
            Some((*data.stack.last()?, *target))
        }
        _ => None,
    }
}

/// The most generators a chain of `yield from`s is followed through by
/// [`delegated_next`] (a chain cannot loop, but a bound costs nothing).
const MAX_DELEGATION_DEPTH: usize = 64;

/// The next item of a generator suspended in a `yield from` over a
/// built-in iterator of a list, a tuple or a range, possibly through more
/// generators suspended the same way, taken from that iterator without
/// resuming any of them. Resuming would only pass `None` down the chain,
/// take that item and yield it back up to the same `yield`s: no Python
/// code runs, and each generator stays as it was. `None` when the
/// generators must run: the iterator is exhausted (they go on past their
/// `yield from`), or the chain ends elsewhere.
#[inline(never)]
fn delegated_next(generator: ObjRef) -> Option<Value> {
    let mut current = generator;
    for _ in 0..MAX_DELEGATION_DEPTH {
        let Payload::Generator(cell) = &current.payload else {
            return None;
        };
        let data = cell.try_borrow().ok()?;
        if !data.in_yield_from || data.kind != GeneratorKind::Generator {
            return None;
        }
        let (delegate, _) = suspended_delegate(&data)?;
        drop(data);
        match delegate.payload()? {
            Payload::Iterator(_) => return Vm::next_fast(delegate)?,
            Payload::Generator(_) => current = delegate.as_object()?,
            _ => return None,
        }
    }
    None
}

/// Notes that a reference to `value`, if it is a generator, is being
/// handed out: it is no longer [private](Generator::private).
pub(crate) fn mark_shared(value: Value) {
    if let Some(Payload::Generator(cell)) = value.payload() {
        if let Ok(data) = cell.try_borrow() {
            data.private.set(false);
        }
    }
}

/// Whether the generator's frame can be resumed with `sent` right away:
/// it is suspended, or not started and `sent` is `None`.
fn resumes_with(data: &Generator, sent: Value) -> bool {
    match data.state {
        GeneratorState::Suspended => true,
        GeneratorState::Created => sent.is_none(),
        GeneratorState::Running | GeneratorState::Finished => false,
    }
}

impl Vm {
    /// Resumes a generator with `sent` as the value of its `yield` (or
    /// with `thrown` raised there) until it yields or returns.
    pub(crate) fn resume(
        &mut self,
        generator: ObjRef,
        sent: Value,
        thrown: Option<PyErr>,
    ) -> PyResult<Resumed> {
        self.resume_frame(generator, sent, thrown, false)
    }

    /// [`Vm::resume`], its frame [`consumed`](Frame::consumed) when
    /// `consumed` (see [`Vm::consume_generator`]).
    fn resume_frame(
        &mut self,
        generator: ObjRef,
        sent: Value,
        thrown: Option<PyErr>,
        consumed: bool,
    ) -> PyResult<Resumed> {
        self.guard_native_stack("")?;
        let Payload::Generator(cell) = &generator.payload else {
            unreachable!("resume takes a generator")
        };
        let data = cell.borrow();
        let kind = data.kind;
        match data.state {
            GeneratorState::Running => {
                drop(data);
                let what = kind_name(kind);
                return Err(self.value_error(format!("{what} already executing")));
            }
            GeneratorState::Finished => {
                drop(data);
                // A finished coroutine can be neither resumed nor thrown
                // into (`close()` does not come here).
                if kind == GeneratorKind::Coroutine {
                    return Err(self.error(
                        ExceptionClass::RuntimeError,
                        "cannot reuse already awaited coroutine",
                    ));
                }
                return match thrown {
                    Some(error) => Err(error),
                    None => Ok(Resumed::Returned(Value::None)),
                };
            }
            GeneratorState::Created if thrown.is_none() && !sent.is_none() => {
                drop(data);
                let what = kind_name(kind);
                return Err(self.type_error(format!(
                    "can't send non-None value to a just-started {what}"
                )));
            }
            GeneratorState::Created if thrown.is_some() => {
                drop(data);
                self.finish_generator(generator);
                return Err(thrown.expect("checked"));
            }
            _ => {}
        }
        drop(data);
        self.push_generator_frame(generator, sent, true)?;
        if consumed {
            self.frames.last_mut().expect("just pushed").consumed = true;
        }
        let outcome = match thrown {
            Some(error) => {
                let index = self.frame().ip.saturating_sub(1);
                match self.throw_here(error, index) {
                    Ok(()) => self.run(),
                    Err(error) => Err(error),
                }
            }
            None => self.run(),
        };
        match outcome? {
            Exit::Yield(value) => Ok(Resumed::Yielded(value)),
            Exit::Return(value) => Ok(Resumed::Returned(value)),
        }
    }

    /// Runs `generator` for native code that takes every value it yields
    /// in turn (`list(g)`, `sum(g)`, `any(g)`): its frame is
    /// [`consumed`](Frame::consumed), so a `yield` hands the value to
    /// `consumer` in the interpreter loop and goes on as if `next()` had
    /// resumed it, with no suspension. Nothing the program could see
    /// happens between two items, as in CPython, where only C code runs
    /// there. A value the consumer does not take (an item `sum` cannot add
    /// alone, `any`'s true one, an item a full list has no room for) is
    /// yielded as usual: the generator is suspended at that `yield` and the
    /// value returned with the consumer, for the native caller to go on
    /// with. `None` for it when the generator finished.
    pub(crate) fn consume_generator(
        &mut self,
        generator: ObjRef,
        consumer: Consumer,
    ) -> PyResult<(Consumer, Option<Value>)> {
        self.consumers.push(consumer);
        let resumed = self.resume_frame(generator, Value::None, None, true);
        let consumer = self.consumers.pop().expect("pushed above");
        match resumed? {
            Resumed::Yielded(value) => Ok((consumer, Some(value))),
            Resumed::Returned(_) => Ok((consumer, None)),
        }
    }

    /// A consumed frame's `yield` (see [`Vm::consume_generator`]):
    /// whether the innermost consumer took `value`.
    pub(crate) fn consume_yielded(&mut self, value: Value) -> bool {
        self.consumers
            .last_mut()
            .expect("a consumed frame runs")
            .take(value)
    }

    /// Pushes the frame of a generator that may resume (created or
    /// suspended) to run next, with `sent` as the value of its `yield`.
    /// An `entry` frame hands control back to native code when it yields
    /// or returns; otherwise a `for` loop's `ForIter` resumed it in the
    /// interpreter loop (see [`Vm::resume_for_loop`]). A resumed frame
    /// counts against the recursion limit, as in CPython, where resuming
    /// a generator enters the interpreter again.
    fn push_generator_frame(
        &mut self,
        generator: ObjRef,
        sent: Value,
        entry: bool,
    ) -> PyResult<()> {
        if self.depth >= self.recursion_limit || self.value_stacks_full() {
            // The error is raised in the generator's frame, which it ends,
            // as in CPython.
            let error = self.recursion_error("");
            self.finish_generator(generator);
            return Err(error);
        }
        let Payload::Generator(cell) = &generator.payload else {
            unreachable!("resume takes a generator")
        };
        let mut data = cell.borrow_mut();
        let created = data.state == GeneratorState::Created;
        data.state = GeneratorState::Running;
        // The generator keeps its frame while it runs: only the
        // instruction pointer changes, and a suspension writes just that.
        let saved = data
            .frame
            .as_ref()
            .expect("a suspended generator has a frame");
        let frame = saved.with_generator(generator, entry);
        let own = std::mem::take(&mut data.stack);
        let own_handled = data.handled;
        drop(data);
        self.enter_generator_stack(own);
        if !created {
            self.stack.push(sent);
        }
        if !own_handled.is_none() {
            self.handled = own_handled;
        }
        self.depth += 1;
        self.frames.push(frame);
        Ok(())
    }

    /// Makes `own`, the value stack of a generator whose frame is being
    /// pushed, the VM's, setting aside the stack it replaces and the
    /// exception being handled outside the generator.
    #[inline(always)]
    fn enter_generator_stack(&mut self, own: Vec<Value>) {
        let stack = std::mem::replace(&mut self.stack, own);
        self.set_aside_values += stack.len();
        self.generator_outer.push(GeneratorOuter {
            handled: self.handled,
            stack,
        });
    }

    /// The exception being handled, as `PushExcInfo` saves it for its
    /// `PopExcept`: [`Value::Null`] in a generator's frame when that is
    /// the caller's, which may be another one by the time the `except`
    /// block ends, as the generator may be suspended inside it (CPython
    /// chains a generator's exception state to its caller's).
    pub(crate) fn saved_handled(&self) -> Value {
        let in_generator = self.frames.last().is_some_and(|f| f.generator.is_some());
        match self.generator_outer.last() {
            Some(outer) if in_generator && self.handled.is(outer.handled) => Value::Null,
            _ => self.handled,
        }
    }

    /// `PopExcept`: the exception being handled goes back to `previous`,
    /// which [`Vm::saved_handled`] saved.
    pub(crate) fn restore_handled(&mut self, previous: Value) {
        self.handled = match previous {
            Value::Null => self
                .generator_outer
                .last()
                .map_or(Value::None, |outer| outer.handled),
            previous => previous,
        };
    }

    /// After a generator's frame was popped (it yielded, returned or
    /// raised): the frame below has its value stack back, and the
    /// exception being handled outside the generator. Returns the
    /// generator's own value stack.
    pub(crate) fn leave_generator_frame(&mut self) -> Vec<Value> {
        let outer = self
            .generator_outer
            .pop()
            .expect("a generator frame was entered");
        self.handled = outer.handled;
        self.set_aside_values -= outer.stack.len();
        std::mem::replace(&mut self.stack, outer.stack)
    }

    /// [`Vm::leave_generator_frame`] for a generator that finished: its
    /// emptied value stack is kept for a new generator.
    #[inline]
    pub(crate) fn leave_finished_generator_frame(&mut self) {
        let mut own = self.leave_generator_frame();
        own.clear();
        self.recycle_generator_buffer(own);
    }

    /// `ForIter` over a generator: pushes its frame to run in the
    /// interpreter loop, as a call does, instead of resuming it in a
    /// nested loop. When it yields, the value goes to the loop's stack;
    /// when it returns, the loop ends (see [`Vm::end_resumption`]). Returns
    /// whether the frame was pushed: `false` when the generator has
    /// finished.
    pub(crate) fn resume_for_loop(&mut self, generator: ObjRef) -> PyResult<bool> {
        let Payload::Generator(cell) = &generator.payload else {
            unreachable!("resume takes a generator")
        };
        let data = cell.borrow();
        match data.state {
            GeneratorState::Created | GeneratorState::Suspended => {}
            GeneratorState::Finished => return Ok(false),
            GeneratorState::Running => {
                let what = kind_name(data.kind);
                drop(data);
                return Err(self.value_error(format!("{what} already executing")));
            }
        }
        let in_yield_from = data.in_yield_from;
        drop(data);
        if in_yield_from && self.next_by_delegation(generator) {
            return Ok(true);
        }
        self.push_generator_frame(generator, Value::None, false)?;
        Ok(true)
    }

    /// `ForIter` over a generator suspended in a `yield from`: the next
    /// item taken from its sub-iterator without resuming it (see
    /// [`delegated_next`]) goes to the loop, as the generator's yield of
    /// it would. Returns whether there was one: at the recursion limit
    /// there is none, and the generator is resumed to raise there, as in
    /// CPython.
    #[inline(never)]
    fn next_by_delegation(&mut self, generator: ObjRef) -> bool {
        if self.depth >= self.recursion_limit {
            return false;
        }
        let Some(item) = delegated_next(generator) else {
            return false;
        };
        // What `yield_to_resumer` does for a `ForIter`; called from here
        // too, it stopped being inlined into the loop, which cost every
        // yield (generator_pipeline +0.3%).
        let frame = self.frames.last().expect("the resuming frame");
        let (code, ip, base) = (frame.code, frame.ip as usize, frame.base as usize);
        if self.store_or_push(&code_of(&code).instructions, ip, base, item) {
            self.frame_mut().ip += 1;
        }
        true
    }

    /// `Send` (`await`, `yield from`) to a generator or coroutine that may
    /// resume with `sent`: pushes its frame to run in the interpreter
    /// loop, as [`Vm::resume_for_loop`] does, instead of resuming it in a
    /// nested loop. Its yields replace `sent` on top of the delegating
    /// frame's stack; its return ends the delegation (see
    /// [`Vm::end_resumption`]). Returns whether the frame was pushed:
    /// `false` leaves the other cases (finished, running, a value sent to
    /// a just-started one, an async generator) to [`Vm::send`].
    pub(crate) fn resume_for_send(&mut self, generator: ObjRef, sent: Value) -> PyResult<bool> {
        let Payload::Generator(cell) = &generator.payload else {
            return Ok(false);
        };
        let data = cell.borrow();
        if !resumes_with(&data, sent) || data.kind == GeneratorKind::AsyncGenerator {
            return Ok(false);
        }
        drop(data);
        self.push_generator_frame(generator, sent, false)?;
        Ok(true)
    }

    /// `Send` (to `target` when the delegation ends) in the cases the
    /// interpreter loop takes without a nested loop: a generator or
    /// coroutine that may resume (see [`Vm::resume_for_send`]), or `yield
    /// from` a list, a tuple or a range. `Some(true)` when a frame was
    /// pushed, `Some(false)` when the step was taken in place (the current
    /// frame's `ip` says where to go on), `None` for the general
    /// [`Vm::send`].
    pub(crate) fn send_in_loop(&mut self, target: Label) -> PyResult<Option<bool>> {
        let len = self.stack.len();
        let (receiver, sent) = (self.stack[len - 2], self.stack[len - 1]);
        if let Some(generator) = receiver.as_object() {
            if self.resume_for_send(generator, sent)? {
                return Ok(Some(true));
            }
        }
        if !sent.is_none() {
            return Ok(None);
        }
        Ok(Vm::next_fast(receiver).map(|next| {
            match next {
                Some(item) => self.stack[len - 1] = item,
                None => {
                    self.stack.pop();
                    self.stack[len - 2] = Value::None;
                    self.frame_mut().ip = target.0;
                }
            }
            false
        }))
    }

    /// A `Call` of `builtin` that resumes a generator or coroutine: its
    /// `send` method (`g.send(x)`, bound or not) or `next(g)`, with the
    /// arguments on the stack from `args_start` and the result going to
    /// `result`. Pushes the generator's frame to run in the interpreter
    /// loop, as [`Vm::resume_for_send`] does, instead of calling the
    /// builtin, which would resume it in a nested loop: its yield is the
    /// call's result (see [`Vm::yield_to_resumer`]); its return raises
    /// `StopIteration` at the call (see [`Vm::end_resumption`]). Returns
    /// whether the frame was pushed: `false` leaves the call, and every
    /// error, to the builtin.
    pub(crate) fn resume_for_call(
        &mut self,
        builtin: &Builtin,
        args_start: usize,
        result: usize,
    ) -> PyResult<bool> {
        let args = &self.stack[args_start..];
        let (generator, sent, is_next) = if std::ptr::fn_addr_eq(builtin.function, SEND) {
            match builtin.receiver_and_rest(args) {
                Some((generator, &[sent])) => (generator, sent, false),
                _ => return Ok(false),
            }
        } else if std::ptr::fn_addr_eq(builtin.function, NEXT) {
            match args {
                &[generator] if builtin.receiver.is_null() => (generator, Value::None, true),
                _ => return Ok(false),
            }
        } else {
            return Ok(false);
        };
        let Some(generator) = generator.as_object() else {
            return Ok(false);
        };
        let Payload::Generator(cell) = &generator.payload else {
            return Ok(false);
        };
        let data = cell.borrow();
        let resumable = resumes_with(&data, sent);
        let kind_fits = match data.kind {
            GeneratorKind::Generator => true,
            GeneratorKind::Coroutine => !is_next,
            GeneratorKind::AsyncGenerator => false,
        };
        if !resumable || !kind_fits {
            return Ok(false);
        }
        drop(data);
        self.stack.truncate(result);
        self.push_generator_frame(generator, sent, false)?;
        Ok(true)
    }

    /// A new generator, coroutine or async generator of a call of `f`,
    /// not started, its frame's variables being `values` (the bound
    /// arguments and other locals, then the cells).
    pub(crate) fn new_generator(
        &mut self,
        f: &Function,
        kind: GeneratorKind,
        values: Vec<Value>,
    ) -> Value {
        let generator = Generator {
            kind,
            state: GeneratorState::Created,
            frame: Some(Frame::for_call(f, 0, 0, false)),
            stack: values,
            handled: Value::None,
            in_yield_from: false,
            code: f.code,
            name: Cell::new(f.name.get()),
            qualname: Cell::new(f.qualname.get()),
            async_yield: Cell::new(false),
            running_async: Cell::new(false),
            closed: Cell::new(false),
            hooks_inited: Cell::new(false),
            private: Cell::new(false),
            finalizer: Cell::new(Value::None),
        };
        let class = match kind {
            GeneratorKind::Generator => self.types.generator,
            GeneratorKind::Coroutine => self.types.coroutine,
            GeneratorKind::AsyncGenerator => self.types.async_generator,
        };
        if let Some(reused) = self.finished_generators.pop() {
            // Still on the heap, and still a finalizer candidate if it
            // was made one: no collection ran since.
            if let Payload::Generator(cell) = &reused.payload {
                *cell.borrow_mut() = generator;
                reused.set_class(class);
                return Value::Obj(reused);
            }
        }
        let payload = Box::new(RefCell::new(generator));
        let generator = self.alloc_with(class, || Payload::Generator(payload));
        // Suspended, it has a finalizer (`close()`).
        self.heap.register_finalizer_candidate(generator);
        Value::Obj(generator)
    }

    /// The generator of a call of `f` with exactly `args`, made at once
    /// when the call binds them as they are (see [`simple_generator`]);
    /// `None` leaves the call to [`Vm::push_frame`].
    pub(crate) fn new_simple_generator(&mut self, f: &Function, args: &[Value]) -> Option<Value> {
        let (kind, values) = simple_generator(f, args, &mut self.generator_buffers)?;
        Some(self.new_generator(f, kind, values))
    }

    /// A `Call` of `f` (its arguments on the stack from `args_start`, the
    /// result going to `result`) that makes a generator at once (see
    /// [`simple_generator`]), the call being the instruction before `ip` in
    /// `code`. A generator that the instructions after the call drive at
    /// once (`await f(…)`, `yield from f(…)`, `for … in f(…)`) starts in
    /// place (see [`Vm::start_driven_generator`]); any other is pushed in
    /// the call's place.
    pub(crate) fn call_simple_generator(
        &mut self,
        f: &Function,
        args_start: usize,
        result: usize,
        code: &Code,
        ip: usize,
    ) -> GeneratorCall {
        if let Some(resumer) = driven_at_once(f, code, ip) {
            if self.start_driven_generator(f, args_start, result, resumer) {
                return GeneratorCall::Started;
            }
        }
        let args = &self.stack[args_start..];
        let Some((kind, values)) = simple_generator(f, args, &mut self.generator_buffers) else {
            return GeneratorCall::NotSimple;
        };
        let generator = self.new_generator(f, kind, values);
        self.stack.truncate(result);
        self.stack.push(generator);
        GeneratorCall::Made
    }

    /// `GetAwaitable` of `awaitable` (on top of the stack), the next
    /// instruction being at `ip` in `code`, when its `__await__` is a
    /// Python generator function and the `await` resumes the generator at
    /// once: the generator is made and started in one step, as
    /// [`Vm::start_driven_generator`] does for `await f(…)`. Returns
    /// whether it was; `false` leaves everything to
    /// [`Vm::awaitable_iterator`].
    #[inline(never)]
    pub(crate) fn start_awaited_generator(&mut self, code: &Code, ip: usize) -> bool {
        let Some(send) = sends_none(code, ip) else {
            return false;
        };
        let awaitable = self.peek(1);
        if matches!(
            awaitable.payload(),
            Some(Payload::Generator(_) | Payload::AsyncGenStep(_))
        ) {
            return false;
        }
        let class = self.type_of(awaitable);
        let Some(method) = self.lookup_type(class, self.names.__await__) else {
            return false;
        };
        let Some(Payload::Function(f)) = method.payload() else {
            return false;
        };
        if code_of(&f.code).simple_generator != Some(GeneratorKind::Generator) {
            return false;
        }
        // `[awaitable, awaitable]`: the call's slot, then its argument.
        self.stack.push(awaitable);
        let len = self.stack.len();
        if self.start_driven_generator(f, len - 1, len - 2, Resumer::Send(send)) {
            return true;
        }
        self.stack.pop();
        false
    }

    /// A generator or coroutine of a call of `f` that the caller's `Send`
    /// or `ForIter` at `resumer` drives at once, made and resumed in one
    /// step: what the call and the instructions up to `resumer` (see
    /// [`driven_at_once`]) would do. The arguments move to the generator's
    /// own value stack as the new frame's variables; the generator takes
    /// the call's slot, as the `ForIter` or the `Send` expects, with the
    /// value sent above it for a `Send`. The caller goes on after
    /// `resumer`.
    /// Returns `false`, with nothing changed, when the call does not bind
    /// its arguments as they are or the frame may not be pushed (the
    /// steps then run one by one, and raise where they would).
    #[inline(never)]
    fn start_driven_generator(
        &mut self,
        f: &Function,
        args_start: usize,
        result: usize,
        resumer: Resumer,
    ) -> bool {
        if self.depth >= self.recursion_limit || self.value_stacks_full() {
            return false;
        }
        let args = &self.stack[args_start..];
        let Some((kind, own)) = generator_values(f, args, &mut self.generator_buffers) else {
            return false;
        };
        let generator = self.new_generator(f, kind, Vec::new());
        if let Some(Payload::Generator(cell)) = generator.payload() {
            let mut data = cell.borrow_mut();
            data.state = GeneratorState::Running;
            data.private.set(true);
        }
        // The call's `[NULL, f, args…]` or `[f, self, args…]` becomes
        // `[generator, None]` for a `Send`, `[generator]` for a `ForIter`.
        self.stack.truncate(result);
        self.stack.push(generator);
        if let Resumer::Send(_) = resumer {
            self.stack.push(Value::None);
        }
        let (Resumer::Send(at) | Resumer::ForIter(at)) = resumer;
        self.frame_mut().ip = at as u32 + 1;
        self.enter_generator_stack(own);
        self.depth += 1;
        let generator = generator.as_object().expect("a generator object");
        self.frames
            .push(Frame::for_call(f, 0, 0, false).with_generator(generator, false));
        true
    }

    /// The instruction of the current frame that resumed the generator
    /// whose frame was just popped: a `ForIter`, a `Send` or a `Call`.
    fn resuming_instruction(&self) -> Instruction {
        let frame = self.frames.last().expect("the resuming frame");
        code_of(&frame.code).instructions[frame.ip as usize - 1]
    }

    /// A generator's yield of `value` to the frame that resumed it in the
    /// interpreter loop: a `for` loop's next item, or the value a `Send`
    /// passes on (it replaces the value sent).
    pub(crate) fn yield_to_resumer(&mut self, value: Value) {
        let frame = self.frames.last().expect("the resuming frame");
        let (code, ip, base) = (frame.code, frame.ip as usize, frame.base as usize);
        let instructions = &code_of(&code).instructions;
        if let Instruction::Send { .. } = instructions[ip - 1] {
            let top = self.stack.len() - 1;
            self.stack[top] = value;
        } else if self.store_or_push(instructions, ip, base, value) {
            self.frames.last_mut().expect("the resuming frame").ip += 1;
        }
    }

    /// After a generator that the current frame resumed in the interpreter
    /// loop returned `value`: a `for` loop pops its iterator and jumps
    /// past the loop, as its `ForIter` does when the iterator is
    /// exhausted; a `Send` gives `value` as the result of its delegation;
    /// a call (`g.send(x)`, `next(g)`) raises `StopIteration(value)`,
    /// which is returned for the caller to raise there.
    pub(crate) fn end_resumption(&mut self, value: Value) -> Option<PyErr> {
        let target = match self.resuming_instruction() {
            Instruction::Call { .. } => return Some(self.stop_iteration(value)),
            Instruction::ForIter { target } => {
                self.stack.pop();
                target
            }
            Instruction::Send { target } => {
                self.stack.pop();
                let top = self.stack.len() - 1;
                self.stack[top] = value;
                target
            }
            other => unreachable!("a generator without a native caller was resumed by {other:?}"),
        };
        self.frames.last_mut().expect("the resuming frame").ip = target.0;
        None
    }

    /// `ReturnValue` of `value` in a frame that
    /// [`resumed_in_loop`](Frame::resumed_in_loop): the generator finishes
    /// and its resumer goes on, as [`Vm::end_resumption`] says. Returns the
    /// error to raise at the resuming call, if any.
    pub(crate) fn return_to_resumer(&mut self, value: Value) -> Option<PyErr> {
        let frame = self.frames.pop().expect("a frame is running");
        self.depth -= 1;
        self.stack.truncate(frame.result as usize);
        let generator = frame.generator.expect("a generator's frame");
        let mut private = false;
        if let Payload::Generator(cell) = &generator.payload {
            let mut data = cell.borrow_mut();
            data.finish();
            private = data.private.get();
        }
        self.leave_finished_generator_frame();
        let error = self.end_resumption(value);
        if private {
            // `end_resumption` popped the one reference: its resumer's.
            self.reclaim_generator(generator);
        }
        error
    }

    /// Keeps a finished [private](Generator::private) generator, which is
    /// garbage now, for [`Vm::new_generator`] to make a new one in its
    /// place until the next collection: a generator made and run to its
    /// end in a loop reuses the same memory each time, as under reference
    /// counting, instead of new memory until a collection frees it.
    /// One whose finalizer ran once (it was resurrected) is left to the
    /// collector: the new generator would inherit that.
    fn reclaim_generator(&mut self, generator: ObjRef) {
        if self.finished_generators.len() < MAX_FINISHED_GENERATORS
            && !self.heap.finalizer_claimed(generator)
        {
            self.finished_generators.push(generator);
        }
    }

    /// The sub-iterator a suspended generator delegates to with `yield
    /// from` (CPython's `_PyGen_yf`), and where its `Send` loop ends: the
    /// generator is suspended at the `YieldValue` after a `Send`, with the
    /// sub-iterator on top of its stack.
    pub(crate) fn yield_from_delegate(&self, generator: ObjRef) -> Option<(Value, Label)> {
        let Payload::Generator(cell) = &generator.payload else {
            return None;
        };
        suspended_delegate(&cell.borrow())
    }

    /// Ends a `yield from` whose sub-iterator stopped: pops it and moves
    /// the suspended frame past the `Send` loop, as `_gen_throw` does.
    fn end_delegation(&mut self, generator: ObjRef, after_send: Label) {
        let Payload::Generator(cell) = &generator.payload else {
            unreachable!("a generator")
        };
        let mut data = cell.borrow_mut();
        data.stack.pop();
        if let Some(frame) = data.frame.as_mut() {
            frame.ip = after_send.0;
        }
    }

    /// `generator.throw(error)` (and `close`, with `GeneratorExit`): the
    /// error goes to the sub-iterator of a `yield from` first, as in
    /// CPython's `_gen_throw`.
    pub(crate) fn throw_into(&mut self, generator: ObjRef, error: PyErr) -> PyResult<Resumed> {
        let Some((delegate, after_send)) = self.yield_from_delegate(generator) else {
            return self.resume(generator, Value::None, Some(error));
        };
        if self.is_exception(Value::Obj(error.exception), ExceptionClass::GeneratorExit) {
            // The sub-iterator is closed, then the generator sees the
            // GeneratorExit (or what closing raised).
            let mark = self.root(Value::Obj(error.exception));
            let closed = self.close_iterator(delegate);
            self.release_roots(mark);
            let thrown = match closed {
                Ok(()) => error,
                Err(raised) => raised,
            };
            return self.resume(generator, Value::None, Some(thrown));
        }
        let outcome = match delegate.as_object() {
            Some(inner) if matches!(inner.payload, Payload::Generator(_)) => {
                self.throw_into(inner, error)
            }
            _ => {
                let throw_name = self.intern("throw");
                match self.get_attr(delegate, throw_name) {
                    Ok(method) => self
                        .call_function(method, &[Value::Obj(error.exception)])
                        .map(Resumed::Yielded),
                    Err(_) => return self.resume(generator, Value::None, Some(error)),
                }
            }
        };
        match outcome {
            Ok(Resumed::Yielded(value)) => Ok(Resumed::Yielded(value)),
            Ok(Resumed::Returned(value)) => {
                self.end_delegation(generator, after_send);
                self.resume(generator, value, None)
            }
            Err(raised)
                if self
                    .is_exception(Value::Obj(raised.exception), ExceptionClass::StopIteration) =>
            {
                self.end_delegation(generator, after_send);
                let value = self.stop_iteration_value(raised);
                self.resume(generator, value, None)
            }
            Err(raised) => {
                self.end_delegation(generator, after_send);
                self.resume(generator, Value::None, Some(raised))
            }
        }
    }

    /// Closes a `yield from` sub-iterator (or what an awaitable wrapper
    /// wraps): `close()` for a generator or an awaitable step, its `close`
    /// method for another iterator that has one (CPython's
    /// `_gen_close_iter`).
    pub(crate) fn close_iterator(&mut self, iterator: Value) -> PyResult<()> {
        match iterator.as_object() {
            Some(generator) if matches!(generator.payload, Payload::Generator(_)) => {
                self.close_generator(generator)
            }
            Some(step) if matches!(step.payload, Payload::AsyncGenStep(_)) => {
                self.async_gen_step_close(step);
                Ok(())
            }
            Some(inner) if matches!(inner.payload, Payload::AwaitWrapper(_)) => {
                self.await_wrapper_close(inner)
            }
            _ => {
                let close_name = self.intern("close");
                match self.find_attr(iterator, close_name)? {
                    Some(method) => self.call_function(method, &[]).map(drop),
                    None => Ok(()),
                }
            }
        }
    }

    /// Saves a generator's frame, just popped, at a `yield`: its value
    /// stack, `ip`, and whether the `yield` is a `yield from`'s. The
    /// generator kept the rest of its frame while it ran. The frame below
    /// has its own stack back (see [`Vm::leave_generator_frame`]).
    pub(crate) fn suspend_generator(&mut self, generator: ObjRef, ip: u32, in_yield_from: bool) {
        let Payload::Generator(cell) = &generator.payload else {
            unreachable!("a generator frame belongs to a generator")
        };
        let inside = self.handled;
        let own = self.leave_generator_frame();
        let mut data = cell.borrow_mut();
        data.stack = own;
        // What the generator handles, unless it is what is handled outside.
        data.handled = if inside.is(self.handled) {
            Value::None
        } else {
            inside
        };
        let frame = data
            .frame
            .as_mut()
            .expect("a running generator keeps its frame");
        frame.ip = ip;
        data.in_yield_from = in_yield_from;
        data.state = GeneratorState::Suspended;
    }

    /// Marks a generator finished after its frame returned (or when it
    /// ends before it started). A frame object made for its frame keeps
    /// the values it had, if they were not kept when the frame was popped.
    pub(crate) fn finish_generator(&mut self, generator: ObjRef) {
        if let Payload::Generator(cell) = &generator.payload {
            let mut data = cell.borrow_mut();
            if let Some(object) = data.frame.and_then(|frame| frame.object) {
                let values: Box<[Value]> = data.stack.as_slice().into();
                let instruction = data.frame.and_then(|frame| frame.ip.checked_sub(1));
                drop(data);
                self.end_frame_object_with(object, values, instruction, Value::None);
                data = cell.borrow_mut();
            }
            let buffer = data.finish();
            drop(data);
            self.recycle_generator_buffer(buffer);
        }
    }

    /// Keeps the emptied value buffer of a finished generator for a new
    /// one, when it is small and few are kept: a generator made and run
    /// to its end in a loop then allocates none.
    fn recycle_generator_buffer(&mut self, buffer: Vec<Value>) {
        if buffer.capacity() != 0
            && buffer.capacity() <= MAX_RECYCLED_CAPACITY
            && self.generator_buffers.len() < MAX_RECYCLED_BUFFERS
        {
            self.generator_buffers.push(buffer);
        }
    }

    /// Marks a generator finished after an exception left its frame, and
    /// returns the error to propagate: `StopIteration` becomes
    /// `RuntimeError` (PEP 479).
    pub(crate) fn finish_generator_with_error(&mut self, generator: ObjRef, error: PyErr) -> PyErr {
        self.finish_generator(generator);
        let kind = match &generator.payload {
            Payload::Generator(cell) => cell.borrow().kind,
            _ => GeneratorKind::Generator,
        };
        let stop = Value::Obj(error.exception);
        let converts = self.is_exception(stop, ExceptionClass::StopIteration)
            || (kind == GeneratorKind::AsyncGenerator
                && self.is_exception(stop, ExceptionClass::StopAsyncIteration));
        if !converts {
            return error;
        }
        let message = match kind {
            GeneratorKind::Generator => "generator raised StopIteration",
            GeneratorKind::Coroutine => "coroutine raised StopIteration",
            GeneratorKind::AsyncGenerator
                if self.is_exception(stop, ExceptionClass::StopAsyncIteration) =>
            {
                "async generator raised StopAsyncIteration"
            }
            GeneratorKind::AsyncGenerator => "async generator raised StopIteration",
        };
        let replacement = self.error(ExceptionClass::RuntimeError, message);
        if let Some(data) = replacement.exception.as_exception() {
            data.cause.set(stop);
            data.context.set(stop);
            data.suppress_context.set(true);
        }
        replacement
    }

    /// `next()` of a generator: `None` when it returns.
    pub(crate) fn generator_next(&mut self, generator: ObjRef) -> PyResult<Option<Value>> {
        match self.resume(generator, Value::None, None)? {
            Resumed::Yielded(value) => Ok(Some(value)),
            Resumed::Returned(_) => Ok(None),
        }
    }

    /// `Send`: delegation of `yield from` to a generator or iterator.
    pub(crate) fn send(&mut self, receiver: Value, sent: Value) -> PyResult<Resumed> {
        if let Some(generator) = receiver
            .as_object()
            .filter(|o| matches!(o.payload, Payload::Generator(_)))
        {
            return self.resume(generator, sent, None);
        }
        if let Some(step) = receiver
            .as_object()
            .filter(|o| matches!(o.payload, Payload::AsyncGenStep(_)))
        {
            let result = self.async_gen_step_send(step, sent);
            return self.resumed(result);
        }
        if let Some(wrapper) = receiver
            .as_object()
            .filter(|o| matches!(o.payload, Payload::AwaitWrapper(_)))
        {
            let result = self.await_wrapper_send(wrapper, sent);
            return self.resumed(result);
        }
        if sent.is_none() {
            return match self.next_with_value(receiver)? {
                Ok(item) => Ok(Resumed::Yielded(item)),
                Err(returned) => Ok(Resumed::Returned(returned)),
            };
        }
        let send_name = self.intern("send");
        let method = self.get_attr(receiver, send_name)?;
        let result = self.call_function(method, &[sent]);
        self.resumed(result)
    }

    /// What a call that steps an iterator (its `send`) did: yielded the
    /// value it returned, or returned the value of the `StopIteration` it
    /// raised.
    fn resumed(&mut self, result: PyResult<Value>) -> PyResult<Resumed> {
        match result {
            Ok(item) => Ok(Resumed::Yielded(item)),
            Err(error)
                if self
                    .is_exception(Value::Obj(error.exception), ExceptionClass::StopIteration) =>
            {
                Ok(Resumed::Returned(self.stop_iteration_value(error)))
            }
            Err(error) => Err(error),
        }
    }

    /// `next(iterator)`: `Ok(item)`, or `Err(value)` with the value its
    /// `StopIteration` carried when it is exhausted.
    fn next_with_value(&mut self, iterator: Value) -> PyResult<Result<Value, Value>> {
        let is_builtin = matches!(
            iterator.payload(),
            Some(Payload::Iterator(_) | Payload::Generator(_))
        );
        if is_builtin {
            return Ok(self.next(iterator)?.ok_or(Value::None));
        }
        let name = self.names.__next__;
        match self.call_user_dunder(iterator, name, &[]) {
            Ok(Some(item)) => Ok(Ok(item)),
            Ok(None) => {
                let type_name = self.type_name(iterator);
                Err(self.type_error(format!("'{type_name}' object is not an iterator")))
            }
            Err(error)
                if self
                    .is_exception(Value::Obj(error.exception), ExceptionClass::StopIteration) =>
            {
                Ok(Err(self.stop_iteration_value(error)))
            }
            Err(error) => Err(error),
        }
    }

    /// The `value` of a `StopIteration`.
    pub(crate) fn stop_iteration_value(&mut self, error: PyErr) -> Value {
        let Some(data) = error.exception.as_exception() else {
            return Value::None;
        };
        match data.extra.get() {
            Value::Null => data
                .args
                .get()
                .object()
                .and_then(|a| a.as_tuple().and_then(|t| t.first().copied()))
                .unwrap_or(Value::None),
            value => value,
        }
    }
}
