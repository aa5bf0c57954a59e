//! `property` data: the accessor functions and the name the class gave it.

use std::cell::Cell;

use pyvm_heap::Tracer;

use crate::object::{trace_value, Object};
use crate::value::Value;

/// A `property(fget, fset, fdel, doc)`. The parts are cells because
/// `property.__init__` may set them again (a subclass's `__init__` calls
/// it after the object is made).
pub struct Property {
    /// The getter, or `None`.
    pub fget: Cell<Value>,
    /// The setter, or `None`.
    pub fset: Cell<Value>,
    /// The deleter, or `None`.
    pub fdel: Cell<Value>,
    /// The `doc` argument, or `None` (then `__doc__` is the getter's).
    pub doc: Cell<Value>,
    /// The attribute name `__set_name__` gave it, for messages, or `None`.
    pub name: Cell<Value>,
}

impl Property {
    /// A property with these parts and no name yet.
    pub fn new(fget: Value, fset: Value, fdel: Value, doc: Value) -> Property {
        Property {
            fget: Cell::new(fget),
            fset: Cell::new(fset),
            fdel: Cell::new(fdel),
            doc: Cell::new(doc),
            name: Cell::new(Value::None),
        }
    }

    /// Marks the functions, doc and name.
    pub fn trace(&self, tracer: &mut Tracer<Object>) {
        for value in [
            self.fget.get(),
            self.fset.get(),
            self.fdel.get(),
            self.doc.get(),
            self.name.get(),
        ] {
            trace_value(value, tracer);
        }
    }
}
