//! Truthiness, `repr()`, `str()` and `hash()` of any value: built-in types
//! directly, instances of user classes through their dunder methods.

use std::hash::Hasher;

use pyvm_source::{python_bytes_repr, python_complex_repr, python_float_repr, python_str_repr};
use siphasher::sip::SipHasher13;

use crate::exception_class::ExceptionClass;
use crate::number::{hash_float, small_int_hash, Int};
use crate::object::Payload;
use crate::objects::str::Str;
use crate::objects::struct_seq::struct_seq_fields;
use crate::value::{ObjRef, Value};
use crate::vm::{type_name_of, PyResult, Vm};

impl Vm {
    /// The truth of `value` when no method can decide it: a bool, another
    /// immediate value, or a `list`, `tuple`, `dict` or `str` of exactly
    /// that type (`while not self.items:`). `None` leaves it to
    /// [`Vm::truthy`].
    #[inline(always)]
    pub(crate) fn quick_truth(&self, value: Value) -> Option<bool> {
        let Value::Obj(object) = value else {
            return value.immediate_truth();
        };
        let (class, types) = (object.class(), &self.types);
        match &object.payload {
            Payload::List(items) if class == types.list => Some(!items.borrow().is_empty()),
            Payload::Tuple(items) if class == types.tuple => Some(!items.is_empty()),
            Payload::Dict(dict) if class == types.dict => Some(!dict.borrow().is_empty()),
            Payload::Str(text) if class == types.str => Some(!text.is_empty()),
            _ => None,
        }
    }

    /// `bool(value)`.
    pub fn truthy(&mut self, value: Value) -> PyResult<bool> {
        if let Some(truth) = self.quick_truth(value) {
            return Ok(truth);
        }
        Ok(match value {
            Value::Obj(object) => {
                if let Some(class) = self.user_class(object) {
                    let bool_name = self.names.__bool__;
                    if let Some(method) = self.lookup_user(class, bool_name) {
                        let result = self.call_function(method, &[value])?;
                        return match result {
                            Value::Bool(b) => Ok(b.get()),
                            other => Err(self.type_error(format!(
                                "__bool__ should return bool, returned {}",
                                self.type_name(other)
                            ))),
                        };
                    }
                    let len_name = self.names.__len__;
                    if let Some(method) = self.lookup_user(class, len_name) {
                        let result = self.call_function(method, &[value])?;
                        return Ok(self.length_result(result)? != 0);
                    }
                }
                match &object.payload {
                    Payload::Str(text) => !text.is_empty(),
                    Payload::Int(int) => !int.is_zero(),
                    Payload::Float(f) => *f != 0.0,
                    Payload::Complex(z) => !z.is_zero(),
                    Payload::Bytes(bytes) => !bytes.is_empty(),
                    Payload::ByteArray(bytes) => !bytes.borrow().is_empty(),
                    Payload::MemoryView(_) => self.builtin_len(value)? != 0,
                    Payload::Tuple(items) => !items.is_empty(),
                    Payload::List(items) => !items.borrow().is_empty(),
                    Payload::Dict(dict) => !dict.borrow().is_empty(),
                    Payload::Set(set) => !set.borrow().is_empty(),
                    Payload::DictView(..) | Payload::MappingProxy(_) => {
                        self.builtin_len(value)? != 0
                    }
                    Payload::Range(range) => !range.len().is_zero(),
                    _ => true,
                }
            }
            _ => unreachable!("only heap objects have no immediate truth"),
        })
    }

    /// Checks what `__len__` returned: an integer (`__index__` counts, as
    /// CPython's `slot_sq_length`), non-negative, that fits.
    pub(crate) fn length_result(&mut self, result: Value) -> PyResult<usize> {
        let int = match result {
            Value::Int(n) if n >= 0 => return Ok(n as usize),
            Value::Bool(b) => return Ok(usize::from(b.get())),
            _ => self.index_int(result)?,
        };
        if int.is_negative() {
            return Err(self.value_error("__len__() should return >= 0"));
        }
        match int.to_i64() {
            Some(n) => Ok(n as usize),
            None => Err(self.error(
                ExceptionClass::OverflowError,
                "cannot fit 'int' into an index-sized integer",
            )),
        }
    }

