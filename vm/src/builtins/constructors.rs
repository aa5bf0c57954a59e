//! Calling a built-in type: `int(x)`, `str(x)`, `list(it)`, `dict(…)`,
//! `range(…)`, `property(…)`, `super()`…

use crate::exception_class::ExceptionClass;
use crate::number::{float, Int};
use crate::object::Payload;
use crate::objects::function::Args;
use crate::objects::iterator::IterState;
use crate::objects::property::Property;
use crate::objects::range::Range;
use crate::objects::struct_seq::struct_seq_fields;
use crate::ops::buffer::ByteKind;
use crate::value::{ObjRef, Value};
use crate::vm::{type_name_of, PyResult, Vm};

impl Vm {
    /// Makes an instance of built-in type `class`.
    pub(crate) fn construct_builtin(&mut self, class: ObjRef, args: Args<'_>) -> PyResult<Value> {
        let t = &self.types;
        if let Some(fields) = struct_seq_fields(class) {
            return self.construct_struct_seq(class, fields, args);
        }
        if class == t.object {
            if !args.positional.is_empty() || args.has_keywords() {
                return Err(self.type_error("object() takes no arguments"));
            }
            return Ok(Value::Obj(self.new_plain_instance(class)));
        }
        if class == t.type_ {
            if args.positional.len() != 3 {
                return Err(self.type_error("type() takes 1 or 3 arguments"));
            }
            return self.type_new(class, args);
        }
        if class == t.int {
            return self.construct_int(args);
        }
        if class == t.weakref {
            self.no_keywords("ref", &args)?;
            self.check_positional("ref", args.positional, 1, 2)?;
            let callback = args.positional.get(1).copied().unwrap_or(Value::None);
            return self.new_weakref(args.positional[0], callback);
        }
        if class == t.bool {
            self.no_keywords("bool", &args)?;
            return match args.positional {
                [] => Ok(Value::bool(false)),
                [value] => Ok(Value::bool(self.truthy(*value)?)),
                other => Err(self.type_error(format!(
                    "bool expected at most 1 argument, got {}",
                    other.len()
                ))),
            };
        }
        if class == t.float {
            return self.construct_float(args);
        }
        if class == t.random {
            self.positional_range("Random", &args, 0, 1)?;
            let seed = args.positional.first().copied();
            return self.new_random(seed).map(Value::Obj);
        }
        if class == t.string_io {
            return self.construct_string_io(args);
        }
        if class == t.complex {
            return self.construct_complex(args);
        }
        if class == t.str {
            return self.construct_str(args);
        }
        if class == t.tuple {
            self.positional_range("tuple", &args, 0, 1)?;
            return match args.positional {
                [] => Ok(Value::Obj(self.empty_tuple())),
                [value] => {
                    if value
                        .as_object()
                        .is_some_and(|o| o.class() == self.types.tuple)
                    {
                        return Ok(*value);
                    }
                    let items = self.collect_iterable(*value)?;
                    Ok(Value::Obj(self.new_tuple(items)))
                }
                _ => unreachable!("checked"),
            };
        }
        if class == t.list {
            self.positional_range("list", &args, 0, 1)?;
            let items = match args.positional {
                [] => Vec::new(),
                [value] => self.collect_iterable(*value)?,
                _ => unreachable!("checked"),
            };
            return Ok(Value::Obj(self.new_list(items)));
        }
        if class == t.dict {
            let dict = self.new_dict();
            let mark = self.root(Value::Obj(dict));
            let result = self.dict_init(dict, args);
            self.release_roots(mark);
            result?;
            return Ok(Value::Obj(dict));
        }
        if class == t.set || class == t.frozenset {
            self.positional_range(&type_name_of(class), &args, 0, 1)?;
            let set = self.new_set();
            set.set_class(class);
            if let [iterable] = args.positional {
                let mark = self.root(Value::Obj(set));
                let result = self.set_update_internal(set, *iterable);
                self.release_roots(mark);
                result?;
            }
            return Ok(Value::Obj(set));
        }
        if class == t.range {
            return self.construct_range(args);
        }
        if class == t.slice {
            self.positional_range("slice", &args, 1, 3)?;
            let (start, stop, step) = match args.positional {
                [stop] => (Value::None, *stop, Value::None),
                [start, stop] => (*start, *stop, Value::None),
                [start, stop, step] => (*start, *stop, *step),
                _ => unreachable!("checked"),
            };
            return Ok(Value::Obj(self.new_slice(start, stop, step)));
        }
        if class == t.bytes {
            return self.construct_bytes(args);
        }
        if class == t.bytearray {
            return self.construct_bytearray(args);
        }
        if class == t.memoryview {
            let [object_kw] = self.keywords("memoryview", &args, ["object"])?;
            let object = match (args.positional, object_kw) {
                ([object], None) => *object,
                ([], Some(object)) => object,
                ([], None) => {
                    return Err(
                        self.type_error("memoryview() missing required argument 'object' (pos 1)")
                    )
                }
                (given, _) => {
                    return Err(self.type_error(format!(
                        "memoryview() takes at most 1 argument ({} given)",
                        given.len() + usize::from(object_kw.is_some())
                    )))
                }
            };
            return self.new_memoryview(object).map(Value::Obj);
        }
        if class == t.property {
            let [fget, fset, fdel, doc] = self.property_arguments(args)?;
            return Ok(self.new_property(class, fget, fset, fdel, doc, Value::None));
        }
        // `mappingproxy(mapping)`: a read-only view of a dict (pyvm's
        // proxies wrap dicts only).
        if class == t.mappingproxy {
            let mapping = self.one_arg("mappingproxy", &args)?;
            return match mapping.as_object() {
                Some(dict) if dict.as_dict().is_some() => {
                    Ok(Value::Obj(self.alloc(class, Payload::MappingProxy(dict))))
                }
                _ => {
                    let type_name = self.type_name(mapping);
                    Err(self.type_error(format!(
                        "mappingproxy() argument must be a mapping, not {type_name}"
                    )))
                }
            };
        }
        if class == t.staticmethod || class == t.classmethod {
            let is_static = class == t.staticmethod;
            let function = self.one_arg(&type_name_of(class), &args)?;
            let payload = if is_static {
                Payload::StaticMethod(function)
            } else {
                Payload::ClassMethod(function)
            };
            let wrapper = self.alloc(class, payload);
            self.copy_wrapped_attributes(wrapper, function)?;
            return Ok(Value::Obj(wrapper));
        }
        if class == t.enumerate {
            let [iterable_kw, start_kw] =
                self.keywords("enumerate", &args, ["iterable", "start"])?;
            let iterable = args.positional.first().copied().or(iterable_kw);
            let Some(iterable) = iterable else {
                return Err(self.type_error("enumerate() missing required argument 'iterable'"));
            };
            let start = args
                .positional
                .get(1)
                .copied()
                .or(start_kw)
                .unwrap_or(Value::Int(0));
            let count = self.index_int(start)?;
            let iterator = self.get_iter(iterable)?;
            return Ok(self.new_iterator(
                class,
                IterState::Enumerate {
                    iterator,
                    count: Box::new(count),
                },
            ));
        }
        if class == t.zip {
            let [strict] = self.keywords("zip", &args, ["strict"])?;
            let strict = match strict {
                Some(value) => self.truthy(value)?,
                None => false,
            };
            let iterators = self.iterators_of(args.positional)?;
            return Ok(self.new_iterator(
                class,
                IterState::Zip {
                    iterators: iterators.into_boxed_slice(),
                    strict,
                },
            ));
        }
        if class == t.map {
            self.no_keywords("map", &args)?;
            if args.positional.len() < 2 {
                return Err(self.type_error("map() must have at least two arguments."));
            }
            let iterators = self.iterators_of(&args.positional[1..])?;
            return Ok(self.new_iterator(
                class,
                IterState::Map {
                    function: args.positional[0],
                    iterators: iterators.into_boxed_slice(),
                },
            ));
        }
        if class == t.filter {
            self.positional_range("filter", &args, 2, 2)?;
            let iterator = self.get_iter(args.positional[1])?;
            return Ok(self.new_iterator(
                class,
                IterState::Filter {
                    function: args.positional[0],
                    iterator,
                },
            ));
        }
        if class == t.reversed {
            return crate::builtins::functions::reversed(self, args);
        }
        if class == t.super_ {
            return self.construct_super(args);
        }
        // `type(None)()` is the one None (CPython's `none_new`).
        if class == t.none {
            if !args.positional.is_empty() || args.has_keywords() {
                return Err(self.type_error("NoneType takes no arguments"));
            }
            return Ok(Value::None);
        }
        let name = type_name_of(class);
        Err(self.type_error(format!("cannot create '{name}' instances")))
    }

