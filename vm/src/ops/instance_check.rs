//! `isinstance` and `issubclass` as CPython's `PyObject_IsInstance` and
//! `PyObject_IsSubclass` decide them: a class, a tuple of classes (nested),
//! or anything whose type defines `__instancecheck__` /
//! `__subclasscheck__` (a metaclass, which then decides for its classes).

use crate::ops::type_alias::{generic_alias_parts, union_members};
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// The items of a tuple, or the members of a union, copied (the tuple
/// or union keeps them alive).
fn tuple_items(value: Value) -> Option<Vec<Value>> {
    value
        .object()
        .and_then(|o| o.as_tuple())
        .or_else(|| union_members(&value))
        .map(<[Value]>::to_vec)
}

impl Vm {
    /// Whether `check` holds for one of the items of a tuple of classes,
    /// one recursion level deeper (tuples nest).
    fn any_of(
        &mut self,
        items: Vec<Value>,
        context: &str,
        mut check: impl FnMut(&mut Vm, Value) -> PyResult<bool>,
    ) -> PyResult<bool> {
        self.recursing(context, |vm| {
            for item in items {
                if check(vm, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        })
    }

    /// `isinstance(value, classes)`.
    pub(crate) fn isinstance_of(&mut self, value: Value, classes: Value) -> PyResult<bool> {
        // An exact match needs no hook, as in CPython.
        if classes.as_object() == Some(self.type_of(value)) {
            return Ok(true);
        }
        // A class whose metaclass is `type` answers as
        // `type.__instancecheck__` does.
        if let Some(class) = classes
            .as_object()
            .filter(|c| c.class() == self.types.type_ && c.as_type().is_some())
        {
            return self.real_is_instance(value, class);
        }
        if generic_alias_parts(&classes).is_some() {
            return Err(
                self.type_error("isinstance() argument 2 cannot be a parameterized generic")
            );
        }
        if let Some(items) = tuple_items(classes) {
            return self.any_of(items, " in __instancecheck__", |vm, item| {
                vm.isinstance_of(value, item)
            });
        }
        let hook = self.names.__instancecheck__;
        if let Some(result) = self.recursing(" in __instancecheck__", |vm| {
            vm.call_user_dunder(classes, hook, &[value])
        })? {
            return self.truthy(result);
        }
        match classes.as_object().filter(|c| c.as_type().is_some()) {
            Some(class) => self.real_is_instance(value, class),
            None => {
                Err(self
                    .type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"))
            }
        }
    }

    /// Whether `value` is an instance of `class`, or claims to be one
    /// through its `__class__` attribute (CPython's `object_isinstance`):
    /// what `type.__instancecheck__` answers.
    pub(crate) fn real_is_instance(&mut self, value: Value, class: ObjRef) -> PyResult<bool> {
        if self.is_instance(value, class) {
            return Ok(true);
        }
        // Only an instance of a user class that defines `__class__` (or
        // computes its attributes) can claim another class.
        let Some(object) = value.as_object() else {
            return Ok(false);
        };
        let Some(user) = self.user_class(object) else {
            return Ok(false);
        };
        if self.lookup_user(user, self.names.__class__).is_none()
            && !self.overrides_getattribute(object)
        {
            return Ok(false);
        }
        let name = self.names.__class__;
        let Some(claimed) = self.lookup_attr(value, name)? else {
            return Ok(false);
        };
        Ok(
            match claimed.as_object().filter(|c| c.as_type().is_some()) {
                Some(claimed) if claimed != self.type_of(value) => self.is_subtype(claimed, class),
                _ => false,
            },
        )
    }

    /// `issubclass(class, classes)`.
    pub(crate) fn issubclass_of(&mut self, class: Value, classes: Value) -> PyResult<bool> {
        if generic_alias_parts(&classes).is_some() {
            return Err(
                self.type_error("issubclass() argument 2 cannot be a parameterized generic")
            );
        }
        if let Some(items) = tuple_items(classes) {
            return self.any_of(items, " in __subclasscheck__", |vm, item| {
                vm.issubclass_of(class, item)
            });
        }
        let hook = self.names.__subclasscheck__;
        if let Some(result) = self.recursing(" in __subclasscheck__", |vm| {
            vm.call_user_dunder(classes, hook, &[class])
        })? {
            return self.truthy(result);
        }
        let Some(derived) = class.as_object().filter(|c| c.as_type().is_some()) else {
            return Err(self.type_error("issubclass() arg 1 must be a class"));
        };
        match classes.as_object().filter(|c| c.as_type().is_some()) {
            Some(base) => Ok(self.is_subtype(derived, base)),
            None => Err(self
                .type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union")),
        }
    }
}