    /// `repr(value)` as a `str` object. Nested containers recurse in
    /// Rust, so each level counts against the recursion limit, as
    /// CPython's `PyObject_Repr` does.
    pub fn repr(&mut self, value: Value) -> PyResult<ObjRef> {
        if let Value::Int(i) = value {
            return Ok(self.int_str(i));
        }
        if !matches!(value, Value::Obj(_)) {
            let text = self.repr_text(value)?;
            return Ok(self.new_str(&text));
        }
        self.recursing(" while getting the repr of an object", |vm| {
            if let Some(text) = vm.user_repr(value)? {
                return Ok(text);
            }
            if let Value::Obj(object) = value {
                if let Some(fields) = struct_seq_fields(object.class()) {
                    let text = vm.struct_seq_repr(object, fields)?;
                    return Ok(vm.new_str(&text));
                }
            }
            let text = vm.repr_text(value)?;
            Ok(vm.new_str(&text))
        })
    }

    /// What a user class's `__repr__` gives for `value`; `None` when its
    /// class has none.
    fn user_repr(&mut self, value: Value) -> PyResult<Option<ObjRef>> {
        let Value::Obj(object) = value else {
            return Ok(None);
        };
        let Some(class) = self.user_class(object) else {
            return Ok(None);
        };
        let name = self.names.__repr__;
        let Some(method) = self.lookup_user(class, name) else {
            return Ok(None);
        };
        let result = self.call_function(method, &[value])?;
        self.expect_str(result, "__repr__").map(Some)
    }

    /// `repr(value)` as Rust text. Containers make their items' reprs
    /// with it, so that no `str` object is left for the collector per
    /// level of nesting (a list nested a million deep would otherwise
    /// leave a quadratic amount of garbage).
    pub fn repr_string(&mut self, value: Value) -> PyResult<String> {
        if !matches!(value, Value::Obj(_)) {
            return self.repr_text(value);
        }
        self.recursing(" while getting the repr of an object", |vm| {
            match vm.user_repr(value)? {
                Some(text) => Ok(text.as_str().expect("a str").as_str().to_owned()),
                None => vm.repr_text(value),
            }
        })
    }

    /// Checks that a dunder returned a `str`.
    fn expect_str(&mut self, result: Value, method: &str) -> PyResult<ObjRef> {
        match result {
            Value::Obj(object) if object.as_str().is_some() => Ok(object),
            other => Err(self.type_error(format!(
                "{method} returned non-string (type {})",
                self.type_name(other)
            ))),
        }
    }

    /// The built-in `repr` of a value, ignoring user `__repr__` on the
    /// value itself (items still use theirs).
    pub(crate) fn repr_text(&mut self, value: Value) -> PyResult<String> {
        Ok(match value {
            Value::Null => "<NULL>".to_owned(),
            Value::None => "None".to_owned(),
            Value::NotImplemented => "NotImplemented".to_owned(),
            Value::Ellipsis => "Ellipsis".to_owned(),
            Value::Bool(b) if b.get() => "True".to_owned(),
            Value::Bool(_) => "False".to_owned(),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => python_float_repr(f.get()),
            Value::Obj(object) => return self.object_repr(object),
        })
    }