    /// Gives a new `staticmethod` or `classmethod` a dict holding the
    /// `__module__`, `__name__`, `__qualname__`, `__doc__` and
    /// `__annotations__` of the callable it wraps, those it has (as
    /// CPython 3.10+'s `functools_wraps`).
    fn copy_wrapped_attributes(&mut self, wrapper: ObjRef, function: Value) -> PyResult<()> {
        let dict = self.new_dict();
        wrapper.set_dict(dict);
        let mark = self.roots.len();
        self.roots.push(Value::Obj(wrapper));
        let names = [
            "__module__",
            "__name__",
            "__qualname__",
            "__doc__",
            "__annotations__",
        ];
        let mut result = Ok(());
        for name in names {
            let name = self.intern(name);
            match self.lookup_attr(function, name) {
                Ok(Some(value)) => {
                    self.dict_set_str(dict, name, value);
                }
                Ok(None) => {}
                Err(error) => {
                    result = Err(error);
                    break;
                }
            }
        }
        self.roots.truncate(mark);
        result
    }

    /// The arguments of `property(fget, fset, fdel, doc)`, `None` for
    /// those not given.
    pub(crate) fn property_arguments(&mut self, args: Args<'_>) -> PyResult<[Value; 4]> {
        let [fget, fset, fdel, doc] =
            self.keywords("property", &args, ["fget", "fset", "fdel", "doc"])?;
        if args.positional.len() > 4 {
            return Err(self.type_error(format!(
                "property() takes at most 4 arguments ({} given)",
                args.positional.len()
            )));
        }
        let mut parts = [Value::None; 4];
        for (i, &value) in args.positional.iter().enumerate() {
            parts[i] = value;
        }
        for (i, keyword) in [fget, fset, fdel, doc].into_iter().enumerate() {
            if let Some(value) = keyword {
                parts[i] = value;
            }
        }
        Ok(parts)
    }

