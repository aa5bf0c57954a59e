//! Assigning and deleting the attributes functions and bound methods
//! compute (`__name__`, `__defaults__`, `__code__`, `__self__`…), with
//! the checks and messages of CPython's function and method getsets and
//! members.

use std::cell::Cell;

use crate::exception_class::ExceptionClass;
use crate::object::Payload;
use crate::objects::function::Function;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// `function.name = new` (`new` given) or `del function.name`
    /// (`None`) for the attributes a function computes; `None` for the
    /// others, which live in its dict.
    pub(crate) fn function_set_attr(
        &mut self,
        function: &Function,
        name: &str,
        new: Option<Value>,
    ) -> Option<PyResult<()>> {
        Some(match name {
            "__name__" => self.set_function_str(&function.name, new, name),
            "__qualname__" => self.set_function_str(&function.qualname, new, name),
            "__defaults__" => self.set_function_field(&function.defaults, new, name, "tuple"),
            "__kwdefaults__" => self.set_function_field(&function.kwdefaults, new, name, "dict"),
            "__doc__" => {
                function.doc.set(new.unwrap_or(Value::None));
                Ok(())
            }
            "__module__" => {
                function.module.set(new.unwrap_or(Value::None));
                Ok(())
            }
            "__annotations__" => {
                function.annotations.set(new.unwrap_or(Value::None));
                Ok(())
            }
            // pyvm cannot swap a function's code: only the errors.
            "__code__" if !new.is_some_and(|n| matches!(n.payload(), Some(Payload::Code(_)))) => {
                Err(self.type_error("__code__ must be set to a code object"))
            }
            "__globals__" | "__closure__" | "__builtins__" => {
                Err(self.error(ExceptionClass::AttributeError, "readonly attribute"))
            }
            _ => return None,
        })
    }

    /// `__name__` or `__qualname__`: a `str`, never deleted.
    fn set_function_str(
        &mut self,
        field: &Cell<Value>,
        new: Option<Value>,
        name: &str,
    ) -> PyResult<()> {
        match new {
            Some(new) if matches!(new.payload(), Some(Payload::Str(_))) => {
                field.set(new);
                Ok(())
            }
            _ => Err(self.type_error(format!("{name} must be set to a string object"))),
        }
    }

    /// `__defaults__` (a tuple) or `__kwdefaults__` (a dict): `None` when
    /// deleted.
    fn set_function_field(
        &mut self,
        field: &Cell<Value>,
        new: Option<Value>,
        name: &str,
        kind: &str,
    ) -> PyResult<()> {
        let new = new.unwrap_or(Value::None);
        let accepted = match new.payload() {
            None => new.is_none(),
            Some(Payload::Tuple(_)) => kind == "tuple",
            Some(Payload::Dict(_)) => kind == "dict",
            Some(_) => false,
        };
        if !accepted {
            return Err(self.type_error(format!("{name} must be set to a {kind} object")));
        }
        field.set(new);
        Ok(())
    }

    /// The error for assigning or deleting an attribute a built-in
    /// function computes (CPython's getsets and members of
    /// `builtin_function_or_method`); `None` for others.
    pub(crate) fn builtin_set_attr_error(
        &mut self,
        value: Value,
        name: &str,
    ) -> Option<crate::vm::PyErr> {
        match name {
            "__name__" | "__qualname__" | "__doc__" | "__text_signature__" | "__self__" => {
                let type_name = self.type_name(value);
                let message =
                    format!("attribute '{name}' of '{type_name}' objects is not writable");
                Some(self.error(ExceptionClass::AttributeError, message))
            }
            _ => None,
        }
    }

    /// The error for assigning or deleting an attribute of a bound
    /// method: its own are read-only, others missing (CPython's
    /// `method` has no dict).
    pub(crate) fn method_set_attr_error(&mut self, value: Value, name: &str) -> crate::vm::PyErr {
        if matches!(name, "__self__" | "__func__") {
            return self.error(ExceptionClass::AttributeError, "readonly attribute");
        }
        let message = format!(
            "'{}' object has no attribute '{name}'",
            self.type_name(value)
        );
        self.error(ExceptionClass::AttributeError, message)
    }
}