    fn object_repr(&mut self, object: ObjRef) -> PyResult<String> {
        let value = Value::Obj(object);
        Ok(match &object.payload {
            Payload::Str(text) => python_str_repr(text.as_str()),
            Payload::Int(int) => self.int_to_string(int)?,
            Payload::Float(f) => python_float_repr(*f),
            Payload::Complex(z) => python_complex_repr(z.re, z.im),
            Payload::File(_) => self.file_repr(object)?,
            Payload::TypeAlias(alias) => self.type_alias_repr(alias)?,
            Payload::WeakRef(weak) => self.weakref_repr(object, weak),
            Payload::Bytes(bytes) => python_bytes_repr(bytes),
            Payload::ByteArray(bytes) => {
                // A subclass shows its own name, as CPython's `bytearray_repr`.
                let name = crate::vm::type_name_of(object.class());
                format!(
                    "{name}({})",
                    crate::ops::buffer::bytearray_repr(&bytes.borrow())
                )
            }
            Payload::Property(getset) if object.class() == self.types.getset_descriptor => {
                self.getset_repr(getset)
            }
            Payload::MappingProxy(mapping) => {
                format!("mappingproxy({})", self.repr_string(Value::Obj(*mapping))?)
            }
            Payload::MemoryView(view) => {
                let released = if view.released.get() { "released " } else { "" };
                format!("<{released}memory at {:#x}>", object.address())
            }
            Payload::Tuple(items) => {
                let items = items.to_vec();
                if items.is_empty() {
                    return Ok("()".to_owned());
                }
                let Some(_guard) = self.enter_repr(object) else {
                    return Ok("(...)".to_owned());
                };
                let result = self.join_reprs(&items);
                self.leave_repr();
                let inner = result?;
                if items.len() == 1 {
                    format!("({inner},)")
                } else {
                    format!("({inner})")
                }
            }
            Payload::List(_) => {
                let Some(_guard) = self.enter_repr(object) else {
                    return Ok("[...]".to_owned());
                };
                let result = self.list_items_repr(object);
                self.leave_repr();
                format!("[{}]", result?)
            }
            Payload::Dict(_) => {
                let Some(_guard) = self.enter_repr(object) else {
                    return Ok("{...}".to_owned());
                };
                let result = self.dict_entries_repr(object);
                self.leave_repr();
                format!("{{{}}}", result?)
            }
            Payload::Set(set) => {
                let items: Vec<Value> = set.borrow().iter().map(|k| k.key).collect();
                let name = crate::vm::type_name_of(object.class());
                let frozen = name == "frozenset";
                if items.is_empty() {
                    return Ok(format!("{name}()"));
                }
                let Some(_guard) = self.enter_repr(object) else {
                    return Ok(format!("{name}(...)"));
                };
                let result = self.join_reprs(&items);
                self.leave_repr();
                if frozen || object.class() != self.types.set {
                    format!("{name}({{{}}})", result?)
                } else {
                    format!("{{{}}}", result?)
                }
            }
            Payload::DictView(dict, view) => {
                let (dict, view) = (*dict, *view);
                let name = crate::vm::type_name_of(object.class());
                let entries: Vec<(Value, Value)> = dict
                    .as_dict()
                    .map(|d| d.borrow().iter().map(|(k, v)| (k.key, v)).collect())
                    .unwrap_or_default();
                let items: Vec<Value> = match view {
                    crate::objects::iterator::DictView::Keys => {
                        entries.iter().map(|e| e.0).collect()
                    }
                    crate::objects::iterator::DictView::Values => {
                        entries.iter().map(|e| e.1).collect()
                    }
                    crate::objects::iterator::DictView::Items => entries
                        .iter()
                        .map(|&(k, v)| Value::Obj(self.new_tuple([k, v])))
                        .collect(),
                };
                let Some(_guard) = self.enter_repr(object) else {
                    return Ok("...".to_owned());
                };
                let result = self.join_reprs(&items);
                self.leave_repr();
                format!("{name}([{}])", result?)
            }
            Payload::Super(parts) => {
                let [class, object_value] = *parts;
                let class_name = class
                    .as_object()
                    .map_or_else(String::new, crate::vm::type_name_of);
                if object_value.is_none() {
                    format!("<super: <class '{class_name}'>, NULL>")
                } else {
                    let object_type = self.type_name(object_value);
                    format!("<super: <class '{class_name}'>, <{object_type} object>>")
                }
            }
            Payload::Range(range) => {
                let (start, stop) = (range.start.to_string(), range.stop.to_string());
                if range.step == Int::ONE {
                    format!("range({start}, {stop})")
                } else {
                    format!("range({start}, {stop}, {})", range.step)
                }
            }
            Payload::Slice(parts) => {
                let parts = **parts;
                let start = self.repr_string(parts[0])?;
                let stop = self.repr_string(parts[1])?;
                let step = self.repr_string(parts[2])?;
                format!("slice({start}, {stop}, {step})")
            }
            Payload::Type(data) => {
                let module = self.type_module(object);
                match module {
                    Some(module) if module != "builtins" => {
                        format!("<class '{module}.{}'>", data.qualname.borrow())
                    }
                    _ => format!("<class '{}'>", data.qualname.borrow()),
                }
            }
            Payload::Function(function) => {
                let qualname = self.str_text(function.qualname.get());
                format!("<function {qualname} at {:#x}>", object.address())
            }
            Payload::Builtin(builtin) => match (builtin.receiver, builtin.owner) {
                (Value::Null, Some(owner)) if object.class() == self.types.wrapper_descriptor => {
                    format!("<slot wrapper '{}' of '{owner}' objects>", builtin.name)
                }
                (receiver, _) if object.class() == self.types.method_wrapper => format!(
                    "<method-wrapper '{}' of {} object at {:#x}>",
                    builtin.name,
                    self.type_name(receiver),
                    receiver.as_object().map_or(0, |o| o.address())
                ),
                (Value::Null, Some(owner)) => {
                    format!("<method '{}' of '{owner}' objects>", builtin.name)
                }
                (Value::Null, None) => format!("<built-in function {}>", builtin.name),
                (Value::Obj(module), _) if matches!(module.payload, Payload::Module(_)) => {
                    format!("<built-in function {}>", builtin.name)
                }
                (receiver, _) => format!(
                    "<built-in method {} of {} object at {:#x}>",
                    builtin.name,
                    self.type_name(receiver),
                    receiver.as_object().map_or(0, |o| o.address())
                ),
            },
            Payload::Method { function, receiver } => {
                let (function, receiver) = (*function, *receiver);
                let name = self.function_qualname(function);
                let receiver = self.repr_string(receiver)?;
                format!("<bound method {name} of {receiver}>")
            }
            Payload::Module(module) => {
                let file = object
                    .dict()
                    .and_then(|dict| self.dict_get_str(dict, self.names.__file__));
                match file {
                    Some(file) => {
                        let file = self.repr_string(file)?;
                        format!("<module '{}' from {file}>", module.name)
                    }
                    None => format!("<module '{}' (built-in)>", module.name),
                }
            }
            Payload::Exception(data) => {
                let name = type_name_of(object.class());
                let args = data.args.get();
                let items = args
                    .object()
                    .and_then(|a| a.as_tuple().map(<[Value]>::to_vec))
                    .unwrap_or_default();
                if items.len() == 1 {
                    format!("{name}({})", self.repr_string(items[0])?)
                } else {
                    format!("{name}({})", self.join_reprs(&items)?)
                }
            }
            Payload::Member(member) => self.member_repr(member),
            Payload::Cell(cell) => match cell.get() {
                Value::Null => format!("<cell at {:#x}: empty>", object.address()),
                content => format!(
                    "<cell at {:#x}: {} object at {:#x}>",
                    object.address(),
                    self.type_name(content),
                    content.as_object().map_or(0, |o| o.address())
                ),
            },
            Payload::Code(code) => code.code.repr_with_id(object.address()),
            Payload::Frame(_) => self.frame_repr(object)?,
            Payload::Generator(generator) => {
                let generator = generator.borrow();
                let kind = generator.kind.type_name();
                let qualname = self.str_text(generator.qualname.get());
                format!("<{kind} object {qualname} at {:#x}>", object.address())
            }
            _ => self.default_repr(value),
        })
    }

