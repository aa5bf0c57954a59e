//! What some exception classes add to `BaseException`: `OSError`'s
//! `errno`, `strerror` and `filename`, its subclass chosen by the error
//! number, and its message.

use crate::exception_class::ExceptionClass;
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// The `OSError` subclass CPython makes for an error number (its
/// `errno_mapping`, with Linux's numbers).
fn oserror_subclass(errno: i64) -> Option<ExceptionClass> {
    Some(match errno {
        1 | 13 => ExceptionClass::PermissionError,
        2 => ExceptionClass::FileNotFoundError,
        3 => ExceptionClass::ProcessLookupError,
        4 => ExceptionClass::InterruptedError,
        10 => ExceptionClass::ChildProcessError,
        11 | 114 | 115 => ExceptionClass::BlockingIOError,
        17 => ExceptionClass::FileExistsError,
        20 => ExceptionClass::NotADirectoryError,
        21 => ExceptionClass::IsADirectoryError,
        32 | 108 => ExceptionClass::BrokenPipeError,
        103 => ExceptionClass::ConnectionAbortedError,
        104 => ExceptionClass::ConnectionResetError,
        110 => ExceptionClass::TimeoutError,
        111 => ExceptionClass::ConnectionRefusedError,
        _ => return None,
    })
}

impl Vm {
    /// The class `OSError(errno, strerror, …)` really makes: the subclass
    /// for the error number, when called as `OSError` itself.
    pub(crate) fn exception_class_for_args(&self, class: ObjRef, args: &[Value]) -> ObjRef {
        if class != self.exception_type(ExceptionClass::OSError) || !(2..=5).contains(&args.len()) {
            return class;
        }
        match self
            .exact_int(args[0])
            .and_then(|e| e.to_i64())
            .and_then(oserror_subclass)
        {
            Some(subclass) => self.exception_type(subclass),
            None => class,
        }
    }

    /// Whether an `OSError` class leaves its arguments to `__init__`: it
    /// overrides `__init__` but not `__new__` (CPython's
    /// `oserror_use_init`), so `OSError.__new__` sets no `args` and no
    /// attributes, and an `__init__` that does not call `OSError.__init__`
    /// leaves them unset.
    pub(crate) fn oserror_uses_init(&mut self, class: ObjRef) -> bool {
        let os_error = self.exception_type(ExceptionClass::OSError);
        if !self.is_subtype(class, os_error) {
            return false;
        }
        let (init, new) = (self.names.__init__, self.names.__new__);
        self.lookup_user(class, init).is_some() && self.lookup_user(class, new).is_none()
    }

    /// Sets `errno`, `strerror`, `filename` and `filename2` of an
    /// `OSError` from its arguments (2 to 5 of them), as CPython's
    /// `oserror_init`.
    pub(crate) fn set_oserror_attributes(&mut self, exception: ObjRef, args: &[Value]) {
        if !self.is_exception(Value::Obj(exception), ExceptionClass::OSError)
            || !(2..=5).contains(&args.len())
        {
            return;
        }
        let dict = match exception.dict() {
            Some(dict) => dict,
            None => {
                let dict = self.new_dict();
                exception.set_dict(dict);
                dict
            }
        };
        let fields = [
            ("errno", args.first()),
            ("strerror", args.get(1)),
            ("filename", args.get(2)),
            ("filename2", args.get(4)),
        ];
        for (name, value) in fields {
            if let Some(&value) = value {
                let key = self.intern(name);
                self.dict_set_str(dict, key, value);
            }
        }
    }

    /// `msg` and the details of `SyntaxError(msg, (filename, lineno,
    /// offset, text[, end_lineno, end_offset]))`, as CPython's
    /// `SyntaxError_init`.
    pub(crate) fn syntax_error_init(&mut self, exception: ObjRef, args: &[Value]) -> PyResult<()> {
        let mut fields: Vec<(&str, Value)> = Vec::new();
        if let Some(&msg) = args.first() {
            fields.push(("msg", msg));
        }
        if let [_, details] = args {
            let details = self.collect_iterable(*details)?;
            let given = details.len();
            if given < 4 {
                return Err(self.type_error(format!(
                    "function takes at least 4 arguments ({given} given)"
                )));
            }
            if given > 6 {
                return Err(self.type_error(format!(
                    "function takes at most 6 arguments ({given} given)"
                )));
            }
            let names = [
                "filename",
                "lineno",
                "offset",
                "text",
                "end_lineno",
                "end_offset",
            ];
            for (i, name) in names.into_iter().enumerate() {
                fields.push((name, details.get(i).copied().unwrap_or(Value::None)));
            }
            if given == 5 {
                return Err(
                    self.type_error("end_offset must be provided when end_lineno is provided")
                );
            }
        }
        if fields.is_empty() {
            return Ok(());
        }
        let dict = match exception.dict() {
            Some(dict) => dict,
            None => {
                let dict = self.new_dict();
                exception.set_dict(dict);
                dict
            }
        };
        for (name, value) in fields {
            let key = self.intern(name);
            self.dict_set_str(dict, key, value);
        }
        Ok(())
    }

    /// `str()` of an `OSError` with an error number: `[Errno 2] No such
    /// file: 'name'`; `None` for other exceptions.
    pub(crate) fn oserror_str(&mut self, exception: ObjRef) -> PyResult<Option<String>> {
        if !self.is_exception(Value::Obj(exception), ExceptionClass::OSError) {
            return Ok(None);
        }
        let Some(dict) = exception.dict() else {
            return Ok(None);
        };
        let field = |vm: &mut Vm, name: &str| {
            let key = vm.intern(name);
            vm.dict_get_str(dict, key).unwrap_or(Value::None)
        };
        let (errno, strerror) = (field(self, "errno"), field(self, "strerror"));
        let (filename, filename2) = (field(self, "filename"), field(self, "filename2"));
        if errno.is_none() && strerror.is_none() {
            return Ok(None);
        }
        let errno = self.str_string(errno)?;
        let strerror = self.str_string(strerror)?;
        let mut text = format!("[Errno {errno}] {strerror}");
        if !filename.is_none() {
            text.push_str(&format!(": {}", self.repr_string(filename)?));
            if !filename2.is_none() {
                text.push_str(&format!(" -> {}", self.repr_string(filename2)?));
            }
        }
        Ok(Some(text))
    }
}
