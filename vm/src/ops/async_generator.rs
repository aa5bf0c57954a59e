//! Running async generators through their awaitable steps (CPython's
//! `async_gen_asend_send`, `async_gen_athrow_send` and
//! `async_gen_unwrap_value`): a `yield` of the generator ends the step
//! with `StopIteration(value)`, a value an `await` inside it yields passes
//! out to whoever drives the step, and the generator's end is
//! `StopAsyncIteration`.

use std::cell::Cell;

use crate::exception_class::ExceptionClass;
use crate::object::Payload;
use crate::objects::async_generator::{AsyncGenStep, StepAction, StepState};
use crate::objects::generator::{Generator, GeneratorState};
use crate::ops::generator::Resumed;
use crate::value::{ObjRef, Value};
use crate::vm::{PyErr, PyResult, Vm};

/// `read` applied to the state of a step's async generator, whose flags
/// (`running_async`, `closed`, `async_yield`) the steps share.
fn with_generator<R>(generator: ObjRef, read: impl FnOnce(&Generator) -> R) -> R {
    match &generator.payload {
        Payload::Generator(cell) => read(&cell.borrow()),
        _ => unreachable!("a step's generator is an async generator"),
    }
}

/// Whether a generator's frame has finished.
fn generator_finished(generator: ObjRef) -> bool {
    with_generator(generator, |g| g.state == GeneratorState::Finished)
}

/// The step data of an `AsyncGenStep` object.
fn step_of(step: &ObjRef) -> &AsyncGenStep {
    match &step.payload {
        Payload::AsyncGenStep(step) => step,
        _ => unreachable!("an async generator step"),
    }
}

impl Vm {
    /// A new step of the async generator `generator`.
    pub(crate) fn new_async_gen_step(&mut self, generator: ObjRef, action: StepAction) -> Value {
        let class = match action {
            StepAction::Send(_) => self.types.async_generator_asend,
            StepAction::Throw(_) | StepAction::Close => self.types.async_generator_athrow,
        };
        let step = AsyncGenStep {
            generator,
            action,
            state: Cell::new(StepState::Init),
        };
        Value::Obj(self.alloc(class, Payload::AsyncGenStep(Box::new(step))))
    }

    /// Calls the `firstiter` hook of `sys.set_asyncgen_hooks` with an
    /// async generator the first time one of its steps is made, and keeps
    /// the `finalizer` hook to call if it is dropped unfinished, as
    /// CPython's `async_gen_init_hooks`.
    pub(crate) fn async_gen_init_hooks(&mut self, generator: ObjRef) -> PyResult<()> {
        if with_generator(generator, |g| g.hooks_inited.replace(true)) {
            return Ok(());
        }
        let finalizer = self.asyncgen_hooks[1];
        with_generator(generator, |g| g.finalizer.set(finalizer));
        let firstiter = self.asyncgen_hooks[0];
        if !firstiter.is_none() {
            self.call_function(firstiter, &[Value::Obj(generator)])?;
        }
        Ok(())
    }

    /// `step.send(value)`: what an `await` inside the generator passes
    /// out; `StopIteration(item)` when the generator yields `item`.
    pub(crate) fn async_gen_step_send(&mut self, step: ObjRef, value: Value) -> PyResult<Value> {
        let data = step_of(&step);
        if data.state.get() == StepState::Closed {
            return Err(self.reused_step(data));
        }
        let StepAction::Send(first) = data.action else {
            return self.athrow_step_send(step, value);
        };
        let generator = data.generator;
        let mut sent = value;
        if data.state.get() == StepState::Init {
            if with_generator(generator, |g| g.running_async.get()) {
                return Err(self.error(
                    ExceptionClass::RuntimeError,
                    "anext(): asynchronous generator is already running",
                ));
            }
            if value.is_none() {
                sent = first;
            }
            data.state.set(StepState::Iter);
        }
        with_generator(generator, |g| g.running_async.set(true));
        let outcome = self.resume(generator, sent, None);
        self.finish_step(step, outcome)
    }

