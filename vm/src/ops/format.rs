//! `format(value, spec)`, f-string fields (`FormatValue`) and
//! printf-style `str % args`, on top of [`crate::format`].

use std::cell::RefCell;

use num_bigint::BigInt;
use pyvm_bytecode::Conversion;

use crate::format::{
    format_bool, format_float, format_int, format_str, percent_format, percent_format_bytes,
    FormatError, IntConversion, IntRef, PercentArg, PercentArgs, PercentValue,
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
    /// Whether a bytes format is being formatted (its `%(key)` keys are
    /// bytes).
    bytes_format: bool,
}

impl Arg<'_, '_> {
    /// Whether `object` is an instance of a class defining `__float__`.
    fn has_user_float(&self, object: ObjRef) -> bool {
        let mut vm = self.vm.borrow_mut();
        let Some(class) = vm.user_class(object) else {
            return false;
        };
        let name = vm.intern("__float__");
        vm.lookup_user(class, name).is_some()
    }
}

impl PercentArg for Arg<'_, '_> {
    type Error = FormatFailure;

    fn value(&self) -> PercentValue<'_> {
        match &self.value {
            Value::Int(i) => PercentValue::Int(IntRef::Small(*i)),
            Value::Bool(b) => PercentValue::Int(IntRef::Small(i64::from(b.get()))),
            Value::Float(f) => PercentValue::Float(f.get()),
            // An int subclass's `__float__` serves `%f`.
            Value::Obj(object) if self.has_user_float(*object) => PercentValue::Other,
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

    fn bytes(&self) -> Result<Option<Vec<u8>>, FormatFailure> {
        let mut vm = self.vm.borrow_mut();
        vm.bytes_of_object(self.value)
            .map_err(FormatFailure::Raised)
    }

    fn single_byte(&self) -> Option<u8> {
        match self.value.payload() {
            Some(Payload::Bytes(bytes)) if bytes.len() == 1 => Some(bytes[0]),
            Some(Payload::ByteArray(bytes)) if bytes.borrow().len() == 1 => Some(bytes.borrow()[0]),
            _ => None,
        }
    }

    fn get_item(&self, key: &str) -> Result<Self, FormatFailure> {
        let mut vm = self.vm.borrow_mut();
        let key = if self.bytes_format {
            // The key's characters are the format's bytes (Latin-1).
            let bytes = key.chars().map(|c| c as u32 as u8).collect();
            Value::Obj(vm.new_bytes(bytes))
        } else {
            vm.str_value(key)
        };
        let value = vm
            .get_item(self.value, key)
            .map_err(FormatFailure::Raised)?;
        Ok(Arg {
            vm: self.vm,
            value,
            bytes_format: self.bytes_format,
        })
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
        if let Some(f) = vm.user_float(self.value).map_err(FormatFailure::Raised)? {
            return Ok(Some(f));
        }
        match self.value.float_normalized() {
            Value::Float(f) => Ok(Some(f.get())),
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
        let max_digits = self.max_str_digits;
        let result = self.with_percent_args(args, false, |format_args| {
            percent_format(&text, format_args, max_digits)
        });
        match result {
            Ok(formatted) => Ok(self.str_value(&formatted)),
            Err(failure) => Err(self.raise_format_error(failure)),
        }
    }

    /// `bytes % args` and `bytearray % args`: a new byte string of the
    /// format's kind.
    pub(crate) fn bytes_percent_format(&mut self, format: Value, args: Value) -> PyResult<Value> {
        let Some(object) = format.as_object() else {
            return Ok(Value::NotImplemented);
        };
        let bytes = self.bytes_like(format)?;
        let max_digits = self.max_str_digits;
        let result = self.with_percent_args(args, true, |format_args| {
            percent_format_bytes(&bytes, format_args, max_digits)
        });
        match result {
            Ok(formatted) => {
                let kind = self.byte_kind(object);
                Ok(self.new_byte_string(kind, formatted))
            }
            Err(failure) => Err(self.raise_format_error(failure)),
        }
    }

    /// Runs `format` on the right operand of `%` seen as a tuple of
    /// arguments, a mapping or a single value.
    fn with_percent_args<T>(
        &mut self,
        args: Value,
        bytes_format: bool,
        format: impl FnOnce(PercentArgs<'_, Arg<'_, '_>>) -> Result<T, FormatFailure>,
    ) -> Result<T, FormatFailure> {
        let tuple_items = args.object().and_then(|a| {
            (a.class() == self.types.tuple)
                .then(|| a.as_tuple().map(<[Value]>::to_vec))
                .flatten()
        });
        // CPython's rule: anything with `__getitem__` (`PyMapping_Check`)
        // but a tuple or str, and for bytes formats also but a bytes or
        // bytearray, is a mapping; `'x' % [1]` is then no error.
        let is_mapping = match args.as_object() {
            Some(a) if a.as_tuple().is_some() || a.as_str().is_some() => false,
            Some(a)
                if bytes_format
                    && matches!(a.payload, Payload::Bytes(_) | Payload::ByteArray(_)) =>
            {
                false
            }
            Some(a) => {
                let getitem = self.intern("__getitem__");
                self.lookup_type(a.class(), getitem).is_some()
            }
            None => false,
        };
        let cell = RefCell::new(&mut *self);
        let wrap = |value: Value| Arg {
            vm: &cell,
            value,
            bytes_format,
        };
        match tuple_items {
            Some(items) => {
                let wrapped: Vec<Arg<'_, '_>> = items.iter().map(|&value| wrap(value)).collect();
                format(PercentArgs::Tuple(&wrapped))
            }
            None if is_mapping => format(PercentArgs::Mapping(&wrap(args))),
            None => format(PercentArgs::Single(&wrap(args))),
        }
    }

    /// The bytes `%b` formats: those of a bytes-like object, or what its
    /// `__bytes__` returns; `None` when it has neither.
    pub(crate) fn bytes_of_object(&mut self, value: Value) -> PyResult<Option<Vec<u8>>> {
        if let Some(bytes) = self.buffer_bytes(value)? {
            return Ok(Some(bytes));
        }
        let name = self.intern("__bytes__");
        match self.call_user_dunder(value, name, &[])? {
            Some(result) => match result.payload() {
                Some(Payload::Bytes(bytes)) => Ok(Some(bytes.to_vec())),
                _ => {
                    let type_name = self.type_name(result);
                    Err(self.type_error(format!("__bytes__ returned non-bytes (type {type_name})")))
                }
            },
            None => Ok(None),
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
        // An empty spec is `str(value)` (CPython's `__format__` of the
        // built-in types), which a subclass may override.
        if let Value::Obj(object) = value {
            if spec.is_empty() && self.user_class(object).is_some() {
                return self.to_str(value);
            }
        }
        let formatted = match value.float_normalized() {
            Value::Int(i) => format_int(IntRef::Small(i), spec, self.max_str_digits),
            Value::Bool(b) => format_bool(b.get(), spec),
            Value::Float(f) => format_float(f.get(), spec),
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
            if let Value::Int(i) = converted {
                return Ok(self.int_str(i));
            }
        }
        self.format(converted, &spec)
    }
}
