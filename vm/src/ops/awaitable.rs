//! What `await` and `async for` ask of objects (CPython 3.11's
//! `GET_AWAITABLE`, `GET_AITER`, `GET_ANEXT`): the iterator an `await`
//! drives with `SEND`, an asynchronous iterator and its next awaitable.
//! (`async with` shares `with`'s lookup, in the interpreter.)

use crate::exception_class::ExceptionClass;
use crate::object::Payload;
use crate::objects::generator::{Generator, GeneratorKind, GeneratorState};
use crate::ops::generator::plain_generator;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Whether `value` is a coroutine object.
pub(crate) fn is_coroutine(value: Value) -> bool {
    matches!(
        value.payload(),
        Some(Payload::Generator(cell)) if cell.borrow().kind == GeneratorKind::Coroutine
    )
}

/// Whether `value` is a coroutine that has not started, which `await`
/// drives as it is: it cannot be awaited by someone else already.
#[inline]
pub(crate) fn is_new_coroutine(value: Value) -> bool {
    matches!(
        value.payload(),
        Some(Payload::Generator(cell))
            if matches!(*cell.borrow(), Generator { kind: GeneratorKind::Coroutine, state: GeneratorState::Created, .. })
    )
}

/// Where an awaitable came from, for the messages of what is not one.
#[derive(Clone, Copy)]
pub(crate) enum AwaitedFrom {
    /// An `await` expression.
    Await,
    /// `__aenter__` of an `async with`.
    Aenter,
    /// `__aexit__` of an `async with`.
    Aexit,
    /// `__anext__` of an `async for`.
    Anext,
}

impl AwaitedFrom {
    /// The operand of `GetAwaitable`.
    pub(crate) fn from_operand(kind: u8) -> AwaitedFrom {
        match kind {
            1 => AwaitedFrom::Aenter,
            2 => AwaitedFrom::Aexit,
            _ => AwaitedFrom::Await,
        }
    }
}

impl Vm {
    /// The iterator that `await value` drives: a coroutine itself, or
    /// what `value.__await__()` returns, which must be an iterator and
    /// not a coroutine.
    pub(crate) fn awaitable_iterator(
        &mut self,
        value: Value,
        from: AwaitedFrom,
    ) -> PyResult<Value> {
        if let Some(coroutine) = value.as_object().filter(|_| is_coroutine(value)) {
            // One suspended in an `await` of its own is being awaited by
            // someone else, as CPython's `GET_AWAITABLE` checks.
            if self.yield_from_delegate(coroutine).is_some() {
                return Err(self.error(
                    ExceptionClass::RuntimeError,
                    "coroutine is being awaited already",
                ));
            }
            return Ok(value);
        }
        if matches!(value.payload(), Some(Payload::AsyncGenStep(_))) {
            return Ok(value);
        }
        let class = self.type_of(value);
        let hook = self.names.__await__;
        let Some(method) = self.lookup_type(class, hook) else {
            let name = self.type_name(value);
            return Err(self.type_error(match from {
                AwaitedFrom::Await => format!("object {name} can't be used in 'await' expression"),
                AwaitedFrom::Aenter => format!(
                    "'async with' received an object from __aenter__ that does not implement __await__: {name}"
                ),
                AwaitedFrom::Aexit => format!(
                    "'async with' received an object from __aexit__ that does not implement __await__: {name}"
                ),
                AwaitedFrom::Anext => {
                    format!("'async for' received an invalid object from __anext__: {name}")
                }
            }));
        };
        let made = match method.payload() {
            Some(Payload::Function(f)) => self.new_simple_generator(f, &[value]),
            _ => None,
        };
        let iterator = match made {
            // A plain generator is an iterator and no coroutine.
            Some(generator) if plain_generator(generator).is_some() => return Ok(generator),
            Some(generator) => generator,
            None => self.call_method_value(method, value, &[])?,
        };
        if is_coroutine(iterator) {
            return Err(self.type_error("__await__() returned a coroutine"));
        }
        if !self.is_iterator(iterator) {
            let name = self.type_name(iterator);
            return Err(self.type_error(format!(
                "__await__() returned non-iterator of type '{name}'"
            )));
        }
        Ok(iterator)
    }

    /// `async for … in value`: the asynchronous iterator `__aiter__`
    /// returns, which must have `__anext__`.
    pub(crate) fn async_iterator(&mut self, value: Value) -> PyResult<Value> {
        let class = self.type_of(value);
        let aiter = self.names.__aiter__;
        let Some(method) = self.lookup_type(class, aiter) else {
            let name = self.type_name(value);
            return Err(self.type_error(format!(
                "'async for' requires an object with __aiter__ method, got {name}"
            )));
        };
        let iterator = self.call_method_value(method, value, &[])?;
        let iterator_class = self.type_of(iterator);
        let anext = self.names.__anext__;
        if self.lookup_type(iterator_class, anext).is_none() {
            let name = self.type_name(iterator);
            return Err(self.type_error(format!(
                "'async for' received an object from __aiter__ that does not implement __anext__: {name}"
            )));
        }
        Ok(iterator)
    }

    /// The next step of `async for` over `iterator`: the iterator to await
    /// of what its `__anext__()` returns.
    pub(crate) fn async_next(&mut self, iterator: Value) -> PyResult<Value> {
        let class = self.type_of(iterator);
        let anext = self.names.__anext__;
        let Some(method) = self.lookup_type(class, anext) else {
            let name = self.type_name(iterator);
            return Err(self.type_error(format!(
                "'async for' requires an iterator with __anext__ method, got {name}"
            )));
        };
        let awaitable = self.call_method_value(method, iterator, &[])?;
        self.awaitable_iterator(awaitable, AwaitedFrom::Anext)
    }
}