    /// A new `property` (of `class`, which may derive from it).
    pub(crate) fn new_property(
        &mut self,
        class: ObjRef,
        fget: Value,
        fset: Value,
        fdel: Value,
        doc: Value,
        name: Value,
    ) -> Value {
        let property = Property::new(fget, fset, fdel, doc);
        property.name.set(name);
        Value::Obj(self.alloc(class, Payload::Property(Box::new(property))))
    }

    /// `iter()` of each iterable, the iterators rooted while the next
    /// `__iter__` runs.
    fn iterators_of(&mut self, iterables: &[Value]) -> PyResult<Vec<Value>> {
        let mark = self.roots.len();
        let mut iterators = Vec::with_capacity(iterables.len());
        for &iterable in iterables {
            match self.get_iter(iterable) {
                Ok(iterator) => {
                    self.roots.push(iterator);
                    iterators.push(iterator);
                }
                Err(error) => {
                    self.roots.truncate(mark);
                    return Err(error);
                }
            }
        }
        self.roots.truncate(mark);
        Ok(iterators)
    }

    /// `int(x=0)` / `int(x, base=10)`.
    fn construct_int(&mut self, args: Args<'_>) -> PyResult<Value> {
        // `x` is positional-only (`int(x, /, base=10)`).
        let [base_kw] = self.keywords("int", &args, ["base"])?;
        if args.positional.len() > 2 {
            return Err(self.type_error(format!(
                "int() takes at most 2 arguments ({} given)",
                args.positional.len()
            )));
        }
        let value = args.positional.first().copied();
        let base = args.positional.get(1).copied().or(base_kw);
        let Some(value) = value else {
            if base.is_some() {
                return Err(self.type_error("int() missing string argument"));
            }
            return Ok(Value::Int(0));
        };
        if let Some(base) = base {
            let base = self.index_arg(base, "")?;
            if base != 0 && !(2..=36).contains(&base) {
                return Err(self.value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            return match value.payload() {
                Some(Payload::Str(text)) => {
                    let text = text.as_str().to_owned();
                    self.parse_int(&text, base as u32)
                }
                Some(Payload::Bytes(bytes)) => {
                    let bytes = bytes.to_vec();
                    Int::parse_bytes(&bytes, base as u32, self.max_str_digits)
                        .map(|int| self.int_value(int))
                        .map_err(|e| self.number_error(e))
                }
                _ => Err(self.type_error("int() can't convert non-string with explicit base")),
            };
        }
        // A class's `__int__` comes first, an int or float subclass's
        // too (CPython's `PyNumber_Long`).
        let int_name = self.names.__int__;
        if let Some(result) = self.call_user_dunder(value, int_name, &[])? {
            return match self.exact_int(result) {
                Some(int) => Ok(self.int_value(int)),
                None => {
                    let type_name = self.type_name(result);
                    Err(self.type_error(format!("__int__ returned non-int (type {type_name})")))
                }
            };
        }
        match value.float_normalized() {
            Value::Int(_) => return Ok(value),
            Value::Bool(b) => return Ok(Value::Int(i64::from(b.get()))),
            Value::Float(f) => {
                let int = float::trunc(f.get()).map_err(|e| self.number_error(e))?;
                return Ok(self.int_value(int));
            }
            _ => {}
        }
        if let Some(object) = value.as_object() {
            match &object.payload {
                Payload::Int(int) => {
                    let int = int.clone();
                    return Ok(self.int_value(int));
                }
                Payload::Str(text) => {
                    let text = text.as_str().to_owned();
                    return self.parse_int(&text, 10);
                }
                Payload::Bytes(bytes) => {
                    let bytes = bytes.to_vec();
                    return Int::parse_bytes(&bytes, 10, self.max_str_digits)
                        .map(|int| self.int_value(int))
                        .map_err(|e| self.number_error(e));
                }
                _ => {}
            }
            for dunder in ["__index__", "__trunc__"] {
                let name = self.intern(dunder);
                if let Some(result) = self.call_user_dunder(value, name, &[])? {
                    return match self.exact_int(result) {
                        Some(int) => Ok(self.int_value(int)),
                        None => {
                            let type_name = self.type_name(result);
                            Err(self.type_error(format!(
                                "{dunder} returned non-int (type {type_name})"
                            )))
                        }
                    };
                }
            }
        }
        let type_name = self.type_name(value);
        Err(self.type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{type_name}'"
        )))
    }

