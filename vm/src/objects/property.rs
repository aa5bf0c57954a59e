//! `property` data: the accessor functions and the name the class gave it.

use std::cell::Cell;

use pyvm_heap::Tracer;

use crate::object::{trace_value, Object};
use crate::value::Value;

/// A `property(fget, fset, fdel, doc)`.
pub struct Property {
    /// The getter, or `None`.
    pub fget: Value,
    /// The setter, or `None`.
    pub fset: Value,
    /// The deleter, or `None`.
    pub fdel: Value,
    /// The `doc` argument, or `None` (then `__doc__` is the getter's).
    pub doc: Value,
    /// The attribute name `__set_name__` gave it, for messages, or `None`.
    pub name: Cell<Value>,
}

impl Property {
    /// Marks the functions, doc and name.
    pub fn trace(&self, tracer: &mut Tracer<Object>) {
        for value in [self.fget, self.fset, self.fdel, self.doc, self.name.get()] {
            trace_value(value, tracer);
        }
    }
}
