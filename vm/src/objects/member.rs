//! `member_descriptor` data: a slot that a class's `__slots__` declared.
//!
//! Instances of classes with the plain object layout keep their slot
//! values in their payload ([`crate::object::Payload::Instance`]), one per
//! slot of their class's MRO, at the index of the slot's member. Other
//! layouts (a subclass of `list` or `Exception` with `__slots__`) keep
//! them in their dict under the slot's name, where CPython has room
//! after the built-in part of the object.

use std::cell::Cell;

use pyvm_heap::Tracer;

use crate::object::Object;
use crate::value::{ObjRef, Value};

/// A slot: `A.x` for `__slots__ = ('x',)` in class `A`.
pub struct Member {
    /// The slot's name, an interned `str`.
    pub name: ObjRef,
    /// The class whose `__slots__` declared it (`__objclass__`).
    pub owner: ObjRef,
    /// Its position among an instance's slot values.
    pub index: usize,
}

impl Member {
    /// Marks the name and the class.
    pub fn trace(&self, tracer: &mut Tracer<Object>) {
        tracer.mark(self.name);
        tracer.mark(self.owner);
    }
}

/// The slot values of a plain instance: `None` when its class has no
/// slots, else one cell per slot, [`Value::Null`] while unset.
pub type SlotValues = Option<Box<[Cell<Value>]>>;

/// The slot values of a new instance of a class with `count` slots.
pub fn empty_slots(count: usize) -> SlotValues {
    (count > 0).then(|| (0..count).map(|_| Cell::new(Value::Null)).collect())
}
