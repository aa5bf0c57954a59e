//! Native awaitables that forward to another awaitable:
//! `coroutine_wrapper` (what `coroutine.__await__()` returns) and
//! `anext_awaitable` (what `anext(iterator, default)` returns).

use pyvm_heap::Tracer;

use crate::object::{trace_value, Object};
use crate::value::Value;

/// A `coroutine_wrapper` or an `anext_awaitable`.
pub struct AwaitWrapper {
    /// The coroutine (`coroutine_wrapper`), or the awaitable that
    /// `__anext__()` returned (`anext_awaitable`).
    pub inner: Value,
    /// For an `anext_awaitable`, the value its await gives when the
    /// iterator is exhausted; [`Value::Null`] for a `coroutine_wrapper`.
    pub default: Value,
}

impl AwaitWrapper {
    /// Marks the wrapped awaitable and the default.
    pub fn trace(&self, tracer: &mut Tracer<Object>) {
        trace_value(self.inner, tracer);
        trace_value(self.default, tracer);
    }
}