    fn parse_int(&mut self, text: &str, base: u32) -> PyResult<Value> {
        Int::parse(text, base, self.max_str_digits)
            .map(|int| self.int_value(int))
            .map_err(|e| self.number_error(e))
    }

    /// What a class's `__float__` returns for `value`, checked to be a
    /// float; `None` when the class defines none.
    pub(crate) fn user_float(&mut self, value: Value) -> PyResult<Option<f64>> {
        let name = self.names.__float__;
        let Some(result) = self.call_user_dunder(value, name, &[])? else {
            return Ok(None);
        };
        match result.as_float() {
            Some(f) => Ok(Some(f)),
            None => {
                let (owner, type_name) = (self.type_name(value), self.type_name(result));
                Err(self.type_error(format!(
                    "{owner}.__float__ returned non-float (type {type_name})"
                )))
            }
        }
    }

    /// `float(x=0.0)`.
    pub(crate) fn construct_float(&mut self, args: Args<'_>) -> PyResult<Value> {
        self.positional_range("float", &args, 0, 1)?;
        let Some(&value) = args.positional.first() else {
            return Ok(Value::float(0.0));
        };
        match value {
            Value::Float(_) => return Ok(value),
            Value::Int(i) => return Ok(Value::float(i as f64)),
            Value::Bool(b) => return Ok(Value::float(f64::from(u8::from(b.get())))),
            _ => {}
        }
        // A class's `__float__`, then `__index__`, as CPython's
        // `PyNumber_Float`.
        if let Some(f) = self.user_float(value)? {
            return Ok(Value::float(f));
        }
        if let Some(object) = value.as_object() {
            match &object.payload {
                Payload::Float(f) => return Ok(Value::float(*f)),
                Payload::Int(int) => {
                    return int
                        .to_f64()
                        .map(Value::float)
                        .map_err(|e| self.number_error(e))
                }
                _ => {}
            }
            if self.user_class(object).is_some() {
                if let Some(int) = self.index_value(value)? {
                    return int
                        .to_f64()
                        .map(Value::float)
                        .map_err(|e| self.number_error(e));
                }
            }
            match &object.payload {
                Payload::Str(text) => {
                    let text = text.as_str().to_owned();
                    return float::parse(&text)
                        .map(Value::float)
                        .map_err(|e| self.number_error(e));
                }
                Payload::Bytes(bytes) => {
                    let bytes = bytes.to_vec();
                    return float::parse_bytes(&bytes)
                        .map(Value::float)
                        .map_err(|e| self.number_error(e));
                }
                _ => {}
            }
        }
        let type_name = self.type_name(value);
        Err(self.type_error(format!(
            "float() argument must be a string or a real number, not '{type_name}'"
        )))
    }