    /// `object.__repr__`: `<module.Class object at 0x…>`.
    pub(crate) fn default_repr(&mut self, value: Value) -> String {
        let class = self.type_of(value);
        let data = class.as_type().expect("a type");
        let qualname = data.qualname.borrow().clone();
        let address = value.as_object().map_or(0, |o| o.address());
        match self.type_module(class) {
            Some(module) if module != "builtins" => {
                format!("<{module}.{qualname} object at {address:#x}>")
            }
            _ => format!("<{qualname} object at {address:#x}>"),
        }
    }

    /// A class's `__module__` as text, if it is a string.
    pub(crate) fn type_module(&mut self, class: ObjRef) -> Option<String> {
        let dict = class.dict()?;
        let module = self.dict_get_str(dict, self.names.__module__)?;
        module
            .object()
            .and_then(|m| m.as_str().map(|s| s.as_str().to_owned()))
    }

    /// A function's qualified name, for reprs.
    fn function_qualname(&self, function: Value) -> String {
        match function.payload() {
            Some(Payload::Function(f)) => self.str_text(f.qualname.get()),
            Some(Payload::Builtin(b)) => b.name.to_owned(),
            _ => "?".to_owned(),
        }
    }

    /// The text of a value known to be a `str` ("?" otherwise).
    pub(crate) fn str_text(&self, value: Value) -> String {
        value
            .object()
            .and_then(|o| o.as_str().map(|s| s.as_str().to_owned()))
            .unwrap_or_else(|| "?".to_owned())
    }

