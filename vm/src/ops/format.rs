//! `format(value, spec)`, f-string fields (`FormatValue`) and
//! printf-style `str % args`, on top of [`crate::format`].

use std::cell::RefCell;

use num_bigint::BigInt;
use pyvm_bytecode::Conversion;

use crate::format::{
    format_bool, format_float, format_int, format_str, percent_format, FormatError, IntConversion,
    IntRef, PercentArg, PercentArgs, PercentValue,
};
use crate::number::Int;
use crate::object::Payload;
use crate::value::{ObjRef, Value};
use crate::vm::{PyErr, PyResult, Vm};

/// An error while formatting: a Python exception already raised, or a
/// formatting error to raise.
enum FormatFailure {
    Raised(PyErr),
    Format(FormatError),
}

impl From<FormatError> for FormatFailure {
    fn from(error: FormatError) -> Self {
        FormatFailure::Format(error)
    }
}

/// A `%` argument: a value and the VM that computes its `str`, `repr`…
struct Arg<'v, 'vm> {
    vm: &'v RefCell<&'vm mut Vm>,
    value: Value,
}

impl PercentArg for Arg<'_, '_> {
    type Error = FormatFailure;

    fn value(&self) -> PercentValue<'_> {
        match &self.value {
            Value::Int(i) => PercentValue::Int(IntRef::Small(*i)),
            Value::Bool(b) => PercentValue::Int(IntRef::Small(i64::from(*b))),
            Value::Float(f) => PercentValue::Float(*f),
            Value::Obj(object) => match &object.payload {
                Payload::Int(Int::Big(big)) => PercentValue::Int(IntRef::Big(big)),
                Payload::Int(Int::Small(i)) => PercentValue::Int(IntRef::Small(*i)),
                Payload::Float(f) => PercentValue::Float(*f),
                Payload::Str(text) => PercentValue::Str(text.as_str()),
                _ => PercentValue::Other,
            },
            _ => PercentValue::Other,
        }
    }

    fn type_name(&self) -> String {
        self.vm.borrow().type_name(self.value)
    }

    fn str(&self) -> Result<String, FormatFailure> {
        self.vm
            .borrow_mut()
            .str_string(self.value)
            .map_err(FormatFailure::Raised)
    }

    fn repr(&self) -> Result<String, FormatFailure> {
        self.vm
            .borrow_mut()
            .repr_string(self.value)
            .map_err(FormatFailure::Raised)
    }

    fn get_item(&self, key: &str) -> Result<Self, FormatFailure> {
        let mut vm = self.vm.borrow_mut();
        let key = vm.str_value(key);
        let value = vm
            .get_item(self.value, key)
            .map_err(FormatFailure::Raised)?;
        Ok(Arg { vm: self.vm, value })
    }

    fn to_int(&self, conversion: IntConversion) -> Result<Option<BigInt>, FormatFailure> {
        let mut vm = self.vm.borrow_mut();
        if let Some(f) = self.value.as_float() {
            if conversion == IntConversion::Int {
                return crate::number::float::trunc(f)
                    .map(|i| Some(i.to_bigint()))
                    .map_err(|e| FormatFailure::Raised(vm.number_error(e)));
            }
            return Ok(None);
        }
        match vm.index_value(self.value).map_err(FormatFailure::Raised)? {
            Some(int) => Ok(Some(int.to_bigint())),
            None => Ok(None),
        }
    }

    fn to_float(&self) -> Result<Option<f64>, FormatFailure> {
        let mut vm = self.vm.borrow_mut();
        match self.value.float_normalized() {
            Value::Float(f) => Ok(Some(f)),
            other => match vm.exact_int(other) {
                Some(int) => int
                    .to_f64()
                    .map(Some)
                    .map_err(|e| FormatFailure::Raised(vm.number_error(e))),
                None => Ok(None),
            },
        }
    }
}

impl Vm {
    fn raise_format_error(&mut self, failure: FormatFailure) -> PyErr {
        match failure {
            FormatFailure::Raised(error) => error,
            FormatFailure::Format(error) => self.error(error.exception_class(), error.to_string()),
        }
    }