    /// `str(object='')` / `str(bytes, encoding, errors)`.
    fn construct_str(&mut self, args: Args<'_>) -> PyResult<Value> {
        let [object_kw, encoding_kw, errors_kw] =
            self.keywords("str", &args, ["object", "encoding", "errors"])?;
        if args.positional.len() > 3 {
            return Err(self.type_error(format!(
                "str() takes at most 3 arguments ({} given)",
                args.positional.len()
            )));
        }
        let value = args.positional.first().copied().or(object_kw);
        let encoding = args.positional.get(1).copied().or(encoding_kw);
        let errors = args.positional.get(2).copied().or(errors_kw);
        let Some(value) = value else {
            return Ok(self.str_value(""));
        };
        if encoding.is_none() && errors.is_none() {
            return Ok(Value::Obj(self.to_str(value)?));
        }
        let mut text_arg = |value: Option<Value>, what: &str, default: &str| match value {
            None => Ok(default.to_owned()),
            Some(value) => match value.object().and_then(|o| o.as_str()) {
                Some(text) => Ok(text.as_str().to_owned()),
                None => {
                    let type_name = self.type_name(value);
                    Err(self.type_error(format!(
                        "str() argument '{what}' must be str, not {type_name}"
                    )))
                }
            },
        };
        let encoding = text_arg(encoding, "encoding", "utf-8")?;
        let errors = text_arg(errors, "errors", "strict")?;
        if matches!(value.payload(), Some(Payload::Str(_))) {
            return Err(self.type_error("decoding str is not supported"));
        }
        let Some(bytes) = self.buffer_bytes(value)? else {
            let type_name = self.type_name(value);
            return Err(self.type_error(format!(
                "decoding to str: need a bytes-like object, {type_name} found"
            )));
        };
        let text = crate::methods::decode_bytes(self, &bytes, &encoding, &errors)?;
        Ok(self.str_value(&text))
    }