    /// `send(value)` of an `athrow()` or `aclose()` step, as CPython
    /// 3.11's `async_gen_athrow_send`: awaited first, it throws into the
    /// generator, unless the generator has ended, is closing, or another
    /// step of it is being awaited.
    fn athrow_step_send(&mut self, step: ObjRef, value: Value) -> PyResult<Value> {
        let data = step_of(&step);
        let generator = data.generator;
        if generator_finished(generator) {
            data.state.set(StepState::Closed);
            return Err(self.stop_iteration(Value::None));
        }
        if data.state.get() == StepState::Iter {
            let outcome = self.resume(generator, value, None);
            return self.finish_step(step, outcome);
        }
        let (running, closed) =
            with_generator(generator, |g| (g.running_async.get(), g.closed.get()));
        if running {
            data.state.set(StepState::Closed);
            let message = match data.action {
                StepAction::Close => "aclose(): asynchronous generator is already running",
                _ => "athrow(): asynchronous generator is already running",
            };
            return Err(self.error(ExceptionClass::RuntimeError, message));
        }
        if closed {
            data.state.set(StepState::Closed);
            let class = self.exception_type(ExceptionClass::StopAsyncIteration);
            let exception = self.new_exception(class, Vec::new());
            return Err(PyErr { exception });
        }
        if !value.is_none() {
            return Err(self.just_started_send());
        }
        data.state.set(StepState::Iter);
        let closing = matches!(data.action, StepAction::Close);
        with_generator(generator, |g| {
            g.running_async.set(true);
            g.closed.set(g.closed.get() || closing);
        });
        let exception = match data.action {
            StepAction::Throw(args) => self.thrown_exception(&args),
            _ => {
                let class = self.exception_type(ExceptionClass::GeneratorExit);
                Ok(self.new_exception(class, Vec::new()))
            }
        };
        let outcome = match exception {
            Ok(exception) => self.throw_into(generator, PyErr { exception }),
            Err(error) => Err(error),
        };
        self.finish_step(step, outcome)
    }

    /// `step.throw(exception)`: thrown into the generator where it is.
    pub(crate) fn async_gen_step_throw(
        &mut self,
        step: ObjRef,
        exception: ObjRef,
    ) -> PyResult<Value> {
        let data = step_of(&step);
        if data.state.get() == StepState::Closed {
            return Err(self.reused_step(data));
        }
        data.state.set(StepState::Iter);
        let outcome = self.throw_into(data.generator, PyErr { exception });
        self.finish_step(step, outcome)
    }

    /// `step.close()`. As in CPython 3.11, the generator stays marked as
    /// running a step if this one was in flight.
    pub(crate) fn async_gen_step_close(&mut self, step: ObjRef) {
        step_of(&step).state.set(StepState::Closed);
    }

    /// What a step's resumption of its generator comes to (CPython's
    /// `async_gen_unwrap_value`, and the endings of an `aclose()`).
    fn finish_step(&mut self, step: ObjRef, outcome: PyResult<Resumed>) -> PyResult<Value> {
        let data = step_of(&step);
        let closing = matches!(data.action, StepAction::Close);
        let generator = data.generator;
        let own_yield = with_generator(generator, |g| g.async_yield.replace(false));
        if let Ok(Resumed::Yielded(value)) = outcome {
            if !own_yield {
                return Ok(value);
            }
        }
        data.state.set(StepState::Closed);
        with_generator(generator, |g| g.running_async.set(false));
        let error = match outcome {
            Ok(Resumed::Yielded(value)) => {
                if closing {
                    return Err(self.error(
                        ExceptionClass::RuntimeError,
                        "async generator ignored GeneratorExit",
                    ));
                }
                return Err(self.stop_iteration(value));
            }
            Ok(Resumed::Returned(_)) => {
                let class = self.exception_type(ExceptionClass::StopAsyncIteration);
                let exception = self.new_exception(class, Vec::new());
                PyErr { exception }
            }
            Err(error) => error,
        };
        let ended = [
            ExceptionClass::StopAsyncIteration,
            ExceptionClass::GeneratorExit,
        ]
        .into_iter()
        .any(|class| self.is_exception(Value::Obj(error.exception), class));
        if ended {
            with_generator(generator, |g| g.closed.set(true));
            if closing {
                return Err(self.stop_iteration(Value::None));
            }
        }
        Err(error)
    }

    fn reused_step(&mut self, data: &AsyncGenStep) -> PyErr {
        let message = match data.action {
            StepAction::Send(_) => "cannot reuse already awaited __anext__()/asend()",
            StepAction::Throw(_) | StepAction::Close => {
                "cannot reuse already awaited aclose()/athrow()"
            }
        };
        self.error(ExceptionClass::RuntimeError, message)
    }

    fn just_started_send(&mut self) -> PyErr {
        self.error(
            ExceptionClass::RuntimeError,
            "can't send non-None value to a just-started coroutine",
        )
    }
}
