//! Classes: calling a type to make an instance (`__new__`, `__init__`),
//! making a class (`type(name, bases, dict)`), and the `class` statement
//! (`__build_class__`).

use std::cell::{Cell, RefCell};

use crate::exception_class::ExceptionClass;
use crate::interp::frame::{Frame, Returns};
use crate::interp::run::{code_of, Exit};
use crate::number::Int;
use crate::object::Payload;
use crate::objects::exception::ExceptionData;
use crate::objects::function::Args;
use crate::objects::member::empty_slots;
use crate::objects::property::Property;
use crate::objects::str::Str;
use crate::objects::type_::{Construction, Layout, TypeData};
use crate::ops::call::{ArgsCopy, CallOutcome};
use crate::ops::member::slot_count;
use crate::ops::type_alias::generic_alias_parts;
use crate::types::register_subclass;
use crate::value::{ObjRef, Value};
use crate::vm::{type_name_of, PyResult, Vm};

impl Vm {
    /// Calls a type: `type(x)`, a built-in constructor, or a user class's
    /// `__new__` and `__init__`.
    pub(crate) fn call_type(&mut self, class: ObjRef, args: Args<'_>) -> PyResult<Value> {
        let data = class.as_type().expect("a type");
        if class == self.types.type_ && args.positional.len() == 1 {
            self.no_keywords("type", &args)?;
            return Ok(Value::Obj(self.type_of(args.positional[0])));
        }
        if !data.is_user_class {
            if data.layout == Layout::Exception {
                return self.new_exception_instance(class, args);
            }
            return self.construct_builtin(class, args);
        }
        let instance = match self.call_user_new(class, args)? {
            Some(instance) if !self.is_instance(instance, class) => return Ok(instance),
            Some(instance) => instance,
            None => self.new_instance(class, args)?,
        };
        self.roots.push(instance);
        let initialized = self.init_instance(class, instance, args);
        self.roots.pop();
        initialized?;
        Ok(instance)
    }

    /// `class.__new__(class, args…)` when a user class in its MRO defines
    /// `__new__`; `None` when none does.
    fn call_user_new(&mut self, class: ObjRef, args: Args<'_>) -> PyResult<Option<Value>> {
        let new_name = self.names.__new__;
        let Some(new) = self.lookup_user(class, new_name) else {
            return Ok(None);
        };
        let new = match new.payload() {
            Some(Payload::StaticMethod(function)) => *function,
            _ => new,
        };
        let positional = ArgsCopy::new(Value::Obj(class), args.positional);
        let made = self.call(
            new,
            Args {
                positional: positional.as_slice(),
                ..args
            },
        )?;
        Ok(Some(made))
    }

    /// `class(args…)` called by the interpreter, when the class is a plain
    /// one (made by `type`, no `__new__` of its own, instances of the
    /// `object` layout) with an `__init__` written in Python: the instance
    /// is made here and the `__init__` runs in a frame of the same
    /// interpreter loop, as CPython 3.12 does, instead of in a nested
    /// call. The stack holds `[NULL, class, args…]` from `result`; it
    /// becomes `[instance, instance, args…]`, the `__init__`'s frame
    /// taking the second slot on as `self` and its arguments, and the
    /// instance in the first is the call's result once it returns (see
    /// `Frame::init`). A plain class with no `__init__` of its own called
    /// with no arguments just gets its instance in the call's place.
    /// Returns what it did; `None` leaves the call to [`Vm::call_type`].
    pub(crate) fn push_init_frame(
        &mut self,
        class: ObjRef,
        args_start: usize,
        positional: usize,
        keyword_names: &[Value],
        result: usize,
    ) -> PyResult<Option<CallOutcome>> {
        let Some(data) = class.as_type() else {
            return Ok(None);
        };
        let plain = class.class() == self.types.type_
            && data.is_user_class
            && data.layout == Layout::Object;
        if !plain {
            return Ok(None);
        }
        let epoch = self.type_cache.epoch();
        let mut construction = data.construction.get();
        if construction.epoch != epoch {
            construction = Construction {
                epoch,
                plain_new: self.lookup_user(class, self.names.__new__).is_none()
                    && !data.new_slot_kept.get(),
                init: self
                    .lookup_user(class, self.names.__init__)
                    .unwrap_or(Value::Null),
            };
            data.construction.set(construction);
        }
        if !construction.plain_new {
            return Ok(None);
        }
        let init = Some(construction.init).filter(|init| !init.is_null());
        if init.is_none() && positional == 0 && keyword_names.is_empty() {
            let instance = Value::Obj(self.new_plain_instance(class));
            self.stack.truncate(result);
            self.stack.push(instance);
            return Ok(Some(CallOutcome::Done));
        }
        let Some(init) = init
            .and_then(|init| init.as_object())
            .filter(|init| matches!(init.payload, Payload::Function(_)))
        else {
            return Ok(None);
        };
        let instance = Value::Obj(self.new_plain_instance(class));
        self.stack[result] = instance;
        self.stack[args_start - 1] = instance;
        let frame = self.push_frame(
            init,
            args_start - 1,
            positional + 1,
            keyword_names,
            result + 1,
            false,
        )?;
        if frame.is_some() {
            // A generator function as `__init__`.
            return Err(self.type_error("__init__() should return None, not 'generator'"));
        }
        self.frames
            .last_mut()
            .expect("the frame just pushed")
            .set_returns(Returns::Init);
        Ok(Some(CallOutcome::Pushed))
    }

