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
use crate::objects::generator::GeneratorState;
use crate::ops::generator::Resumed;
use crate::value::{ObjRef, Value};
use crate::vm::{PyErr, PyResult, Vm};

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

    /// `step.send(value)`: what an `await` inside the generator passes
    /// out; `StopIteration(item)` when the generator yields `item`.
    pub(crate) fn async_gen_step_send(&mut self, step: ObjRef, value: Value) -> PyResult<Value> {
        let data = step_of(&step);
        let generator = data.generator;
        match data.state.get() {
            StepState::Closed => return Err(self.reused_step(data)),
            StepState::Iter => {
                let outcome = self.resume(generator, value, None);
                return self.finish_step(step, outcome);
            }
            StepState::Init => {}
        }
        data.state.set(StepState::Iter);
        match data.action {
            StepAction::Send(first) => {
                let sent = if value.is_none() { first } else { value };
                let outcome = self.resume(generator, sent, None);
                self.finish_step(step, outcome)
            }
            StepAction::Throw(exception) => {
                if !value.is_none() {
                    return Err(self.just_started_send());
                }
                let outcome = self.throw_into(generator, PyErr { exception });
                self.finish_step(step, outcome)
            }
            StepAction::Close => {
                if !value.is_none() {
                    return Err(self.just_started_send());
                }
                if !self.generator_started(generator) {
                    data.state.set(StepState::Closed);
                    return Err(self.stop_iteration(Value::None));
                }
                let class = self.exception_type(ExceptionClass::GeneratorExit);
                let exception = self.new_exception(class, Vec::new());
                let outcome = self.throw_into(generator, PyErr { exception });
                self.finish_step(step, outcome)
            }
        }
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

    /// `step.close()`.
    pub(crate) fn async_gen_step_close(&mut self, step: ObjRef) {
        step_of(&step).state.set(StepState::Closed);
    }

    /// Whether an async generator has run and not finished (`aclose()`
    /// of one that never started or has ended has nothing to do).
    fn generator_started(&self, generator: ObjRef) -> bool {
        match &generator.payload {
            Payload::Generator(cell) => !matches!(
                cell.borrow().state,
                GeneratorState::Created | GeneratorState::Finished
            ),
            _ => false,
        }
    }

    /// What a step's resumption of its generator comes to.
    fn finish_step(&mut self, step: ObjRef, outcome: PyResult<Resumed>) -> PyResult<Value> {
        let data = step_of(&step);
        let closing = matches!(data.action, StepAction::Close);
        let own_yield = match &data.generator.payload {
            Payload::Generator(cell) => cell.borrow().async_yield.replace(false),
            _ => false,
        };
        match outcome {
            Ok(Resumed::Yielded(value)) if !own_yield => Ok(value),
            Ok(Resumed::Yielded(value)) => {
                data.state.set(StepState::Closed);
                if closing {
                    return Err(self.error(
                        ExceptionClass::RuntimeError,
                        "async generator ignored GeneratorExit",
                    ));
                }
                Err(self.stop_iteration(value))
            }
            Ok(Resumed::Returned(_)) => {
                data.state.set(StepState::Closed);
                if closing {
                    return Err(self.stop_iteration(Value::None));
                }
                let class = self.exception_type(ExceptionClass::StopAsyncIteration);
                let exception = self.new_exception(class, Vec::new());
                Err(PyErr { exception })
            }
            Err(error) => {
                data.state.set(StepState::Closed);
                let ended = [
                    ExceptionClass::StopAsyncIteration,
                    ExceptionClass::GeneratorExit,
                ]
                .into_iter()
                .any(|class| self.is_exception(Value::Obj(error.exception), class));
                if closing && ended {
                    return Err(self.stop_iteration(Value::None));
                }
                Err(error)
            }
        }
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