    /// The reprs of a snapshot of a container's items, joined; they stay
    /// rooted, as a `__repr__` may empty the container.
    fn join_reprs(&mut self, items: &[Value]) -> PyResult<String> {
        self.with_rooted(items, |vm| {
            let mut out = String::new();
            for (i, &item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(&vm.repr_string(item)?);
            }
            Ok(out)
        })
    }

    /// The reprs of a list's items, joined, each read afresh (CPython's
    /// `list_repr`): a `__repr__` may change the list.
    fn list_items_repr(&mut self, list: ObjRef) -> PyResult<String> {
        let mut out = String::new();
        let mut i = 0;
        while let Some(item) = crate::ops::container::sequence_item(list, i) {
            if i > 0 {
                out.push_str(", ");
            }
            let repr = self.with_rooted(&[item], |vm| vm.repr_string(item))?;
            out.push_str(&repr);
            i += 1;
        }
        Ok(out)
    }

    /// The `key: value` reprs of a dict's entries, joined, each entry
    /// read afresh and rooted while its reprs are made (CPython's
    /// `dict_repr`): a `__repr__` may change the dict.
    fn dict_entries_repr(&mut self, dict: ObjRef) -> PyResult<String> {
        let mut out = String::new();
        let mut i = 0;
        while let Some((key, value)) = dict.as_dict().and_then(|d| d.borrow().entry(i)) {
            if i > 0 {
                out.push_str(", ");
            }
            let (key, value) = (key.key, value);
            let pair = self.with_rooted(&[key, value], |vm| {
                Ok::<_, crate::vm::PyErr>((vm.repr_string(key)?, vm.repr_string(value)?))
            })?;
            out.push_str(&pair.0);
            out.push_str(": ");
            out.push_str(&pair.1);
            i += 1;
        }
        Ok(out)
    }

    /// Notes that `object`'s repr is being made; `None` if it already is
    /// (a container holding itself prints as `[...]`).
    fn enter_repr(&mut self, object: ObjRef) -> Option<()> {
        // A set, not a scan of the stack: nesting may be millions deep.
        if !self.repr_active.insert(object.address()) {
            return None;
        }
        self.repr_stack.push(object);
        Some(())
    }

    fn leave_repr(&mut self) {
        if let Some(object) = self.repr_stack.pop() {
            self.repr_active.remove(&object.address());
        }
    }

    /// The decimal text of an int, within `sys.get_int_max_str_digits()`.
    pub(crate) fn int_to_string(&mut self, int: &Int) -> PyResult<String> {
        int.to_decimal_string(self.max_str_digits)
            .map_err(|e| self.error(e.exception_class(), e.to_string()))
    }

