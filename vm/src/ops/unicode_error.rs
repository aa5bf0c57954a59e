//! The attributes of `UnicodeEncodeError`, `UnicodeDecodeError` and
//! `UnicodeTranslateError` (`encoding`, `object`, `start`, `end`,
//! `reason`), set by their constructors and read by their `str()`, as
//! CPython's `UnicodeError` objects.

use crate::exception_class::ExceptionClass;
use crate::value::{ObjRef, Value};
use crate::vm::{PyErr, PyResult, Vm};

/// The three kinds of `UnicodeError` with details.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Encode,
    Decode,
    Translate,
}

impl Vm {
    /// The `UnicodeDecodeError` a codec raises for `object[start..end]`.
    pub(crate) fn unicode_decode_error(
        &mut self,
        encoding: &str,
        object: &[u8],
        start: usize,
        end: usize,
        reason: &str,
    ) -> PyErr {
        let object = Value::Obj(self.new_bytes(object.to_vec()));
        self.unicode_error(
            ExceptionClass::UnicodeDecodeError,
            encoding,
            object,
            (start, end),
            reason,
        )
    }

    /// The `UnicodeEncodeError` a codec raises for the characters
    /// `start..end` of `object`.
    pub(crate) fn unicode_encode_error(
        &mut self,
        encoding: &str,
        object: &str,
        start: usize,
        end: usize,
        reason: &str,
    ) -> PyErr {
        let object = self.str_value(object);
        self.unicode_error(
            ExceptionClass::UnicodeEncodeError,
            encoding,
            object,
            (start, end),
            reason,
        )
    }

    fn unicode_error(
        &mut self,
        class: ExceptionClass,
        encoding: &str,
        object: Value,
        (start, end): (usize, usize),
        reason: &str,
    ) -> PyErr {
        let encoding = self.str_value(encoding);
        let reason = self.str_value(reason);
        let position = |at: usize| Value::Int(i64::try_from(at).unwrap_or(i64::MAX));
        let args = vec![encoding, object, position(start), position(end), reason];
        let class_object = self.exception_type(class);
        let exception = self.new_exception(class_object, args.clone());
        self.set_unicode_error_attributes(exception, &args);
        self.set_context(exception);
        PyErr { exception }
    }

    /// Which kind of `UnicodeError` with details `exception` is, if any.
    fn unicode_error_kind(&self, exception: Value) -> Option<Kind> {
        if self.is_exception(exception, ExceptionClass::UnicodeEncodeError) {
            Some(Kind::Encode)
        } else if self.is_exception(exception, ExceptionClass::UnicodeDecodeError) {
            Some(Kind::Decode)
        } else if self.is_exception(exception, ExceptionClass::UnicodeTranslateError) {
            Some(Kind::Translate)
        } else {
            None
        }
    }

    /// `UnicodeEncodeError.__init__(encoding, object, start, end, reason)`
    /// and its siblings (`UnicodeTranslateError` has no encoding), as
    /// CPython's `PyArg_ParseTuple` checks them; a no-op for other
    /// exceptions.
    pub(crate) fn unicode_error_init(&mut self, exception: ObjRef, args: &[Value]) -> PyResult<()> {
        let Some(kind) = self.unicode_error_kind(Value::Obj(exception)) else {
            return Ok(());
        };
        let expected = if kind == Kind::Translate { 4 } else { 5 };
        if args.len() != expected {
            return Err(self.type_error(format!(
                "function takes exactly {expected} arguments ({} given)",
                args.len()
            )));
        }
        let mut values = Vec::with_capacity(5);
        if kind == Kind::Translate {
            values.push(Value::None);
        }
        values.extend_from_slice(args);
        // The argument number of `values[index]`.
        let number = |index: usize| match kind {
            Kind::Translate => index,
            _ => index + 1,
        };
        let must_be_str = |vm: &mut Vm, values: &[Value], index: usize| -> PyResult<()> {
            let value = values[index];
            if value.object().is_some_and(|o| o.as_str().is_some()) {
                return Ok(());
            }
            let name = vm.type_name(value);
            let number = number(index);
            Err(vm.type_error(format!("argument {number} must be str, not {name}")))
        };
        if kind != Kind::Translate {
            must_be_str(self, &values, 0)?;
        }
        match kind {
            Kind::Decode => {
                let bytes = self.bytes_like(values[1])?;
                values[1] = Value::Obj(self.new_bytes(bytes));
            }
            _ => must_be_str(self, &values, 1)?,
        }
        for index in [2, 3] {
            let position = self.index_arg(values[index], "")?;
            values[index] = Value::Int(position);
        }
        must_be_str(self, &values, 4)?;
        self.set_unicode_error_attributes(exception, &values);
        Ok(())
    }