    /// `object.__new__(class)` for the class's layout.
    fn new_instance(&mut self, class: ObjRef, args: Args<'_>) -> PyResult<Value> {
        let layout = class.as_type().expect("a type").layout;
        match layout {
            Layout::Exception => self.new_exception_instance(class, args),
            Layout::Builtin => self.new_builtin_subclass_instance(class, args),
            // A metaclass: making a class.
            Layout::Type => self.type_new(class, args),
            Layout::Object => {
                self.check_object_new_arguments(class, false, &args)?;
                Ok(Value::Obj(self.new_plain_instance(class)))
            }
        }
    }

    /// CPython's `object_new` given arguments beyond the class, which are
    /// `__init__`'s: an error when the class's `__new__` is not
    /// `object`'s own (`user_new`, or one was ever set on it: see
    /// [`TypeData::new_slot_kept`]), or when it has no `__init__` to take
    /// them.
    pub(crate) fn check_object_new_arguments(
        &mut self,
        class: ObjRef,
        user_new: bool,
        args: &Args<'_>,
    ) -> PyResult<()> {
        if args.positional.is_empty() && !args.has_keywords() {
            return Ok(());
        }
        if user_new || class.as_type().is_some_and(|data| data.new_slot_kept.get()) {
            return Err(self.type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        let init_name = self.names.__init__;
        if self.lookup_user(class, init_name).is_none() {
            let name = type_name_of(class);
            return Err(self.type_error(format!("{name}() takes no arguments")));
        }
        Ok(())
    }

    /// The built-in type whose instances a class's instances extend
    /// (CPython's solid base): `list` for `class Stack(list)`, `object`
    /// for plain classes.
    pub(crate) fn builtin_base(&self, class: ObjRef) -> ObjRef {
        class
            .as_type()
            .and_then(|data| {
                data.mro
                    .borrow()
                    .iter()
                    .copied()
                    .find(|base| !base.as_type().is_some_and(|d| d.is_user_class))
            })
            .unwrap_or(self.types.object)
    }

    /// The base of `bases` whose solid base is the most derived (CPython's
    /// `best_base`): the class's `__base__`. The first wins a tie, and
    /// a conflict, which `make_class` reports.
    pub(crate) fn best_base(&self, bases: &[ObjRef]) -> ObjRef {
        let mut best: Option<(ObjRef, ObjRef)> = None;
        for &base in bases {
            let candidate = self.solid_base(base);
            match best {
                Some((winner, _)) if self.is_subtype(winner, candidate) => {}
                Some((winner, _)) if !self.is_subtype(candidate, winner) => {}
                _ => best = Some((candidate, base)),
            }
        }
        best.map_or(self.types.object, |(_, base)| base)
    }

    /// The nearest class along `class`'s `__base__` chain whose instances
    /// carry more than its base's (CPython's `solid_base`): `list` for
    /// `class Stack(list)`, `BaseException` for `ValueError`, `object`
    /// for plain classes.
    pub(crate) fn solid_base(&self, class: ObjRef) -> ObjRef {
        let mut class = class;
        loop {
            let Some(base) = class.as_type().and_then(|data| data.base.get()) else {
                return class;
            };
            if self.extends_layout(class) {
                return class;
            }
            class = base;
        }
    }

    /// Whether instances of `class` (not `object`) carry more than those
    /// of its `__base__`: a class with `__slots__` of its own, a built-in
    /// type but `bool`, an exception class with fields of its own.
    fn extends_layout(&self, class: ObjRef) -> bool {
        let Some(data) = class.as_type() else {
            return false;
        };
        if data.is_user_class {
            return data.slots.as_ref().is_some_and(|slots| {
                slots
                    .iter()
                    .any(|slot| slot != "__dict__" && slot != "__weakref__")
            });
        }
        if data.layout == Layout::Exception {
            return [
                ExceptionClass::BaseException,
                ExceptionClass::BaseExceptionGroup,
                ExceptionClass::StopIteration,
                ExceptionClass::SystemExit,
                ExceptionClass::ImportError,
                ExceptionClass::OSError,
                ExceptionClass::SyntaxError,
                ExceptionClass::UnicodeError,
                ExceptionClass::NameError,
                ExceptionClass::AttributeError,
            ]
            .into_iter()
            .any(|kind| self.exception_type(kind) == class);
        }
        class != self.types.bool
    }

    /// `base.__new__(class, *args)` for a class deriving from a built-in
    /// type: an empty list, dict or set (their `__init__` fills them), or
    /// the value `base(*args)` makes, as an instance of `class`.
    pub(crate) fn new_builtin_subclass_instance(
        &mut self,
        class: ObjRef,
        args: Args<'_>,
    ) -> PyResult<Value> {
        let base = self.builtin_base(class);
        let t = &self.types;
        let payload = if base == t.list {
            Payload::List(RefCell::new(Vec::new()))
        } else if base == t.dict {
            Payload::Dict(Box::default())
        } else if base == t.set {
            Payload::Set(Box::default())
        } else if base == t.bytearray {
            Payload::ByteArray(RefCell::default())
        } else if base == t.property {
            let parts = Property::new(Value::None, Value::None, Value::None, Value::None);
            Payload::Property(Box::new(parts))
        } else if base == t.object {
            Payload::Instance(empty_slots(slot_count(class)))
        } else {
            let value = self.construct_builtin(base, args)?;
            match value {
                Value::Int(i) => Payload::Int(Int::Small(i)),
                Value::Float(f) => Payload::Float(f.get()),
                Value::Obj(object) => match &object.payload {
                    // Values that may be shared (small tuples, interned
                    // strings, the argument itself) are copied.
                    Payload::Int(int) => Payload::Int(int.clone()),
                    Payload::Str(text) => Payload::Str(Str::new(text.as_str())),
                    Payload::Tuple(items) => Payload::Tuple(items.clone()),
                    Payload::Bytes(bytes) => Payload::Bytes(bytes.clone()),
                    // Other constructors make a new object each time.
                    _ => {
                        object.set_class(class);
                        return Ok(value);
                    }
                },
                _ => {
                    let name = type_name_of(base);
                    return Err(self.type_error(format!("cannot create '{name}' instances")));
                }
            }
        };
        Ok(Value::Obj(self.alloc_with(class, || payload)))
    }

    /// Runs `__init__` of a new instance.
    fn init_instance(&mut self, class: ObjRef, instance: Value, args: Args<'_>) -> PyResult<()> {
        let init_name = self.names.__init__;
        let init = match self.lookup_user(class, init_name) {
            Some(init) => init,
            // `list.__init__`, `dict.__init__`… fill a subclass's instance;
            // `BaseException.__init__` sets an exception's `args` again
            // and refuses keywords.
            None if class
                .as_type()
                .is_some_and(|d| matches!(d.layout, Layout::Builtin | Layout::Exception)) =>
            {
                match self.lookup_type(class, init_name) {
                    Some(init) => init,
                    None => return Ok(()),
                }
            }
            None => return Ok(()),
        };
        let positional = ArgsCopy::new(instance, args.positional);
        let result = match init.payload() {
            Some(Payload::Function(_)) => self.call(
                init,
                Args {
                    positional: positional.as_slice(),
                    ..args
                },
            )?,
            _ => {
                let bound = self.bind(init, instance, class)?;
                self.call(bound, args)?
            }
        };
        if !result.is_none() {
            let name = self.type_name(result);
            return Err(self.type_error(format!("__init__() should return None, not '{name}'")));
        }
        Ok(())
    }

    /// A new exception of `class` with the call's positional arguments as
    /// its `args` (`BaseException.__new__`).
    pub(crate) fn new_exception_instance(
        &mut self,
        class: ObjRef,
        args: Args<'_>,
    ) -> PyResult<Value> {
        // A group's arguments are checked first: `BaseExceptionGroup.__new__`
        // reads only the positional ones, `__init__` rejects keywords.
        let base_group = self.exception_type(ExceptionClass::BaseExceptionGroup);
        let (class, members) = if self.is_subtype(class, base_group) {
            let (class, members) = self.exception_group_new(class, &args)?;
            (class, Some(members))
        } else {
            (class, None)
        };
        let takes_keywords = [
            ExceptionClass::ImportError,
            ExceptionClass::AttributeError,
            ExceptionClass::NameError,
        ]
        .into_iter()
        .any(|with_keywords| {
            let with_keywords = self.exception_type(with_keywords);
            self.is_subtype(class, with_keywords)
        });
        if args.has_keywords()
            && !class.as_type().is_some_and(|d| d.is_user_class)
            && !takes_keywords
        {
            let name = type_name_of(class);
            return Err(self.type_error(format!("{name}() takes no keyword arguments")));
        }
        let class = self.exception_class_for_args(class, args.positional);
        let data = ExceptionData::new(Value::Obj(self.empty_tuple()));
        let exception = self.alloc_with(class, || Payload::Exception(Box::new(data)));
        if !self.oserror_uses_init(class) {
            self.set_exception_args(exception, args.positional);
        }
        if let (Some(members), Some(data)) = (members, exception.as_exception()) {
            data.extra.set(members);
        }
        // `ImportError.__init__` and `SyntaxError.__init__` run here
        // unless a class overrides `__init__`.
        let init_name = self.names.__init__;
        if self.lookup_user(class, init_name).is_none() {
            if self.is_exception(Value::Obj(exception), ExceptionClass::ImportError) {
                self.import_error_init(Value::Obj(exception), &args)?;
            } else if self.is_exception(Value::Obj(exception), ExceptionClass::SyntaxError) {
                self.syntax_error_init(exception, args.positional)?;
            } else {
                self.unicode_error_init(exception, args.positional)?;
                self.name_error_init(exception, &args)?;
            }
        }
        Ok(Value::Obj(exception))
    }

    /// The keywords of `ImportError(*args, name=None, path=None)`, and
    /// `msg` (the only argument, if just one), as CPython's
    /// `ImportError_init`.
    pub(crate) fn import_error_init(&mut self, exception: Value, args: &Args<'_>) -> PyResult<()> {
        let name = self.type_name(exception);
        let [module, path] = self.keywords(&name, args, ["name", "path"])?;
        if let [message] = args.positional {
            let key = self.intern("msg");
            self.set_attr(exception, key, *message)?;
        }
        if !args.has_keywords() {
            return Ok(());
        }
        for (attribute, value) in [("name", module), ("path", path)] {
            let key = self.intern(attribute);
            self.set_attr(exception, key, value.unwrap_or(Value::None))?;
        }
        Ok(())
    }

    /// Sets an exception's `args` (`BaseException.__new__` and
    /// `__init__`), and what `StopIteration.value` and `SystemExit.code`
    /// derive from them.
    pub(crate) fn set_exception_args(&mut self, exception: ObjRef, items: &[Value]) {
        let Some(data) = exception.as_exception() else {
            return;
        };
        // An OSError given a file name keeps only (errno, strerror) as its
        // args, as CPython's `oserror_init`.
        let shown = if (3..=5).contains(&items.len())
            && self.is_exception(Value::Obj(exception), ExceptionClass::OSError)
        {
            &items[..2]
        } else {
            items
        };
        let tuple = if shown.is_empty() {
            self.empty_tuple()
        } else {
            self.new_tuple(shown.to_vec())
        };
        data.args.set(Value::Obj(tuple));
        let value = Value::Obj(exception);
        if self.is_exception(value, ExceptionClass::StopIteration) {
            data.extra
                .set(items.first().copied().unwrap_or(Value::None));
        } else if self.is_exception(value, ExceptionClass::SystemExit) {
            let code = match items {
                [] => Value::None,
                [code] => *code,
                _ => Value::Obj(tuple),
            };
            data.extra.set(code);
        }
        self.set_oserror_attributes(exception, items);
    }

    /// `type(name, bases, namespace)` with `metatype`: a new class.
    pub(crate) fn type_new(&mut self, metatype: ObjRef, args: Args<'_>) -> PyResult<Value> {
        let [name, bases, namespace] = args.positional else {
            return Err(self.type_error("type() takes 1 or 3 arguments"));
        };
        let Some(name_text) = name
            .object()
            .and_then(|n| n.as_str())
            .map(|s| s.as_str().to_owned())
        else {
            let type_name = self.type_name(*name);
            return Err(self.type_error(format!(
                "type.__new__() argument 1 must be str, not {type_name}"
            )));
        };
        if name_text.contains('\0') {
            return Err(self.value_error("type name must not contain null characters"));
        }
        let Some(bases) = bases
            .object()
            .and_then(|b| b.as_tuple())
            .map(<[Value]>::to_vec)
        else {
            let type_name = self.type_name(*bases);
            return Err(self.type_error(format!(
                "type.__new__() argument 2 must be tuple, not {type_name}"
            )));
        };
        let Some(namespace) = namespace.as_object().filter(|n| n.as_dict().is_some()) else {
            let type_name = self.type_name(*namespace);
            return Err(self.type_error(format!(
                "type.__new__() argument 3 must be dict, not {type_name}"
            )));
        };
        let hook = self.intern("__mro_entries__");
        for &base in &bases {
            if base.as_object().is_some_and(|b| b.as_type().is_some()) {
                continue;
            }
            let has_entries =
                generic_alias_parts(&base).is_some() || self.lookup_attr(base, hook)?.is_some();
            if has_entries {
                return Err(self.type_error(
                    "type() doesn't support MRO entry resolution; use types.new_class()",
                ));
            }
        }
        // The most derived metaclass makes the class: its own `__new__`
        // if it has one, as CPython's `type_new_get_bases`.
        let winner = self.calculate_metaclass(metatype, &bases)?;
        if winner != metatype {
            if let Some(class) = self.call_user_new(winner, args)? {
                return Ok(class);
            }
        }
        let keywords = (args.keyword_names, args.keyword_values);
        let class = self.make_class(winner, &name_text, &bases, namespace, keywords)?;
        Ok(Value::Obj(class))
    }

    /// The most derived of `metatype` and the metaclasses of `bases`
    /// (CPython's `_PyType_CalculateMetaclass`); a TypeError when two of
    /// them are unrelated.
    pub(crate) fn calculate_metaclass(
        &mut self,
        metatype: ObjRef,
        bases: &[Value],
    ) -> PyResult<ObjRef> {
        let mut winner = metatype;
        for &base in bases {
            let candidate = self.type_of(base);
            if self.is_subtype(winner, candidate) {
                continue;
            }
            if self.is_subtype(candidate, winner) {
                winner = candidate;
                continue;
            }
            return Err(self.type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
            ));
        }
        Ok(winner)
    }

    /// Makes a class: checks the bases, computes the MRO and the layout,
    /// copies the namespace; `keywords` (names, values) of the class
    /// statement go to `__init_subclass__`.
    pub(crate) fn make_class(
        &mut self,
        metatype: ObjRef,
        name: &str,
        bases: &[Value],
        namespace: ObjRef,
        keywords: (&[Value], &[Value]),
    ) -> PyResult<ObjRef> {
        let mut base_types = Vec::with_capacity(bases.len());
        for &base in bases {
            let Some(base) = base.as_object().filter(|b| b.as_type().is_some()) else {
                let type_name = self.type_name(base);
                return Err(self.type_error(format!("bases must be types, not '{type_name}'")));
            };
            let data = base.as_type().expect("checked");
            if !data.subclassable {
                // CPython names the type by its `tp_name` (`sys.version_info`).
                let base_name = data
                    .struct_seq
                    .map_or_else(|| data.name.borrow().clone(), |f| f.name.to_owned());
                return Err(
                    self.type_error(format!("type '{base_name}' is not an acceptable base type"))
                );
            }
            base_types.push(base);
        }
        if base_types.is_empty() {
            base_types.push(self.types.object);
        }
        let mut layout = Layout::Object;
        let mut builtin_base: Option<ObjRef> = None;
        for base in &base_types {
            let base_layout = base.as_type().expect("a type").layout;
            let conflict = match (layout, base_layout) {
                (_, Layout::Object) => false,
                (Layout::Object, other) => {
                    layout = other;
                    false
                }
                (current, other) => current != other,
            };
            // Instances of two different built-in types (`int` and `str`)
            // cannot be one object.
            let solid = self.builtin_base(*base);
            let clash = base_layout == Layout::Builtin
                && builtin_base.is_some_and(|first| {
                    first != solid
                        && !self.is_subtype(first, solid)
                        && !self.is_subtype(solid, first)
                });
            if conflict || clash {
                return Err(self.type_error("multiple bases have instance lay-out conflict"));
            }
            if builtin_base.is_none() && base_layout == Layout::Builtin {
                builtin_base = Some(solid);
            }
        }
        // Two unrelated subclasses of a variable-sized type (`int`,
        // `tuple`, `bytes`) each put their `__dict__` where the other's
        // items go.
        let variable_sized: Vec<ObjRef> = base_types
            .iter()
            .copied()
            .filter(|&base| {
                self.user_class_data(base) && {
                    let solid = self.builtin_base(base);
                    let types = &self.types;
                    [types.int, types.tuple, types.bytes]
                        .into_iter()
                        .any(|sized| self.is_subtype(solid, sized))
                }
            })
            .collect();
        for (i, &a) in variable_sized.iter().enumerate() {
            for &b in &variable_sized[i + 1..] {
                if !self.is_subtype(a, b) && !self.is_subtype(b, a) {
                    return Err(self.type_error("multiple bases have instance lay-out conflict"));
                }
            }
        }
        self.check_slot_layouts(&base_types)?;
        let dict = self.new_dict();
        self.roots.push(Value::Obj(dict));
        let entries: Vec<(Value, Value)> = namespace
            .as_dict()
            .expect("a dict")
            .borrow()
            .iter()
            .map(|(k, v)| (k.key, v))
            .collect();
        let mut qualname = name.to_owned();
        let mut class_cell = None;
        let qualname_key = self.names.__qualname__;
        let classcell_key = self.names.__classcell__;
        for (key, value) in entries {
            if key.is(Value::Obj(qualname_key)) || self.str_text(key) == "__qualname__" {
                match value.object().and_then(|v| v.as_str()) {
                    Some(text) => qualname = text.as_str().to_owned(),
                    None => {
                        self.roots.pop();
                        let type_name = self.type_name(value);
                        return Err(self.type_error(format!(
                            "type __qualname__ must be a str, not {type_name}"
                        )));
                    }
                }
                continue;
            }
            if key.is(Value::Obj(classcell_key)) || self.str_text(key) == "__classcell__" {
                class_cell = Some(value);
                continue;
            }
            if let Err(error) = self.dict_set(dict, key, value) {
                self.roots.pop();
                return Err(error);
            }
        }
        // `__init_subclass__` and `__class_getitem__` are class methods
        // even undecorated, as `type.__new__` makes them.
        for name in ["__init_subclass__", "__class_getitem__"] {
            let key = self.intern(name);
            if let Some(function) = self.dict_get_str(dict, key) {
                if matches!(function.payload(), Some(Payload::Function(_))) {
                    let class = self.types.classmethod;
                    let wrapped = self.alloc(class, Payload::ClassMethod(function));
                    self.dict_set_str(dict, key, Value::Obj(wrapped));
                }
            }
        }
        // `type(name, bases, dict)` called from a module: that module's
        // name, as CPython's `type_new_set_module`.
        let module_key = self.names.__module__;
        if self.dict_get_str(dict, module_key).is_none() {
            let globals = self.frames.last().map(|frame| frame.globals);
            let name_key = self.names.__name__;
            if let Some(module) = globals.and_then(|g| self.dict_get_str(g, name_key)) {
                self.dict_set_str(dict, module_key, module);
            }
        }
        let slots_key = self.intern("__slots__");
        let slots = match self.dict_get_str(dict, slots_key) {
            Some(declared) => match self.slot_names(declared, dict, name, &base_types) {
                Ok(names) => Some(names),
                Err(error) => {
                    self.roots.pop();
                    return Err(error);
                }
            },
            None => None,
        };
        let base = self.best_base(&base_types);
        let data = TypeData {
            name: RefCell::new(name.to_owned()),
            qualname: RefCell::new(qualname),
            bases: RefCell::new(base_types.clone()),
            base: Cell::new(Some(base)),
            mro: RefCell::new(Vec::new()),
            layout,
            subclassable: true,
            is_user_class: true,
            slots,
            slot_count: Cell::new(0),
            has_finalizer: Cell::new(false),
            new_slot_kept: Cell::new(base.as_type().is_some_and(|data| data.new_slot_kept.get())),
            subclasses: RefCell::new(Vec::new()),
            struct_seq: None,
            version: Cell::new(0),
            instance_attributes: Cell::new(0),
            construction: Cell::new(Construction::UNKNOWN),
        };
        let class = self.alloc(metatype, Payload::Type(Box::new(data)));
        class.set_dict(dict);
        self.roots.pop();
        if let Some(duplicate) = base_types
            .iter()
            .enumerate()
            .find(|&(i, base)| base_types[..i].contains(base))
        {
            let name = type_name_of(*duplicate.1);
            return Err(self.type_error(format!("duplicate base class {name}")));
        }
        let mro = self.compute_mro(class)?;
        *class.as_type().expect("made").mro.borrow_mut() = mro;
        self.add_slot_members(class, dict);
        if self.lookup_user(class, self.names.__del__).is_some() {
            self.note_finalizer(class);
        }
        register_subclass(&mut self.heap, class);
        self.add_instance_getsets(class, dict);
        // A class without a docstring has `__doc__` None, as `type.__new__`
        // sets it, after the descriptors `type_ready` adds.
        let doc_name = self.names.__doc__;
        if self.dict_get_str(dict, doc_name).is_none() {
            self.dict_set_str(dict, doc_name, Value::None);
        }
        let eq_name = self.names.__eq__;
        let hash_name = self.names.__hash__;
        if self.dict_get_str(dict, eq_name).is_some()
            && self.dict_get_str(dict, hash_name).is_none()
        {
            self.dict_set_str(dict, hash_name, Value::None);
        }
        if let Some(cell) = class_cell {
            if let Some(Payload::Cell(content)) = cell.payload() {
                content.set(Value::Obj(class));
            } else {
                let type_name = self.type_name(cell);
                return Err(self.type_error(format!(
                    "__classcell__ must be a nonlocal cell, not {type_name}"
                )));
            }
        }
        self.roots.push(Value::Obj(class));
        let finished = self.finish_class(class, dict, keywords);
        self.roots.pop();
        finished?;
        Ok(class)
    }

    /// Whether instances of `class` have a `__dict__`: unless every user
    /// class in its MRO declares `__slots__` without `__dict__`.
    pub(crate) fn class_has_instance_dict(&self, class: ObjRef) -> bool {
        let Some(data) = class.as_type() else {
            return false;
        };
        data.mro.borrow().iter().any(|base| {
            base.as_type().is_some_and(|d| {
                d.is_user_class
                    && d.slots
                        .as_ref()
                        .is_none_or(|slots| slots.iter().any(|s| s == "__dict__"))
            })
        })
    }

    /// `object.__class__ = new`: only between user classes whose
    /// instances are laid out alike (the same built-in base, the same
    /// `__slots__`), as CPython's `object_set_class` allows.
    pub(crate) fn assign_class(&mut self, value: Value, new: Value) -> PyResult<()> {
        let Some(new_class) = new.as_object().filter(|c| c.as_type().is_some()) else {
            let name = self.type_name(new);
            return Err(self.type_error(format!(
                "__class__ must be set to a class, not '{name}' object"
            )));
        };
        let old_class = self.type_of(value);
        let object = value
            .as_object()
            .filter(|_| self.user_class_data(old_class) && self.user_class_data(new_class));
        let Some(object) = object else {
            return Err(self.type_error(
                "__class__ assignment only supported for mutable types or ModuleType subclasses",
            ));
        };
        let same_base = self.layout_owner(old_class) == self.layout_owner(new_class);
        if !same_base && !self.same_layout(old_class, new_class) {
            let (new_name, old_name) = (type_name_of(new_class), type_name_of(old_class));
            return Err(self.type_error(format!(
                "__class__ assignment: '{new_name}' object layout differs from '{old_name}'"
            )));
        }
        object.set_class(new_class);
        Ok(())
    }

    /// The nearest class along `class`'s `__base__` chain that adds to
    /// its base's layout: a user class deriving from another with the
    /// same `__dict__` and no `__slots__` of its own adds nothing (as
    /// CPython's `compatible_with_tp_base`).
    fn layout_owner(&self, class: ObjRef) -> ObjRef {
        let mut class = class;
        loop {
            let Some(data) = class.as_type().filter(|d| d.is_user_class) else {
                return class;
            };
            let Some(base) = data.base.get().filter(|&b| self.user_class_data(b)) else {
                return class;
            };
            let adds_slots = data.slots.as_ref().is_some_and(|slots| !slots.is_empty());
            if adds_slots
                || self.class_has_instance_dict(class) != self.class_has_instance_dict(base)
            {
                return class;
            }
            class = base;
        }
    }

    /// Whether `class` is a user class.
    pub(crate) fn user_class_data(&self, class: ObjRef) -> bool {
        class.as_type().is_some_and(|data| data.is_user_class)
    }

    /// Whether instances of two user classes are laid out alike: the same
    /// first built-in class in their MROs, not one of the variable-sized
    /// `int`, `tuple` and `bytes` (whose instances CPython lays out by
    /// their own size), and the same `__slots__` along their MROs.
    fn same_layout(&self, a: ObjRef, b: ObjRef) -> bool {
        let shape = |class: ObjRef| {
            let data = class.as_type().expect("a type");
            let mro = data.mro.borrow();
            let base = mro.iter().copied().find(|c| !self.user_class_data(*c));
            let slots: Vec<Box<[String]>> = mro
                .iter()
                .filter_map(|c| c.as_type().and_then(|d| d.slots.clone()))
                .collect();
            (base, slots)
        };
        let (a_shape, b_shape) = (shape(a), shape(b));
        let variable_sized = a_shape.0.is_some_and(|base| {
            let types = &self.types;
            [types.int, types.tuple, types.bytes]
                .into_iter()
                .any(|sized| self.is_subtype(base, sized))
        });
        a_shape == b_shape && !variable_sized
    }

    /// `__set_name__` of the class attributes, then the parent's
    /// `__init_subclass__` with the class statement's keywords.
    fn finish_class(
        &mut self,
        class: ObjRef,
        dict: ObjRef,
        keywords: (&[Value], &[Value]),
    ) -> PyResult<()> {
        let entries: Vec<(Value, Value)> = dict
            .as_dict()
            .expect("a dict")
            .borrow()
            .iter()
            .map(|(k, v)| (k.key, v))
            .collect();
        let set_name = self.names.__set_name__;
        for (key, value) in entries {
            // `property.__set_name__`: the name for its messages (the last
            // one when a class holds it under two names).
            if let Some(Payload::Property(property)) = value.payload() {
                property.name.set(key);
            }
            if let Some(owner) = value.as_object().and_then(|o| self.user_class(o)) {
                if let Some(method) = self.lookup_user(owner, set_name) {
                    if let Err(error) =
                        self.call_method_value(method, value, &[Value::Obj(class), key])
                    {
                        // Wrapped, with the original as its cause, as
                        // CPython 3.11's `type_new_set_names`.
                        let message = format!(
                            "Error calling __set_name__ on '{}' instance {} in '{}'",
                            type_name_of(owner),
                            self.repr_string(key)?,
                            type_name_of(class),
                        );
                        let wrapped = self.error(ExceptionClass::RuntimeError, message);
                        if let Some(data) = wrapped.exception.as_exception() {
                            data.cause.set(Value::Obj(error.exception));
                            data.context.set(Value::Obj(error.exception));
                            data.suppress_context.set(true);
                        }
                        return Err(wrapped);
                    }
                }
            }
        }
        let init_subclass = self.names.__init_subclass__;
        let mro = class.as_type().expect("a type").mro.borrow().clone();
        // `super(class, class).__init_subclass__(**keywords)`; `object`'s
        // takes no keywords.
        for base in mro.into_iter().skip(1) {
            if let Some(hook) = base
                .dict()
                .and_then(|d| self.dict_get_str(d, init_subclass))
            {
                let function = match hook.payload() {
                    Some(Payload::ClassMethod(function)) => *function,
                    _ => hook,
                };
                self.call(
                    function,
                    Args {
                        positional: &[Value::Obj(class)],
                        keyword_names: keywords.0,
                        keyword_values: keywords.1,
                    },
                )?;
                break;
            }
        }
        Ok(())
    }

    /// `__build_class__(func, name, *bases, metaclass=…, **kwds)`: runs the
    /// class body in a new namespace and calls the metaclass.
    pub(crate) fn build_class(&mut self, args: Args<'_>) -> PyResult<Value> {
        let [function, name, bases @ ..] = args.positional else {
            return Err(self.type_error("__build_class__: not enough arguments"));
        };
        let Some(body) = function
            .as_object()
            .filter(|f| matches!(f.payload, Payload::Function(_)))
        else {
            return Err(self.type_error("__build_class__: func must be a function"));
        };
        if !matches!(name.payload(), Some(Payload::Str(_))) {
            return Err(self.type_error("__build_class__: name is not a string"));
        }
        let roots = self.roots.len();
        let resolved = self.resolve_mro_entries(bases);
        let resolved = match resolved {
            Ok(resolved) => resolved,
            Err(error) => {
                self.roots.truncate(roots);
                return Err(error);
            }
        };
        let class = self.build_class_with(body, *name, bases, resolved.as_deref(), args);
        self.roots.truncate(roots);
        class
    }

    /// The bases of a class statement with those that are not classes
    /// replaced by what their `__mro_entries__(bases)` returns (a generic
    /// alias by its origin), as CPython's `update_bases`; `None` when
    /// every base is a class. The tuples returned are pushed onto the
    /// roots, for the caller to pop.
    fn resolve_mro_entries(&mut self, bases: &[Value]) -> PyResult<Option<Vec<Value>>> {
        let mut resolved: Option<Vec<Value>> = None;
        let hook = self.intern("__mro_entries__");
        for (index, &base) in bases.iter().enumerate() {
            let entries = if base.as_object().is_some_and(|b| b.as_type().is_some()) {
                None
            } else if let Some((origin, _)) = generic_alias_parts(&base) {
                Some(vec![origin])
            } else {
                match self.lookup_attr(base, hook)? {
                    Some(method) => {
                        let tuple = Value::Obj(self.new_tuple(bases.to_vec()));
                        self.roots.push(tuple);
                        let entries = self.call_function(method, &[tuple])?;
                        self.roots.push(entries);
                        match entries.object().and_then(|e| e.as_tuple()) {
                            Some(items) => Some(items.to_vec()),
                            None => {
                                return Err(self.type_error("__mro_entries__ must return a tuple"))
                            }
                        }
                    }
                    None => None,
                }
            };
            match (entries, &mut resolved) {
                (Some(entries), _) => resolved
                    .get_or_insert_with(|| bases[..index].to_vec())
                    .extend(entries),
                (None, Some(resolved)) => resolved.push(base),
                (None, None) => {}
            }
        }
        Ok(resolved)
    }

    /// `__build_class__` once the bases are resolved: `resolved` are the
    /// bases from `__mro_entries__`, if any differ from `original` (which
    /// the namespace then keeps as `__orig_bases__`).
    fn build_class_with(
        &mut self,
        body: ObjRef,
        name: Value,
        original: &[Value],
        resolved: Option<&[Value]>,
        args: Args<'_>,
    ) -> PyResult<Value> {
        let name = &name;
        let bases = resolved.unwrap_or(original);
        let mut metaclass = None;
        let mut keywords = (Vec::new(), Vec::new());
        for (&key, &value) in args.keyword_names.iter().zip(args.keyword_values) {
            if self.str_text(key) == "metaclass" {
                metaclass = Some(value);
            } else {
                keywords.0.push(key);
                keywords.1.push(value);
            }
        }
        let explicit = metaclass.is_some();
        let mut metaclass = match metaclass {
            Some(m) => m,
            None => match bases.first() {
                Some(&base) => Value::Obj(self.type_of(base)),
                None => Value::Obj(self.types.type_),
            },
        };
        if let Some(meta) = metaclass.as_object().filter(|m| m.as_type().is_some()) {
            let winner = self.calculate_metaclass(meta, bases)?;
            if explicit || !bases.is_empty() {
                metaclass = Value::Obj(winner);
            }
        }
        let namespace =
            self.prepare_namespace(metaclass, *name, bases, (&keywords.0, &keywords.1))?;
        self.roots.push(namespace);
        let ran = self.run_class_body(body, namespace);
        let cell = match ran {
            Ok(cell) => cell,
            Err(error) => {
                self.roots.pop();
                return Err(error);
            }
        };
        if resolved.is_some() {
            let key = self.str_value("__orig_bases__");
            let original = Value::Obj(self.new_tuple(original.to_vec()));
            if let Err(error) = self.set_item(namespace, key, original) {
                self.roots.pop();
                return Err(error);
            }
        }
        let bases_tuple = Value::Obj(self.new_tuple(bases.to_vec()));
        self.roots.push(bases_tuple);
        let positional = [*name, bases_tuple, namespace];
        let class = self.call(
            metaclass,
            Args {
                positional: &positional,
                keyword_names: &keywords.0,
                keyword_values: &keywords.1,
            },
        );
        self.roots.truncate(self.roots.len() - 2);
        let class = class?;
        if let Some(Payload::Cell(content)) = cell.payload() {
            if !content.get().is(class) {
                return Err(self.type_error("__class__ set to something other than the class"));
            }
        }
        Ok(class)
    }

    /// The namespace a class body runs in: `metaclass.__prepare__(name,
    /// bases, **keywords)` (`type.__prepare__` makes a new dict), which
    /// must be a mapping, as CPython's `builtin___build_class__`.
    fn prepare_namespace(
        &mut self,
        metaclass: Value,
        name: Value,
        bases: &[Value],
        keywords: (&[Value], &[Value]),
    ) -> PyResult<Value> {
        let prepare_name = self.intern("__prepare__");
        let Some(prepare) = self.lookup_attr(metaclass, prepare_name)? else {
            return Ok(Value::Obj(self.new_dict()));
        };
        self.roots.push(prepare);
        let bases = Value::Obj(self.new_tuple(bases.to_vec()));
        self.roots.push(bases);
        let namespace = self.call(
            prepare,
            Args {
                positional: &[name, bases],
                keyword_names: keywords.0,
                keyword_values: keywords.1,
            },
        );
        self.roots.truncate(self.roots.len() - 2);
        let namespace = namespace?;
        let getitem = self.names.__getitem__;
        let class = self.type_of(namespace);
        if self.lookup_type(class, getitem).is_none() {
            let meta_name = match metaclass.as_object().filter(|m| m.as_type().is_some()) {
                Some(meta) => type_name_of(meta),
                None => "<metaclass>".to_owned(),
            };
            let type_name = self.type_name(namespace);
            return Err(self.type_error(format!(
                "{meta_name}.__prepare__() must return a mapping, not {type_name}"
            )));
        }
        Ok(namespace)
    }

    /// Runs a class body with `namespace` as its locals; returns what it
    /// returns (the `__class__` cell, or `None`).
    fn run_class_body(&mut self, body: ObjRef, namespace: Value) -> PyResult<Value> {
        let Payload::Function(function) = &body.payload else {
            unreachable!("checked by the caller")
        };
        let code = code_of(&function.code);
        let start = self.stack.len();
        self.stack.resize(start + code.nlocals(), Value::Null);
        for _ in 0..code.code.cellvars.len() {
            let cell = self.new_cell(Value::Null);
            self.push(Value::Obj(cell));
        }
        if let Some(cells) = function.closure.object().and_then(|c| c.as_tuple()) {
            self.stack.extend_from_slice(cells);
        }
        if self.depth >= self.recursion_limit || self.native_stack_low() {
            self.stack.truncate(start);
            return Err(self.recursion_error(""));
        }
        self.depth += 1;
        self.frames.push(Frame::for_code(
            function.code,
            function.globals,
            function.builtins,
            namespace,
            start,
            true,
        ));
        match self.run()? {
            Exit::Return(value) => Ok(value),
            Exit::Yield(_) => unreachable!("a class body does not yield"),
        }
    }
}