    /// `BaseException.__str__` (with `KeyError`'s, `OSError`'s and
    /// `SyntaxError`'s variants): the single argument's `str`, the
    /// arguments' repr, or "".
    pub(crate) fn exception_str(&mut self, object: ObjRef) -> PyResult<ObjRef> {
        let value = Value::Obj(object);
        let Some(data) = object.as_exception() else {
            return self.to_str(value);
        };
        if self.is_exception(value, crate::ExceptionClass::SyntaxError) {
            let text = self.syntax_error_str(object)?;
            return Ok(self.new_str(&text));
        }
        if let Some(text) = self.oserror_str(object)? {
            return Ok(self.new_str(&text));
        }
        if let Some(text) = self.unicode_error_str(object)? {
            return Ok(self.new_str(&text));
        }
        if self.is_exception_group(value) {
            let text = self.exception_group_str(object)?;
            return Ok(self.new_str(&text));
        }
        let args = data.args.get();
        let items = args
            .object()
            .and_then(|a| a.as_tuple().map(<[Value]>::to_vec))
            .unwrap_or_default();
        let key_error = self.exception_type(ExceptionClass::KeyError);
        match items.len() {
            0 => Ok(self.new_str("")),
            // A missing key shows as its repr (CPython's
            // `KeyError_str`): `KeyError: ''`, not `KeyError: `.
            1 if self.is_subtype(object.class(), key_error) => self.repr(items[0]),
            1 => self.to_str(items[0]),
            _ => self.repr(args),
        }
    }

    /// `str(value)` as a `str` object.
    pub fn to_str(&mut self, value: Value) -> PyResult<ObjRef> {
        if let Value::Obj(object) = value {
            if let Some(class) = self.user_class(object) {
                let name = self.names.__str__;
                if let Some(method) = self.lookup_user(class, name) {
                    let result = self.call_function(method, &[value])?;
                    return self.expect_str(result, "__str__");
                }
            }
            match &object.payload {
                Payload::Str(_) if object.class() == self.types.str => return Ok(object),
                Payload::Str(text) => {
                    let text = text.as_str().to_owned();
                    return Ok(self.new_str(&text));
                }
                Payload::Exception(_) => return self.exception_str(object),
                _ => {}
            }
            // `object.__str__` calls the repr slot, and `str()` checks what
            // it gives as `__str__`'s result.
            if let Some(class) = self.user_class(object) {
                let name = self.names.__repr__;
                if let Some(method) = self.lookup_user(class, name) {
                    let result = self.recursing(" while getting the repr of an object", |vm| {
                        vm.call_function(method, &[value])
                    })?;
                    return self.expect_str(result, "__str__");
                }
            }
        }
        self.repr(value)
    }

    /// `SyntaxError.__str__`: `msg (file, line N)` with the file's base
    /// name (a `str` file name and an `int` line number only), else the
    /// `str` of `msg` (of `None` when it is not set), as CPython's
    /// `SyntaxError_str`.
    fn syntax_error_str(&mut self, exception: ObjRef) -> PyResult<String> {
        let dict = exception.dict();
        let get = |vm: &mut Vm, name: &str| {
            let key = vm.intern(name);
            dict.and_then(|d| vm.dict_get_str(d, key))
                .unwrap_or(Value::None)
        };
        let msg = get(self, "msg");
        let msg = self.str_string(msg)?;
        let base = match get(self, "filename").object().and_then(|f| f.as_str()) {
            Some(text) => {
                let text = text.as_str();
                Some(text.rsplit('/').next().unwrap_or(text).to_owned())
            }
            None => None,
        };
        let lineno = match get(self, "lineno") {
            Value::Int(line) => Some(line.to_string()),
            Value::Obj(object) if object.class() == self.types().int => {
                Some(self.str_string(Value::Obj(object))?)
            }
            _ => None,
        };
        Ok(match (base, lineno) {
            (Some(file), Some(line)) => format!("{msg} ({file}, line {line})"),
            (Some(file), None) => format!("{msg} ({file})"),
            (None, Some(line)) => format!("{msg} (line {line})"),
            (None, None) => msg,
        })
    }