    /// `bytes()`, `bytes(n)`, `bytes(iterable)`, `bytes(buffer)`,
    /// `bytes(str, encoding[, errors])`, and `__bytes__`.
    fn construct_bytes(&mut self, args: Args<'_>) -> PyResult<Value> {
        let [source_kw, encoding_kw, errors_kw] =
            self.keywords("bytes", &args, ["source", "encoding", "errors"])?;
        if args.positional.len() > 3 {
            return Err(self.type_error(format!(
                "bytes() takes at most 3 arguments ({} given)",
                args.positional.len()
            )));
        }
        let source = args.positional.first().copied().or(source_kw);
        let encoding = args.positional.get(1).copied().or(encoding_kw);
        let errors = args.positional.get(2).copied().or(errors_kw);
        if let (Some(source), None, None) = (source, encoding, errors) {
            let name = self.intern("__bytes__");
            if let Some(result) = self.call_user_dunder(source, name, &[])? {
                return match result.payload() {
                    Some(Payload::Bytes(_)) => Ok(result),
                    _ => {
                        let type_name = self.type_name(result);
                        Err(self
                            .type_error(format!("__bytes__ returned non-bytes (type {type_name})")))
                    }
                };
            }
        }
        let bytes = self.bytes_from_source(ByteKind::Bytes, source, encoding, errors)?;
        Ok(Value::Obj(self.new_bytes(bytes)))
    }

    /// The bytes `bytes(…)` and `bytearray(…)` start with: from nothing,
    /// a count, a str with its encoding, a bytes-like object or an
    /// iterable of ints (CPython's `bytes_new_impl` and
    /// `bytearray___init___impl`).
    pub(crate) fn bytes_from_source(
        &mut self,
        kind: ByteKind,
        source: Option<Value>,
        encoding: Option<Value>,
        errors: Option<Value>,
    ) -> PyResult<Vec<u8>> {
        let Some(source) = source else {
            if encoding.is_some() || errors.is_some() {
                let message = if encoding.is_some() {
                    "encoding without a string argument"
                } else {
                    "errors without a string argument"
                };
                return Err(self.type_error(message));
            }
            return Ok(Vec::new());
        };
        let text_arg = |vm: &mut Vm, value: Option<Value>, what: &str, default: &str| match value {
            None => Ok(default.to_owned()),
            Some(value) => match value.object().and_then(|o| o.as_str()) {
                Some(text) => Ok(text.as_str().to_owned()),
                None => {
                    let name = vm.type_name(value);
                    Err(vm.type_error(format!(
                        "{}() argument '{what}' must be str, not {name}",
                        kind.name()
                    )))
                }
            },
        };
        if let Some(Payload::Str(text)) = source.payload() {
            if encoding.is_none() {
                return Err(self.type_error("string argument without an encoding"));
            }
            let text = text.as_str().to_owned();
            let encoding = text_arg(self, encoding, "encoding", "utf-8")?;
            let errors = text_arg(self, errors, "errors", "strict")?;
            return crate::methods::encode_text(self, &text, &encoding, &errors);
        }
        if encoding.is_some() {
            return Err(self.type_error("encoding without a string argument"));
        }
        if errors.is_some() {
            return Err(self.type_error("errors without a string argument"));
        }
        if let Some(bytes) = self.buffer_bytes(source)? {
            return Ok(bytes);
        }
        if let Some(count) = self.index_value(source)? {
            let Some(count) = count.to_i64() else {
                return Err(self.error(
                    ExceptionClass::OverflowError,
                    "cannot fit 'int' into an index-sized integer",
                ));
            };
            if count < 0 {
                return Err(self.value_error("negative count"));
            }
            if count as u64 > crate::vm::MAX_ALLOCATION as u64 {
                return Err(self.memory_error());
            }
            return Ok(vec![0; count as usize]);
        }
        let iterator = match self.get_iter(source) {
            Ok(iterator) => iterator,
            Err(error) => {
                if self.is_exception(Value::Obj(error.exception), ExceptionClass::TypeError) {
                    let type_name = self.type_name(source);
                    return Err(self.type_error(format!(
                        "cannot convert '{type_name}' object to {}",
                        kind.name()
                    )));
                }
                return Err(error);
            }
        };
        self.bytes_from_iterator(iterator, kind)
    }

    /// `bytearray(…)`: a new bytearray filled as `bytearray.__init__`
    /// fills one.
    fn construct_bytearray(&mut self, args: Args<'_>) -> PyResult<Value> {
        let array = self.new_bytearray(Vec::new());
        let mark = self.root(Value::Obj(array));
        let result = self.bytearray_init(array, args);
        self.release_roots(mark);
        result?;
        Ok(Value::Obj(array))
    }

