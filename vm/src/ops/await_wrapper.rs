//! Driving `coroutine_wrapper` and `anext_awaitable` objects (CPython's
//! `coro_wrapper_*` and `anextawaitable_*`): each step goes to the
//! awaitable they wrap, and an `anext_awaitable` turns the end of its
//! iterator (`StopAsyncIteration`) into its default value.

use crate::exception_class::ExceptionClass;
use crate::object::Payload;
use crate::objects::await_wrapper::AwaitWrapper;
use crate::ops::awaitable::{is_coroutine, AwaitedFrom};
use crate::ops::generator::Resumed;
use crate::value::{ObjRef, Value};
use crate::vm::{PyErr, PyResult, Vm};

/// The data of an `AwaitWrapper` object.
fn wrapper_of(wrapper: &ObjRef) -> &AwaitWrapper {
    match &wrapper.payload {
        Payload::AwaitWrapper(data) => data,
        _ => unreachable!("a coroutine_wrapper or anext_awaitable"),
    }
}

/// `value` if it is a coroutine.
fn coroutine(value: Value) -> Option<ObjRef> {
    value.as_object().filter(|_| is_coroutine(value))
}

impl Vm {
    /// `coroutine.__await__()`: a `coroutine_wrapper` of it.
    pub(crate) fn coroutine_wrapper(&mut self, coroutine: ObjRef) -> Value {
        let class = self.types.coroutine_wrapper;
        let wrapper = AwaitWrapper {
            inner: Value::Obj(coroutine),
            default: Value::Null,
        };
        Value::Obj(self.alloc(class, Payload::AwaitWrapper(Box::new(wrapper))))
    }

    /// `anext(iterator, default)`: an `anext_awaitable` of the awaitable
    /// its `__anext__()` returned.
    pub(crate) fn anext_awaitable(&mut self, awaitable: Value, default: Value) -> Value {
        let class = self.types.anext_awaitable;
        let wrapper = AwaitWrapper {
            inner: awaitable,
            default,
        };
        Value::Obj(self.alloc(class, Payload::AwaitWrapper(Box::new(wrapper))))
    }

    /// The iterator a wrapper drives: its coroutine, or for an
    /// `anext_awaitable` the iterator of its awaitable, asked for again at
    /// each step as CPython's `anextawaitable_getiter` does.
    fn wrapped_iterator(&mut self, wrapper: ObjRef) -> PyResult<Value> {
        let data = wrapper_of(&wrapper);
        if data.default.is_null() || coroutine(data.inner).is_some() {
            return Ok(data.inner);
        }
        self.awaitable_iterator(data.inner, AwaitedFrom::Await)
    }

    /// `wrapper.send(value)`: what the wrapped awaitable yields, or
    /// `StopIteration` with its result.
    pub(crate) fn await_wrapper_send(&mut self, wrapper: ObjRef, value: Value) -> PyResult<Value> {
        let iterator = self.wrapped_iterator(wrapper)?;
        let result = match self.send(iterator, value) {
            Ok(Resumed::Yielded(item)) => Ok(item),
            Ok(Resumed::Returned(result)) => Err(self.stop_iteration(result)),
            Err(error) => Err(error),
        };
        self.anext_default(wrapper, result)
    }

    /// `next(wrapper)`, with its end as `None`.
    pub(crate) fn await_wrapper_next(&mut self, wrapper: ObjRef) -> PyResult<Option<Value>> {
        match self.await_wrapper_send(wrapper, Value::None) {
            Ok(item) => Ok(Some(item)),
            Err(error)
                if self
                    .is_exception(Value::Obj(error.exception), ExceptionClass::StopIteration) =>
            {
                Ok(None)
            }
            Err(error) => Err(error),
        }
    }

    /// `wrapper.throw(exception)`: thrown into the wrapped awaitable.
    pub(crate) fn await_wrapper_throw(
        &mut self,
        wrapper: ObjRef,
        exception: ObjRef,
    ) -> PyResult<Value> {
        let iterator = self.wrapped_iterator(wrapper)?;
        let result = match iterator.as_object() {
            Some(generator) if matches!(generator.payload, Payload::Generator(_)) => {
                match self.throw_into(generator, PyErr { exception }) {
                    Ok(Resumed::Yielded(item)) => Ok(item),
                    Ok(Resumed::Returned(result)) => Err(self.stop_iteration(result)),
                    Err(error) => Err(error),
                }
            }
            Some(step) if matches!(step.payload, Payload::AsyncGenStep(_)) => {
                self.async_gen_step_throw(step, exception)
            }
            Some(inner) if matches!(inner.payload, Payload::AwaitWrapper(_)) => {
                self.await_wrapper_throw(inner, exception)
            }
            _ => {
                let name = self.intern("throw");
                let method = self.get_attr(iterator, name)?;
                self.call_function(method, &[Value::Obj(exception)])
            }
        };
        self.anext_default(wrapper, result)
    }

    /// `wrapper.close()`: closes the wrapped awaitable.
    pub(crate) fn await_wrapper_close(&mut self, wrapper: ObjRef) -> PyResult<()> {
        let iterator = self.wrapped_iterator(wrapper)?;
        self.close_iterator(iterator)
    }

    /// An `anext_awaitable`'s `StopAsyncIteration` becomes
    /// `StopIteration(default)`, as if `__anext__()` had returned it.
    fn anext_default(&mut self, wrapper: ObjRef, result: PyResult<Value>) -> PyResult<Value> {
        let default = wrapper_of(&wrapper).default;
        match result {
            Err(error)
                if !default.is_null()
                    && self.is_exception(
                        Value::Obj(error.exception),
                        ExceptionClass::StopAsyncIteration,
                    ) =>
            {
                Err(self.stop_iteration(default))
            }
            other => other,
        }
    }
}
