//! Weak references (`weakref.ref`): a reference that does not keep its
//! object alive. The collector clears it when the object dies, and then
//! calls its callback.

use std::cell::Cell;

use pyvm_heap::Tracer;

use crate::object::{trace_value, Object};
use crate::value::{ObjRef, Value};

/// A `weakref.ref` object.
pub struct WeakRef {
    /// The object, until it dies.
    pub referent: Cell<Option<ObjRef>>,
    /// Called with the reference when the object dies (`None` if none).
    pub callback: Value,
    /// The object's hash, once asked for (it stays after the object dies).
    pub hash: Cell<Option<i64>>,
    /// Cleared by the last collection, its callback not called yet.
    pub callback_due: Cell<bool>,
}

impl WeakRef {
    /// Marks the callback (the object is not marked: the reference is
    /// weak).
    pub fn trace(&self, tracer: &mut Tracer<Object>) {
        trace_value(self.callback, tracer);
    }

    /// Forgets the object if the collection did not reach it, and then
    /// owes a call of the callback.
    pub fn clear_if_dead(&self, reached: &dyn Fn(ObjRef) -> bool) {
        if let Some(referent) = self.referent.get() {
            if !reached(referent) {
                self.referent.set(None);
                self.callback_due.set(!self.callback.is_none());
            }
        }
    }
}