    /// `bytearray.__init__(self, source, encoding, errors)`: replaces the
    /// array's bytes.
    pub(crate) fn bytearray_init(&mut self, array: ObjRef, args: Args<'_>) -> PyResult<()> {
        let [source_kw, encoding_kw, errors_kw] =
            self.keywords("bytearray", &args, ["source", "encoding", "errors"])?;
        if args.positional.len() > 3 {
            return Err(self.type_error(format!(
                "bytearray() takes at most 3 arguments ({} given)",
                args.positional.len()
            )));
        }
        let source = args.positional.first().copied().or(source_kw);
        let encoding = args.positional.get(1).copied().or(encoding_kw);
        let errors = args.positional.get(2).copied().or(errors_kw);
        let bytes = self.bytes_from_source(ByteKind::ByteArray, source, encoding, errors)?;
        if let Payload::ByteArray(data) = &array.payload {
            *data.borrow_mut() = bytes;
        }
        Ok(())
    }

    /// `range(stop)` / `range(start, stop[, step])`.
    fn construct_range(&mut self, args: Args<'_>) -> PyResult<Value> {
        self.no_keywords("range", &args)?;
        // The count is checked before any argument is converted, as in
        // CPython; the arguments are converted in order.
        let (start, stop, step) = match *args.positional {
            [stop] => (Int::ZERO, self.index_int(stop)?, Int::ONE),
            [start, stop] => (self.index_int(start)?, self.index_int(stop)?, Int::ONE),
            [start, stop, step] => (
                self.index_int(start)?,
                self.index_int(stop)?,
                self.index_int(step)?,
            ),
            [] => return Err(self.type_error("range expected at least 1 argument, got 0")),
            ref more => {
                let n = more.len();
                return Err(self.type_error(format!("range expected at most 3 arguments, got {n}")));
            }
        };
        if step.is_zero() {
            return Err(self.value_error("range() arg 3 must not be zero"));
        }
        let class = self.types.range;
        Ok(Value::Obj(self.alloc(
            class,
            Payload::Range(Box::new(Range { start, stop, step })),
        )))
    }

    /// `dict(mapping_or_iterable=(), **kwargs)` into a new dict.
    pub(crate) fn dict_init(&mut self, dict: ObjRef, args: Args<'_>) -> PyResult<()> {
        if args.positional.len() > 1 {
            return Err(self.type_error(format!(
                "dict expected at most 1 argument, got {}",
                args.positional.len()
            )));
        }
        if let Some(&source) = args.positional.first() {
            let is_mapping = matches!(source.payload(), Some(Payload::Dict(_))) || {
                let keys = self.names.keys;
                self.find_attr(source, keys)?.is_some()
            };
            if is_mapping {
                self.dict_update(Value::Obj(dict), source, None)?;
            } else {
                let iterator = self.get_iter(source)?;
                let mark = self.root(iterator);
                let result = self.dict_update_from_pairs(dict, iterator);
                self.release_roots(mark);
                result?;
            }
        }
        for (&key, &value) in args.keyword_names.iter().zip(args.keyword_values) {
            self.dict_set(dict, key, value)?;
        }
        Ok(())
    }

    /// Stores each key-value pair `iterator` yields, one at a time
    /// (CPython's `PyDict_MergeFromSeq2`): the pairs stored before an
    /// error stay.
    fn dict_update_from_pairs(&mut self, dict: ObjRef, iterator: Value) -> PyResult<()> {
        let mut index = 0;
        while let Some(item) = self.next(iterator)? {
            let mark = self.root(item);
            let stored = self.dict_store_pair(dict, item, index);
            self.release_roots(mark);
            stored?;
            index += 1;
        }
        Ok(())
    }