    /// `str % args`.
    pub(crate) fn percent_format(&mut self, format: Value, args: Value) -> PyResult<Value> {
        let text = self.str_text(format);
        let tuple_items = args.object().and_then(|a| {
            (a.class() == self.types.tuple)
                .then(|| a.as_tuple().map(<[Value]>::to_vec))
                .flatten()
        });
        let is_mapping = args.as_object().is_some_and(|a| {
            a.as_dict().is_some()
                || (self.user_class(a).is_some() && a.as_tuple().is_none() && a.as_str().is_none())
        });
        let max_digits = self.max_str_digits;
        let result = {
            let cell = RefCell::new(&mut *self);
            match tuple_items {
                Some(items) => {
                    let wrapped: Vec<Arg<'_, '_>> = items
                        .iter()
                        .map(|&value| Arg { vm: &cell, value })
                        .collect();
                    percent_format(&text, PercentArgs::Tuple(&wrapped), max_digits)
                }
                None => {
                    let single = Arg {
                        vm: &cell,
                        value: args,
                    };
                    if is_mapping {
                        percent_format(&text, PercentArgs::Mapping(&single), max_digits)
                    } else {
                        percent_format(&text, PercentArgs::Single(&single), max_digits)
                    }
                }
            }
        };
        match result {
            Ok(formatted) => Ok(self.str_value(&formatted)),
            Err(failure) => Err(self.raise_format_error(failure)),
        }
    }

    /// `format(value, spec)`.
    pub fn format(&mut self, value: Value, spec: &str) -> PyResult<ObjRef> {
        if let Some(object) = value.as_object() {
            if self.user_class(object).is_some() {
                let name = self.names.__format__;
                let spec_value = self.str_value(spec);
                if let Some(result) = self.call_user_dunder(value, name, &[spec_value])? {
                    return match result.as_object().filter(|r| r.as_str().is_some()) {
                        Some(text) => Ok(text),
                        None => {
                            let type_name = self.type_name(result);
                            Err(self.type_error(format!(
                                "__format__ must return a str, not {type_name}"
                            )))
                        }
                    };
                }
            }
        }
        self.builtin_format(value, spec)
    }

    /// `format(value, spec)` for a built-in value (`int.__format__`…),
    /// ignoring a subclass's `__format__`.
    pub(crate) fn builtin_format(&mut self, value: Value, spec: &str) -> PyResult<ObjRef> {
        let formatted = match value.float_normalized() {
            Value::Int(i) => format_int(IntRef::Small(i), spec, self.max_str_digits),
            Value::Bool(b) => format_bool(b, spec),
            Value::Float(f) => format_float(f, spec),
            Value::Obj(object) => match &object.payload {
                Payload::Str(text) => format_str(text.as_str(), spec),
                Payload::Int(Int::Big(big)) => {
                    format_int(IntRef::Big(big), spec, self.max_str_digits)
                }
                Payload::Int(Int::Small(i)) => {
                    format_int(IntRef::Small(*i), spec, self.max_str_digits)
                }
                Payload::Complex(z) => crate::format::format_complex(z.re, z.im, spec),
                _ => return self.format_default(value, spec),
            },
            _ => return self.format_default(value, spec),
        };
        match formatted {
            Ok(text) => Ok(self.new_str(&text)),
            Err(error) => Err(self.error(error.exception_class(), error.to_string())),
        }
    }

    /// `object.__format__`: `str(value)` for an empty spec, else an error.
    fn format_default(&mut self, value: Value, spec: &str) -> PyResult<ObjRef> {
        if spec.is_empty() {
            return self.to_str(value);
        }
        let name = self.type_name(value);
        Err(self.type_error(format!(
            "unsupported format string passed to {name}.__format__"
        )))
    }

    /// `FormatValue`: an f-string field's conversion and format spec.
    pub(crate) fn format_value(
        &mut self,
        value: Value,
        conversion: Conversion,
        spec: Option<Value>,
    ) -> PyResult<ObjRef> {
        let converted = match conversion {
            Conversion::None => value,
            Conversion::Str => Value::Obj(self.to_str(value)?),
            Conversion::Repr => Value::Obj(self.repr(value)?),
            Conversion::Ascii => {
                let repr = self.repr_string(value)?;
                let escaped = crate::format::ascii_escape(&repr);
                self.str_value(&escaped)
            }
        };
        let spec = spec.map(|s| self.str_text(s)).unwrap_or_default();
        if spec.is_empty() {
            if let Some(text) = converted
                .as_object()
                .filter(|o| o.class() == self.types.str)
            {
                return Ok(text);
            }
        }
        self.format(converted, &spec)
    }
}