    /// `str(value)` as Rust text.
    pub fn str_string(&mut self, value: Value) -> PyResult<String> {
        let text = self.to_str(value)?;
        Ok(text.as_str().expect("str").as_str().to_owned())
    }

    /// The hash of a `str` (cached in the object). Names and keys are
    /// hashed again and again, so the cached hash is read inline in a few
    /// instructions and the first hashing is out of line.
    #[inline(always)]
    pub fn str_hash(&self, string: ObjRef) -> i64 {
        match string.as_str().and_then(Str::cached_hash) {
            Some(hash) => hash,
            None => self.str_hash_uncached(string),
        }
    }

    /// The hash of a `str` not hashed before, cached for next time.
    #[cold]
    #[inline(never)]
    fn str_hash_uncached(&self, string: ObjRef) -> i64 {
        let text = string.as_str().expect("a str");
        // ASCII text, known from its cached length, is hashed as its
        // bytes without `hash_text` scanning it to find out.
        let hash = if text.is_ascii() {
            self.hash_bytes(text.as_str().as_bytes())
        } else {
            self.hash_text(text.as_str())
        };
        text.cache_hash(hash);
        hash
    }

    /// SipHash-1-3 of text as CPython hashes it: over its one-, two- or
    /// four-byte-per-code-point form, whichever fits every code point.
    fn hash_text(&self, text: &str) -> i64 {
        if text.is_ascii() {
            // One byte per code point: the UTF-8 bytes themselves.
            return self.hash_bytes(text.as_bytes());
        }
        let mut hasher = SipHasher13::new_with_keys(self.hash_key.0, self.hash_key.1);
        let widest = text.chars().map(u32::from).max().unwrap_or(0);
        for c in text.chars().map(u32::from) {
            if widest < 0x100 {
                hasher.write_u8(c as u8);
            } else if widest < 0x1_0000 {
                hasher.write(&(c as u16).to_le_bytes());
            } else {
                hasher.write(&c.to_le_bytes());
            }
        }
        fix_hash(hasher.finish() as i64)
    }

    /// `hash(value)`.
    pub fn hash(&mut self, value: Value) -> PyResult<i64> {
        if let Value::Obj(object) = value {
            if object.class() == self.types.str {
                return Ok(self.str_hash(object));
            }
            {
                if let Some(class) = self.user_class(object) {
                    let name = self.names.__hash__;
                    if let Some(method) = self.lookup_user(class, name) {
                        if method.is_none() {
                            return Err(self.unhashable(value));
                        }
                        let result = self.call_function(method, &[value])?;
                        return match result {
                            Value::Int(i) => Ok(fix_hash(i)),
                            Value::Bool(b) => Ok(i64::from(b.get())),
                            Value::Obj(o) if matches!(o.payload, Payload::Int(_)) => {
                                let Payload::Int(int) = &o.payload else {
                                    unreachable!()
                                };
                                Ok(fix_hash(int.py_hash()))
                            }
                            _ => Err(self.type_error("__hash__ method should return an integer")),
                        };
                    }
                }
            }
        }
        self.builtin_hash(value)
    }