    /// Stores the pair `item`, element number `index` of a
    /// `dict.update` sequence.
    fn dict_store_pair(&mut self, dict: ObjRef, item: Value, index: usize) -> PyResult<()> {
        // A `TypeError` says the element is no sequence; other errors
        // (from its `__iter__`) go on, as in CPython's
        // `dict_merge_from_seq2`.
        let pair = match self.collect_iterable(item) {
            Ok(pair) => pair,
            Err(error)
                if self.is_exception(Value::Obj(error.exception), ExceptionClass::TypeError) =>
            {
                return Err(self.type_error(format!(
                    "cannot convert dictionary update sequence element #{index} to a sequence"
                )))
            }
            Err(error) => return Err(error),
        };
        if pair.len() != 2 {
            return Err(self.value_error(format!(
                "dictionary update sequence element #{index} has length {}; 2 is required",
                pair.len()
            )));
        }
        // `__hash__` and `__eq__` may run: the pair stays rooted.
        self.with_rooted(&pair, |vm| vm.dict_set(dict, pair[0], pair[1]))
    }

    /// `super()` (from the calling frame's `__class__` cell and first
    /// argument) or `super(type, obj)`.
    pub(crate) fn construct_super(&mut self, args: Args<'_>) -> PyResult<Value> {
        self.no_keywords("super", &args)?;
        self.check_positional("super()", args.positional, 0, 2)?;
        let (class, object) = match args.positional {
            [] => self.implicit_super_arguments()?,
            [class] => (*class, Value::None),
            [class, object] => (*class, *object),
            _ => unreachable!("checked"),
        };
        let class = self.check_super_arguments(class, object)?;
        let super_type = self.types.super_;
        Ok(Value::Obj(self.alloc(
            super_type,
            Payload::Super([Value::Obj(class), object]),
        )))
    }

    /// The type of `super(class, object)` once checked as CPython's
    /// `super_init` checks them: `class` a type, and `object` (unless
    /// `None`) an instance or subtype of it.
    pub(crate) fn check_super_arguments(
        &mut self,
        class: Value,
        object: Value,
    ) -> PyResult<ObjRef> {
        let Some(class) = class.as_object().filter(|c| c.as_type().is_some()) else {
            let type_name = self.type_name(class);
            return Err(self.type_error(format!(
                "super() argument 1 must be a type, not {type_name}"
            )));
        };
        if !object.is_none() {
            let object_type = match object.as_object() {
                Some(o) if o.as_type().is_some() && self.is_subtype(o, class) => o,
                _ => self.type_of(object),
            };
            if !self.is_subtype(object_type, class) {
                return Err(
                    self.type_error("super(type, obj): obj must be an instance or subtype of type")
                );
            }
        }
        Ok(class)
    }

    /// The arguments of a zero-argument `super()`: the `__class__` cell
    /// and the first argument of the calling function.
    pub(crate) fn implicit_super_arguments(&mut self) -> PyResult<(Value, Value)> {
        let Some(frame) = self.frames.last().copied() else {
            return Err(self.error(ExceptionClass::RuntimeError, "super(): no current frame"));
        };
        let code = crate::interp::run::code_of(&frame.code);
        // A `*args` parameter is no first argument, as in CPython.
        if code.code.argcount == 0 {
            return Err(self.error(ExceptionClass::RuntimeError, "super(): no arguments"));
        }
        let base = frame.base as usize;
        let mut first = self.stack[base];
        // The first argument may live in a cell (captured by a closure).
        if let Some(position) = code.cell_args.iter().position(|a| *a == Some(0)) {
            let cell = self.stack[base + code.nlocals() + position];
            if let Some(Payload::Cell(content)) = cell.payload() {
                first = content.get();
            }
        }
        if first.is_null() {
            return Err(self.error(ExceptionClass::RuntimeError, "super(): arg[0] deleted"));
        }
        let cells = code.code.cellvars.len();
        let class = code
            .code
            .freevars
            .iter()
            .position(|name| name == "__class__")
            .map(|i| self.stack[base + code.nlocals() + cells + i]);
        let Some(cell) = class else {
            return Err(self.error(
                ExceptionClass::RuntimeError,
                "super(): __class__ cell not found",
            ));
        };
        match cell.payload() {
            Some(Payload::Cell(content)) if !content.get().is_null() => Ok((content.get(), first)),
            _ => Err(self.error(
                ExceptionClass::RuntimeError,
                "super(): empty __class__ cell",
            )),
        }
    }
}
