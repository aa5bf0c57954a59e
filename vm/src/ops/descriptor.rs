//! The descriptor protocol of the built-in descriptor types beyond
//! binding (see [`Vm::bind`]): a property's setter and deleter and their
//! errors, whether a user subclass overrides a descriptor method, and the
//! checks `classmethod` and `abc` ask of a wrapped callable.

use crate::exception_class::ExceptionClass;
use crate::object::Payload;
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

impl Vm {
    /// Whether `value.__isabstractmethod__` is true; false when it has
    /// none (CPython's `_PyObject_IsAbstract`).
    pub(crate) fn is_abstract_method(&mut self, value: Value) -> PyResult<bool> {
        let name = self.intern("__isabstractmethod__");
        match self.lookup_attr(value, name)? {
            Some(flag) => self.truthy(flag),
            None => Ok(false),
        }
    }

    /// Whether `value` has a `__get__` other than a function's (whose
    /// binding a `classmethod` does itself).
    pub(crate) fn has_descriptor_get(&mut self, value: Value) -> bool {
        let Value::Obj(object) = value else {
            return false;
        };
        match &object.payload {
            Payload::Function(_) => false,
            Payload::StaticMethod(_)
            | Payload::ClassMethod(_)
            | Payload::Property(_)
            | Payload::Member(_) => true,
            Payload::Builtin(builtin) => builtin.receiver.is_null() && builtin.owner.is_some(),
            _ => match self.user_class(object) {
                Some(class) => {
                    let get = self.names.__get__;
                    self.lookup_user(class, get).is_some()
                }
                None => false,
            },
        }
    }

    /// Whether `object` is an instance of a user class that defines (or
    /// inherits from another user class) the dunder `name`.
    pub(crate) fn overrides_dunder(&mut self, object: ObjRef, name: &str) -> bool {
        let Some(class) = self.user_class(object) else {
            return false;
        };
        let name = self.intern(name);
        self.lookup_user(class, name).is_some()
    }

    /// `property.__set__` (`new` given) or `property.__delete__` (`None`):
    /// calls the setter or deleter, or fails as CPython does without one.
    pub(crate) fn property_set(
        &mut self,
        property: &crate::objects::property::Property,
        instance: Value,
        new: Option<Value>,
    ) -> PyResult<()> {
        let (accessor, kind) = match new {
            Some(_) => (property.fset.get(), "setter"),
            None => (property.fdel.get(), "deleter"),
        };
        if accessor.is_none() {
            return Err(self.property_error(property, instance, kind));
        }
        match new {
            Some(new) => self.call_function(accessor, &[instance, new])?,
            None => self.call_function(accessor, &[instance])?,
        };
        Ok(())
    }

    /// "property 'x' of 'C' object has no setter" (or getter, deleter).
    pub(crate) fn property_error(
        &mut self,
        property: &crate::objects::property::Property,
        instance: Value,
        accessor: &str,
    ) -> crate::vm::PyErr {
        let class = self.type_of(instance);
        let qualname = class
            .as_type()
            .map_or_else(String::new, |d| d.qualname.borrow().clone());
        let message = match property.name.get() {
            Value::None => format!("property of '{qualname}' object has no {accessor}"),
            name => {
                let name = self.repr_string(name).unwrap_or_default();
                format!("property {name} of '{qualname}' object has no {accessor}")
            }
        };
        self.error(ExceptionClass::AttributeError, message)
    }
}