    /// Stores `encoding`, `object`, `start`, `end` and `reason` in the
    /// exception's dict.
    fn set_unicode_error_attributes(&mut self, exception: ObjRef, values: &[Value]) {
        let dict = match exception.dict() {
            Some(dict) => dict,
            None => {
                let dict = self.new_dict();
                exception.set_dict(dict);
                dict
            }
        };
        let names = ["encoding", "object", "start", "end", "reason"];
        for (name, &value) in names.into_iter().zip(values) {
            let key = self.intern(name);
            self.dict_set_str(dict, key, value);
        }
    }

    /// `str()` of a `UnicodeError` with details, from its attributes as
    /// they are now (CPython's `UnicodeEncodeError_str` and siblings):
    /// `None` for other exceptions, `""` before the details are set.
    pub(crate) fn unicode_error_str(&mut self, exception: ObjRef) -> PyResult<Option<String>> {
        let Some(kind) = self.unicode_error_kind(Value::Obj(exception)) else {
            return Ok(None);
        };
        let Some(dict) = exception.dict() else {
            return Ok(Some(String::new()));
        };
        let field = |vm: &mut Vm, name: &str| {
            let key = vm.intern(name);
            vm.dict_get_str(dict, key)
        };
        let (Some(object), Some(Value::Int(start)), Some(Value::Int(end))) = (
            field(self, "object"),
            field(self, "start"),
            field(self, "end"),
        ) else {
            return Ok(Some(String::new()));
        };
        let reason = field(self, "reason").unwrap_or(Value::None);
        let reason = self.str_string(reason)?;
        let encoding = field(self, "encoding").unwrap_or(Value::None);
        let encoding = self.str_string(encoding)?;
        let single = start.checked_add(1) == Some(end);
        let last = end.saturating_sub(1);
        let text = match kind {
            Kind::Decode => {
                let bytes = self.buffer_bytes(object)?.unwrap_or_default();
                match usize::try_from(start).ok().and_then(|s| bytes.get(s)) {
                    Some(byte) if single => format!(
                        "'{encoding}' codec can't decode byte {byte:#04x} in position {start}: {reason}"
                    ),
                    _ => format!(
                        "'{encoding}' codec can't decode bytes in position {start}-{last}: {reason}"
                    ),
                }
            }
            Kind::Encode | Kind::Translate => {
                let text = object
                    .object()
                    .and_then(|o| o.as_str())
                    .map(|s| s.as_str().to_owned())
                    .unwrap_or_default();
                let character = usize::try_from(start)
                    .ok()
                    .and_then(|s| text.chars().nth(s));
                let verb = if kind == Kind::Encode {
                    format!("'{encoding}' codec can't encode")
                } else {
                    "can't translate".to_owned()
                };
                match character {
                    Some(c) if single => {
                        let code = u32::from(c);
                        let escape = match code {
                            0..=0xFF => format!("\\x{code:02x}"),
                            0x100..=0xFFFF => format!("\\u{code:04x}"),
                            _ => format!("\\U{code:08x}"),
                        };
                        format!("{verb} character '{escape}' in position {start}: {reason}")
                    }
                    _ => format!("{verb} characters in position {start}-{last}: {reason}"),
                }
            }
        };
        Ok(Some(text))
    }
}