    /// The hash of a built-in value (`int.__hash__`…), ignoring a
    /// subclass's `__hash__`.
    pub(crate) fn builtin_hash(&mut self, value: Value) -> PyResult<i64> {
        Ok(match value {
            Value::Int(i) => small_int_hash(i),
            Value::Bool(b) => i64::from(b.get()),
            Value::Float(f) => hash_float(f.get()).unwrap_or_else(|| pointer_hash(0)),
            Value::None | Value::Null => pointer_hash(0x5f5e_1000),
            Value::NotImplemented => pointer_hash(0x5f5e_2000),
            Value::Ellipsis => pointer_hash(0x5f5e_3000),
            Value::Obj(object) => {
                match &object.payload {
                    Payload::Str(_) => self.str_hash(object),
                    Payload::Int(int) => int.py_hash(),
                    Payload::Float(f) => hash_float(*f).unwrap_or_else(|| pointer_hash(0)),
                    Payload::Complex(z) => z.py_hash(pointer_hash(object.address())),
                    Payload::Bytes(bytes) => self.hash_bytes(bytes),
                    Payload::TypeAlias(alias) => self.type_alias_hash(alias)?,
                    Payload::Tuple(items) => {
                        let items = items.to_vec();
                        self.tuple_hash(&items)?
                    }
                    Payload::List(_)
                    | Payload::Dict(_)
                    | Payload::Slice(_)
                    | Payload::ByteArray(_) => return Err(self.unhashable(value)),
                    Payload::MemoryView(_) => self.memoryview_hash(object)?,
                    // Equal bound methods hash alike: the object's identity
                    // mixed with the function's hash (CPython's
                    // `method_hash`).
                    Payload::Method { function, receiver } => {
                        let (function, receiver) = (*function, *receiver);
                        let receiver = match receiver {
                            Value::Obj(receiver) => pointer_hash(receiver.address()),
                            receiver => self.builtin_hash(receiver)?,
                        };
                        let hash = receiver ^ self.hash(function)?;
                        if hash == -1 {
                            -2
                        } else {
                            hash
                        }
                    }
                    Payload::WeakRef(weak) => self.weakref_hash(weak)?,
                    Payload::Set(set) => {
                        if !self.is_subtype(object.class(), self.types.frozenset) {
                            return Err(self.unhashable(value));
                        }
                        // frozenset: CPython's order-independent mix.
                        let hashes: Vec<i64> = set.borrow().iter().map(|k| k.hash).collect();
                        frozenset_hash(&hashes)
                    }
                    _ => pointer_hash(object.address()),
                }
            }
        })
    }

    pub(crate) fn hash_bytes(&self, bytes: &[u8]) -> i64 {
        if bytes.is_empty() {
            return 0;
        }
        // In one go: the streaming `Hasher` interface keeps a tail buffer
        // that costs as much again for short keys.
        let hasher = SipHasher13::new_with_keys(self.hash_key.0, self.hash_key.1);
        fix_hash(hasher.hash(bytes) as i64)
    }

    /// CPython 3.11's tuple hash (an xxHash-style mix of the items').
    pub(crate) fn tuple_hash(&mut self, items: &[Value]) -> PyResult<i64> {
        // CPython sets no depth limit here; the Rust stack needs one.
        self.guard_native_stack("")?;
        const PRIME1: u64 = 11_400_714_785_074_694_791;
        const PRIME2: u64 = 14_029_467_366_897_019_727;
        const PRIME5: u64 = 2_870_177_450_012_600_261;
        let mut acc = PRIME5;
        for &item in items {
            let lane = self.hash(item)? as u64;
            acc = acc.wrapping_add(lane.wrapping_mul(PRIME2));
            acc = acc.rotate_left(31);
            acc = acc.wrapping_mul(PRIME1);
        }
        acc = acc.wrapping_add((items.len() as u64) ^ (PRIME5 ^ 3_527_539));
        Ok(fix_hash(acc as i64))
    }

    fn unhashable(&mut self, value: Value) -> crate::vm::PyErr {
        let name = self.type_name(value);
        self.type_error(format!("unhashable type: '{name}'"))
    }
}

/// -1 is not a hash (CPython uses it for errors): it becomes -2.
fn fix_hash(hash: i64) -> i64 {
    if hash == -1 {
        -2
    } else {
        hash
    }
}

/// CPython's `frozenset` hash: a mix of the item hashes that does not
/// depend on their order.
pub(crate) fn frozenset_hash(hashes: &[i64]) -> i64 {
    let shuffle = |h: u64| ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167);
    let mut hash: u64 = 0;
    for &h in hashes {
        hash ^= shuffle(h as u64);
    }
    hash ^= ((hashes.len() as u64) + 1).wrapping_mul(1_927_868_237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923);
    fix_hash(hash as i64)
}

/// CPython's hash of an object without `__hash__`: its address rotated by
/// four bits.
pub(crate) fn pointer_hash(address: usize) -> i64 {
    fix_hash((address as u64).rotate_right(4) as i64)
}
