//! Weak references: which objects can have them, what a reference does
//! when called, hashed, compared and shown, and the callbacks of the
//! references a collection cleared.

use std::cell::Cell;

use crate::object::Payload;
use crate::objects::weakref::WeakRef;
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// The weak reference data of a `weakref.ref` object.
pub(crate) fn weakref_of(value: &Value) -> Option<&WeakRef> {
    match value.payload()? {
        Payload::WeakRef(weak) => Some(weak),
        _ => None,
    }
}

impl Vm {
    /// `weakref.ref(object, callback=None)`.
    pub(crate) fn new_weakref(&mut self, referent: Value, callback: Value) -> PyResult<Value> {
        let Some(object) = referent.as_object().filter(|o| self.supports_weakrefs(*o)) else {
            let name = self.type_name(referent);
            return Err(self.type_error(format!("cannot create weak reference to '{name}' object")));
        };
        let weak = WeakRef {
            referent: Cell::new(Some(object)),
            callback,
            hash: Cell::new(None),
            callback_due: Cell::new(false),
        };
        let class = self.types.weakref;
        let reference = self.alloc(class, Payload::WeakRef(Box::new(weak)));
        self.heap.register_weak_holder(reference);
        Ok(Value::Obj(reference))
    }

    /// Whether `object` can have weak references, as in CPython: instances
    /// of user classes (without `__slots__` that leave `__weakref__` out),
    /// functions, types, sets, generators, modules, methods and files.
    fn supports_weakrefs(&self, object: ObjRef) -> bool {
        if let Some(class) = self.user_class(object) {
            return self.slots_allow_weakref(class);
        }
        matches!(
            object.payload,
            Payload::Function(_)
                | Payload::Builtin(_)
                | Payload::Type(_)
                | Payload::Set(_)
                | Payload::Generator(_)
                | Payload::Module(_)
                | Payload::Method { .. }
                | Payload::File(_)
                | Payload::Code(_)
                | Payload::Property(_)
        )
    }

    /// Whether instances of a user class have room for weak references:
    /// some class of its MRO has no `__slots__`, or names `__weakref__`.
    fn slots_allow_weakref(&self, class: ObjRef) -> bool {
        let Some(data) = class.as_type() else {
            return false;
        };
        let mro = data.mro.borrow();
        mro.iter().any(|base| {
            base.as_type().is_some_and(|d| {
                d.is_user_class
                    && d.slots
                        .as_ref()
                        .is_none_or(|slots| slots.iter().any(|s| s == "__weakref__"))
            })
        })
    }

    /// `reference()`: the object, or `None` once it died.
    pub(crate) fn call_weakref(&mut self, weak: &WeakRef, args_given: usize) -> PyResult<Value> {
        if args_given != 0 {
            return Err(self.type_error(format!(
                "weakref() takes exactly 0 arguments ({args_given} given)"
            )));
        }
        Ok(weak.referent.get().map_or(Value::None, Value::Obj))
    }

    /// `hash(reference)`: the object's hash, kept once computed.
    pub(crate) fn weakref_hash(&mut self, weak: &WeakRef) -> PyResult<i64> {
        if let Some(hash) = weak.hash.get() {
            return Ok(hash);
        }
        let Some(referent) = weak.referent.get() else {
            return Err(self.type_error("weak object has gone away"));
        };
        let hash = self.hash(Value::Obj(referent))?;
        weak.hash.set(Some(hash));
        Ok(hash)
    }

    /// `a == b` of two references: their objects compared while both are
    /// alive, otherwise whether they are the same reference.
    pub(crate) fn weakref_eq(&mut self, a: Value, b: Value) -> PyResult<Option<bool>> {
        let (Some(x), Some(y)) = (weakref_of(&a), weakref_of(&b)) else {
            return Ok(None);
        };
        match (x.referent.get(), y.referent.get()) {
            (Some(p), Some(q)) => self.eq(Value::Obj(p), Value::Obj(q)).map(Some),
            _ => Ok(Some(a.is(b))),
        }
    }

    /// `repr(reference)`.
    pub(crate) fn weakref_repr(&mut self, reference: ObjRef, weak: &WeakRef) -> String {
        let at = reference.address();
        match weak.referent.get() {
            Some(referent) => {
                let name = self.type_name(Value::Obj(referent));
                format!(
                    "<weakref at {at:#x}; to '{name}' at {:#x}>",
                    referent.address()
                )
            }
            None => format!("<weakref at {at:#x}; dead>"),
        }
    }

    /// Calls the callbacks of the references the last collection cleared,
    /// each with its reference. An exception in one is printed, as
    /// CPython prints what it cannot raise, and the others still run.
    pub(crate) fn run_weakref_callbacks(&mut self) {
        let due: Vec<ObjRef> = self
            .heap
            .weak_holders()
            .filter(|holder| match &holder.payload {
                Payload::WeakRef(weak) => weak.callback_due.replace(false),
                _ => false,
            })
            .collect();
        if due.is_empty() {
            return;
        }
        let mark = self.roots.len();
        self.roots.extend(due.iter().map(|&r| Value::Obj(r)));
        for reference in due {
            let Payload::WeakRef(weak) = &reference.payload else {
                continue;
            };
            let callback = weak.callback;
            if let Err(error) = self.call_function(callback, &[Value::Obj(reference)]) {
                self.report_unraisable(error, callback);
            }
        }
        self.release_roots(mark);
    }
}
