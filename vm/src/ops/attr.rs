//! Attribute access: lookup through a type's method resolution order,
//! descriptors (functions bind, properties call), instance dicts, and the
//! special attributes of the built-in objects.

use crate::exception_class::ExceptionClass;
use crate::object::Payload;
use crate::objects::function::{Args, Builtin, BuiltinKind};
use crate::objects::type_alias::TypeAlias;
use crate::ops::fast_call::CallShortcut;
use crate::ops::generator_attr::is_generator_attr_name;
use crate::type_cache::LookupKind;
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// What `LoadMethod` found: a function to call with the object first, or
/// any callable to call as it is.
pub(crate) enum MethodLookup {
    /// An unbound function or built-in method: call it with `receiver`
    /// first (the object, or for a method found through `super()` the
    /// instance).
    Unbound { function: Value, receiver: Value },
    /// Anything else: call as it is.
    Bound(Value),
}

/// What [`Vm::super_find`] found: the attribute, the type whose MRO it
/// was found through, and what to bind it to.
struct SuperFound {
    attr: Value,
    owner: ObjRef,
    bind_to: Value,
}

/// The most attributes a new instance's dict makes room for.
const INSTANCE_DICT_ROOM: u32 = 16;

/// Notes that an instance of `class` holds `count` attributes, for
/// [`Vm::instance_dict`].
pub(crate) fn note_instance_attributes(class: ObjRef, count: usize) {
    if let Some(data) = class.as_type() {
        let count = (count as u32).min(INSTANCE_DICT_ROOM);
        if count > data.instance_attributes.get() {
            data.instance_attributes.set(count);
        }
    }
}

impl Vm {
    /// The class of a heap object if it is a user class (one whose
    /// dunder methods the VM must look up).
    pub(crate) fn user_class(&self, object: ObjRef) -> Option<ObjRef> {
        let class = object.class();
        class
            .as_type()
            .is_some_and(|data| data.is_user_class)
            .then_some(class)
    }

    /// `name` in the dicts of the user classes of `class`'s MRO: where a
    /// user class overrides a dunder method.
    pub(crate) fn lookup_user(&mut self, class: ObjRef, name: ObjRef) -> Option<Value> {
        if let Some(found) = self.type_cache.get(class, name, LookupKind::User) {
            return found;
        }
        let data = class.as_type()?;
        let mut found = None;
        // By index: looking a name up runs no Python code, but the MRO is
        // not borrowed across it.
        let mut position = 0;
        while let Some(base) = data.mro.borrow().get(position).copied() {
            position += 1;
            if !base.as_type().is_some_and(|data| data.is_user_class) {
                continue;
            }
            found = base.dict().and_then(|dict| self.dict_get_str(dict, name));
            if found.is_some() {
                break;
            }
        }
        self.type_cache.put(class, name, LookupKind::User, found);
        found
    }

    /// `name` in the dicts of `class`'s MRO (CPython's `_PyType_Lookup`).
    pub fn lookup_type(&mut self, class: ObjRef, name: ObjRef) -> Option<Value> {
        if let Some(found) = self.type_cache.get(class, name, LookupKind::All) {
            return found;
        }
        let data = class.as_type()?;
        let mut found = None;
        for &base in data.mro.borrow().iter() {
            found = base.dict().and_then(|dict| self.dict_get_str(dict, name));
            if found.is_some() {
                break;
            }
        }
        self.type_cache.put(class, name, LookupKind::All, found);
        found
    }

    /// Calls a method found on a type with `receiver` first: functions
    /// directly, other attributes after binding them.
    pub(crate) fn call_method_value(
        &mut self,
        method: Value,
        receiver: Value,
        args: &[Value],
    ) -> PyResult<Value> {
        let unbound = matches!(method.payload(), Some(Payload::Function(_)))
            || matches!(
                method.payload(),
                Some(Payload::Builtin(b)) if b.kind == BuiltinKind::Method && b.receiver.is_null()
            );
        if unbound {
            let all = crate::ops::call::ArgsCopy::new(receiver, args);
            self.call_function(method, all.as_slice())
        } else {
            let class = self.type_of(receiver);
            let bound = self.bind(method, receiver, class)?;
            self.call_function(bound, args)
        }
    }

    /// Calls the dunder `name` of `receiver`'s user class, if it has one.
    pub(crate) fn call_user_dunder(
        &mut self,
        receiver: Value,
        name: ObjRef,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        let Some(object) = receiver.as_object() else {
            return Ok(None);
        };
        let Some(class) = self.user_class(object) else {
            return Ok(None);
        };
        match self.lookup_user(class, name) {
            Some(method) => self.call_method_value(method, receiver, args).map(Some),
            None => Ok(None),
        }
    }

    /// The descriptor `__get__` of a class attribute for `instance`
    /// (`Value::None` when looked up on the class itself): a user class's
    /// own `__get__` (a subclass of `property` may define one), else the
    /// built-in one.
    pub(crate) fn bind(&mut self, attr: Value, instance: Value, class: ObjRef) -> PyResult<Value> {
        let Value::Obj(object) = attr else {
            return Ok(attr);
        };
        if let Some(descriptor_class) = self.user_class(object) {
            let get = self.names.__get__;
            if let Some(getter) = self.lookup_user(descriptor_class, get) {
                let owner = Value::Obj(class);
                return self.call_method_value(getter, attr, &[instance, owner]);
            }
        }
        self.builtin_bind(attr, instance, class)
    }

    /// The `__get__` of the built-in descriptor types (functions, built-in
    /// methods, `staticmethod`, `classmethod`, members and properties),
    /// even for an instance of a user subclass; other attributes as they
    /// are.
    pub(crate) fn builtin_bind(
        &mut self,
        attr: Value,
        instance: Value,
        class: ObjRef,
    ) -> PyResult<Value> {
        let Value::Obj(object) = attr else {
            return Ok(attr);
        };
        match &object.payload {
            Payload::Function(_) => {
                if instance.is_none() {
                    return Ok(attr);
                }
                let method_type = self.types.method;
                Ok(Value::Obj(self.alloc_with(method_type, || {
                    Payload::Method {
                        function: attr,
                        receiver: instance,
                    }
                })))
            }
            Payload::Builtin(builtin) if builtin.receiver.is_null() => {
                let receiver = match builtin.kind {
                    BuiltinKind::Method if !instance.is_none() => instance,
                    BuiltinKind::ClassMethod => Value::Obj(class),
                    _ => return Ok(attr),
                };
                let bound = Builtin {
                    name: builtin.name,
                    owner: builtin.owner,
                    function: builtin.function,
                    kind: builtin.kind,
                    receiver,
                    module: builtin.module,
                    shortcut: builtin.shortcut,
                };
                // A slot wrapper binds as a `method-wrapper`, other methods
                // as a `builtin_function_or_method`.
                let builtin_type = if object.class() == self.types.wrapper_descriptor {
                    self.types.method_wrapper
                } else {
                    self.types.builtin_function
                };
                Ok(Value::Obj(self.alloc_with(builtin_type, || {
                    Payload::Builtin(Box::new(bound))
                })))
            }
            Payload::StaticMethod(function) => Ok(*function),
            // As CPython 3.11's `cm_descr_get`: a wrapped descriptor
            // (a property, another classmethod…) is bound to the class.
            Payload::ClassMethod(function) if self.has_descriptor_get(*function) => {
                self.bind(*function, Value::Obj(class), class)
            }
            Payload::ClassMethod(function) => {
                let method_type = self.types.method;
                Ok(Value::Obj(self.alloc_with(method_type, || {
                    Payload::Method {
                        function: *function,
                        receiver: Value::Obj(class),
                    }
                })))
            }
            Payload::Member(member) => {
                if instance.is_none() {
                    return Ok(attr);
                }
                self.member_get(member, instance)
            }
            Payload::Property(property) => {
                if instance.is_none() {
                    return Ok(attr);
                }
                let getter = property.fget.get();
                if getter.is_none() {
                    return Err(self.property_error(property, instance, "getter"));
                }
                self.call_function(getter, &[instance])
            }
            _ => Ok(attr),
        }
    }

    /// Whether a class attribute is a data descriptor with a `__get__`,
    /// which a read calls before looking at the instance dict (a data
    /// descriptor without one leaves the read to the dict, as in
    /// CPython's `PyObject_GenericGetAttr`).
    fn is_data_descriptor(&mut self, attr: Value) -> bool {
        let Value::Obj(object) = attr else {
            return false;
        };
        match &object.payload {
            Payload::Property(_) | Payload::Member(_) => true,
            _ => match self.user_class(object) {
                Some(class) => {
                    let (get, set) = (self.names.__get__, self.names.__set__);
                    let delete = self.intern("__delete__");
                    self.lookup_user(class, get).is_some()
                        && (self.lookup_user(class, set).is_some()
                            || self.lookup_user(class, delete).is_some())
                }
                None => false,
            },
        }
    }

    /// `getattr(value, name)`.
    pub fn get_attr(&mut self, value: Value, name: ObjRef) -> PyResult<Value> {
        match self.get_attr_if_any(value, name)? {
            Some(found) => Ok(found),
            None => Err(self.attribute_error(value, name)),
        }
    }

    /// [`Vm::get_attr`], with `None` where the lookup itself found nothing
    /// (no `__getattribute__` or `__getattr__` raised): the
    /// `AttributeError` is made only by a caller that raises it.
    fn get_attr_if_any(&mut self, value: Value, name: ObjRef) -> PyResult<Option<Value>> {
        if let Some(result) = self.call_getattribute(value, name) {
            return result.map(Some);
        }
        let found = match self.find_attr(value, name) {
            // An `AttributeError` from a descriptor (a property's getter)
            // falls back to `__getattr__` too, as CPython's
            // `slot_tp_getattr_hook` does.
            Err(error)
                if self
                    .is_exception(Value::Obj(error.exception), ExceptionClass::AttributeError)
                    && self.has_getattr_hook(value) =>
            {
                None
            }
            other => other?,
        };
        if found.is_some() {
            return Ok(found);
        }
        // `__getattr__` of a user class is the last resort.
        if let Some(object) = value.as_object() {
            if let Some(class) = self.user_class(object) {
                let hook = self.names.__getattr__;
                if let Some(method) = self.lookup_user(class, hook) {
                    return self
                        .call_method_value(method, value, &[Value::Obj(name)])
                        .map(Some);
                }
            }
            // A module's own `__getattr__` (PEP 562).
            if let (Payload::Module(_), Some(dict)) = (&object.payload, object.dict()) {
                let hook = self.names.__getattr__;
                if let Some(function) = self.dict_get_str(dict, hook) {
                    return self.call_function(function, &[Value::Obj(name)]).map(Some);
                }
            }
        }
        Ok(None)
    }

    /// `value.name`, or `None` when it has no such attribute (it raised
    /// `AttributeError`, or found nothing, for which none is made), as
    /// CPython's `_PyObject_LookupAttr`.
    pub(crate) fn lookup_attr(&mut self, value: Value, name: ObjRef) -> PyResult<Option<Value>> {
        match self.get_attr_if_any(value, name) {
            Err(error)
                if self
                    .is_exception(Value::Obj(error.exception), ExceptionClass::AttributeError) =>
            {
                Ok(None)
            }
            result => result,
        }
    }

    /// Whether the class of `object` is a user class that defines (or
    /// inherits from another user class) `__getattribute__`, which then
    /// answers every attribute read.
    pub(crate) fn overrides_getattribute(&mut self, object: ObjRef) -> bool {
        let Some(class) = self.user_class(object) else {
            return false;
        };
        let hook = self.names.__getattribute__;
        self.lookup_user(class, hook).is_some()
    }

    /// `value.name` through the `__getattribute__` of its user class, and
    /// on an `AttributeError` through its `__getattr__` (CPython's
    /// `slot_tp_getattr_hook`); `None` when the class has no such method.
    fn call_getattribute(&mut self, value: Value, name: ObjRef) -> Option<PyResult<Value>> {
        let class = value.as_object().and_then(|o| self.user_class(o))?;
        let hook = self.names.__getattribute__;
        let method = self.lookup_user(class, hook)?;
        let result = self.call_method_value(method, value, &[Value::Obj(name)]);
        Some(match result {
            Err(error)
                if self
                    .is_exception(Value::Obj(error.exception), ExceptionClass::AttributeError) =>
            {
                let fallback = self.names.__getattr__;
                match self.lookup_user(class, fallback) {
                    Some(getattr) => self.call_method_value(getattr, value, &[Value::Obj(name)]),
                    None => Err(error),
                }
            }
            other => other,
        })
    }

    /// Whether `value`'s class defines `__getattr__`.
    pub(crate) fn has_getattr_hook(&mut self, value: Value) -> bool {
        let Some(class) = value.as_object().and_then(|o| self.user_class(o)) else {
            return false;
        };
        let hook = self.names.__getattr__;
        self.lookup_user(class, hook).is_some()
    }

    /// The `AttributeError` for a missing attribute, as CPython words it.
    pub(crate) fn attribute_error(&mut self, value: Value, name: ObjRef) -> crate::vm::PyErr {
        let attribute = name.as_str().expect("str").as_str().to_owned();
        let message = match value.payload() {
            Some(Payload::Module(module)) => {
                format!("module '{}' has no attribute '{attribute}'", module.name)
            }
            Some(Payload::Type(data)) => {
                format!(
                    "type object '{}' has no attribute '{attribute}'",
                    data.name.borrow()
                )
            }
            _ => format!(
                "'{}' object has no attribute '{attribute}'",
                self.type_name(value)
            ),
        };
        let error = self.error(ExceptionClass::AttributeError, message);
        self.set_attribute_error_context(error.exception, value, name);
        error
    }

    /// An attribute, or `None` when there is none (before `__getattr__`).
    pub(crate) fn find_attr(&mut self, value: Value, name: ObjRef) -> PyResult<Option<Value>> {
        // A plain instance computes none but dunder attributes.
        let plain = matches!(value.payload(), Some(Payload::Instance(_))) && !is_special_name(name);
        if !plain {
            if let Some(special) = self.special_attr(value, name)? {
                return Ok(Some(special));
            }
        }
        let class = self.type_of(value);
        if let Value::Obj(object) = value {
            match &object.payload {
                Payload::Type(_) => return self.find_type_attr(object, name),
                Payload::Super(parts) => {
                    let [start, instance] = *parts;
                    if let Some(found) = self.super_lookup(start, instance, name)? {
                        return Ok(Some(found));
                    }
                }
                _ => {}
            }
        }
        let class_attr = self.lookup_type(class, name);
        if let Some(attr) = class_attr {
            if self.is_data_descriptor(attr) {
                return self.bind(attr, value, class).map(Some);
            }
        }
        if let Some(dict) = value.object().and_then(|o| o.dict()) {
            if let Some(found) = self.dict_get_str(dict, name) {
                return Ok(Some(found));
            }
        }
        match (class_attr, value.payload()) {
            (Some(attr), _) => self.bind(attr, value, class).map(Some),
            // A bound method shows its function's attributes, as CPython's
            // `method_getattro`.
            (None, Some(Payload::Method { function, .. })) => {
                let function = *function;
                self.find_attr(function, name)
            }
            (None, _) => Ok(None),
        }
    }

    /// `super(start, instance).name`: the MRO of the instance's type after
    /// `start`, bound to the instance.
    fn super_lookup(
        &mut self,
        start: Value,
        instance: Value,
        name: ObjRef,
    ) -> PyResult<Option<Value>> {
        match self.super_find(start, instance, name) {
            Some(SuperFound {
                attr,
                owner,
                bind_to,
            }) => self.bind(attr, bind_to, owner).map(Some),
            None => Ok(None),
        }
    }

    /// The type whose MRO `super(start, instance)` searches (its
    /// `__self_class__`): the instance itself when it is a subclass of
    /// `start` (`super(C, cls)`), else the instance's type.
    fn super_owner(&self, start: Value, instance: Value) -> ObjRef {
        match instance.as_object() {
            Some(o)
                if o.as_type().is_some()
                    && start.as_object().is_some_and(|s| self.is_subtype(o, s)) =>
            {
                o
            }
            _ => self.type_of(instance),
        }
    }

    /// The attribute `super(start, instance).name` finds, unbound: the
    /// first in the MRO of the instance's type after `start`.
    fn super_find(&mut self, start: Value, instance: Value, name: ObjRef) -> Option<SuperFound> {
        let owner = self.super_owner(start, instance);
        let data = owner.as_type()?;
        let mro = data.mro.borrow();
        let after = mro
            .iter()
            .position(|&class| Value::Obj(class).is(start))
            .map_or(mro.len(), |i| i + 1);
        // Looking up a `str` key runs no Python code: the MRO stays as it is.
        let attr = mro[after..]
            .iter()
            .find_map(|class| class.dict().and_then(|d| self.dict_get_str(d, name)))?;
        // As CPython's `super_getattro`: no instance when the object is the
        // class the lookup started from (`super(C, cls)`).
        let bind_to = if instance.as_object() == Some(owner) {
            Value::None
        } else {
            instance
        };
        Some(SuperFound {
            attr,
            owner,
            bind_to,
        })
    }

    /// The Python function `super(start, instance).name` finds, when it
    /// is one and is bound to `instance` (then the call can pass
    /// `instance` first instead of making a bound method).
    fn super_method(&mut self, start: Value, instance: Value, name: ObjRef) -> Option<Value> {
        let found = self.super_find(start, instance, name)?;
        let plain = matches!(found.attr.payload(), Some(Payload::Function(_)))
            && found.bind_to.is(instance)
            && !instance.is_none();
        plain.then_some(found.attr)
    }

    /// `super().name` with zero arguments followed by its call
    /// (`LoadGlobal super; Call 0; LoadMethod name`), done at once when
    /// `super()` would succeed and find a Python function: the function
    /// and the instance to call it with, with no `super` object made.
    /// `None` leaves the instructions to run one by one (and raise what
    /// they raise).
    pub(crate) fn zero_argument_super_method(&mut self, name: ObjRef) -> Option<(Value, Value)> {
        if super_computes(name) {
            return None;
        }
        let (start, instance) = self.implicit_super_arguments().ok()?;
        self.check_super_arguments(start, instance).ok()?;
        // An instance, not a class: `super()` in a classmethod binds
        // differently.
        if instance.as_object().is_some_and(|o| o.as_type().is_some()) {
            return None;
        }
        let function = self.super_method(start, instance, name)?;
        Some((function, instance))
    }

    /// Attribute lookup on a class: its MRO, with descriptors bound to no
    /// instance, then its metaclass.
    fn find_type_attr(&mut self, class: ObjRef, name: ObjRef) -> PyResult<Option<Value>> {
        // A data descriptor of the metaclass wins over the class's MRO,
        // as in CPython's `type_getattro`.
        let metatype = class.class();
        let meta_attr = self.lookup_type(metatype, name);
        if let Some(attr) = meta_attr {
            if self.is_data_descriptor(attr) {
                return self.bind(attr, Value::Obj(class), metatype).map(Some);
            }
        }
        if let Some(attr) = self.lookup_type(class, name) {
            return self.bind(attr, Value::None, class).map(Some);
        }
        match meta_attr {
            Some(attr) => self.bind(attr, Value::Obj(class), metatype).map(Some),
            None => Ok(None),
        }
    }

    /// `callable.__call__` for a function, a built-in, a method or a class
    /// that `type.__call__` calls: a `method-wrapper` bound to it.
    fn call_wrapper(&mut self, callable: Value) -> Value {
        let wrapper_type = self.types.method_wrapper;
        Value::Obj(self.alloc(
            wrapper_type,
            Payload::Builtin(Box::new(Builtin {
                name: "__call__",
                owner: None,
                function: call_bound,
                kind: BuiltinKind::Method,
                receiver: callable,
                module: Value::Null,
                shortcut: CallShortcut::of(call_bound),
            })),
        ))
    }

    /// Whether `class.__call__` is `type.__call__` bound to the class:
    /// neither the class (for its instances) nor a user metaclass defines
    /// `__call__`.
    fn calls_as_type(&mut self, class: ObjRef) -> bool {
        let name = self.names.__call__;
        self.lookup_type(class, name).is_none() && self.lookup_user(class.class(), name).is_none()
    }

    /// The attributes the built-in objects compute rather than store.
    fn special_attr(&mut self, value: Value, name: ObjRef) -> PyResult<Option<Value>> {
        let text = name.as_str().expect("str").as_str();
        let computed = text.starts_with("__")
            || text.starts_with("co_")
            || is_generator_attr_name(text)
            || text.starts_with("cell_")
            || text.starts_with("tb_")
            || text.starts_with("f_")
            || matches!(
                text,
                "args"
                    | "value"
                    | "code"
                    | "fget"
                    | "fset"
                    | "fdel"
                    | "start"
                    | "stop"
                    | "step"
                    | "real"
                    | "imag"
                    | "numerator"
                    | "denominator"
            )
            || (matches!(text, "name" | "obj" | "message" | "exceptions")
                && matches!(value.payload(), Some(Payload::Exception(_))));
        if !computed {
            return Ok(None);
        }
        if let Some(found) = self.number_attr(value, text) {
            return Ok(Some(found));
        }
        if text == "__class__" {
            // A class may define its own `__class__` (a property, or plain
            // data), found as any attribute is.
            if let Some(class) = value.as_object().and_then(|o| self.user_class(o)) {
                if self.lookup_user(class, name).is_some() {
                    return Ok(None);
                }
            }
            return Ok(Some(Value::Obj(self.type_of(value))));
        }
        let Value::Obj(object) = value else {
            return Ok(None);
        };
        let found = match (&object.payload, text) {
            // A function's own `__call__` attribute hides the wrapper.
            (Payload::Function(_) | Payload::Builtin(_) | Payload::Method { .. }, "__call__")
                if object
                    .dict()
                    .and_then(|dict| self.dict_get_str(dict, name))
                    .is_none() =>
            {
                self.call_wrapper(value)
            }
            (Payload::Type(_), "__call__") if self.calls_as_type(object) => {
                self.call_wrapper(value)
            }
            (_, "__dict__") if !matches!(object.payload, Payload::Type(_)) => match object.dict() {
                // Slot values live in a dict `__dict__` does not show.
                Some(_) if !self.has_instance_dict(object) => return Ok(None),
                Some(dict) => Value::Obj(dict),
                None if self.has_instance_dict(object) => {
                    let dict = self.new_dict();
                    object.set_dict(dict);
                    Value::Obj(dict)
                }
                None => return Ok(None),
            },
            (Payload::Type(data), "__name__") => {
                let name = data.name.borrow().clone();
                self.str_value(&name)
            }
            (Payload::Type(data), "__qualname__") => {
                let name = data.qualname.borrow().clone();
                self.str_value(&name)
            }
            (Payload::Type(data), "__mro__") => {
                let mro: Vec<Value> = data.mro.borrow().iter().map(|&c| Value::Obj(c)).collect();
                Value::Obj(self.new_tuple(mro))
            }
            (Payload::Type(data), "__bases__") => {
                let bases: Vec<Value> =
                    data.bases.borrow().iter().map(|&c| Value::Obj(c)).collect();
                Value::Obj(self.new_tuple(bases))
            }
            (Payload::Type(data), "__base__") => data.base.get().map_or(Value::None, Value::Obj),
            (Payload::Super(parts), "__thisclass__") => parts[0],
            (Payload::Super(parts), "__self__") => parts[1],
            (Payload::Super(parts), "__self_class__") => match parts[1] {
                Value::None => Value::None,
                instance => Value::Obj(self.super_owner(parts[0], instance)),
            },
            // Read-only: changes go through `setattr`, which keeps the
            // attribute caches right.
            (Payload::Type(_), "__dict__") => match object.dict() {
                Some(dict) => {
                    let class = self.types.mappingproxy;
                    Value::Obj(self.alloc(class, Payload::MappingProxy(dict)))
                }
                None => return Ok(None),
            },
            (Payload::Function(function), _) => match text {
                "__name__" => function.name.get(),
                "__qualname__" => function.qualname.get(),
                "__defaults__" => function.defaults.get(),
                "__kwdefaults__" => function.kwdefaults.get(),
                "__code__" => Value::Obj(function.code),
                "__globals__" => Value::Obj(function.globals),
                "__closure__" => function.closure,
                "__doc__" => function.doc.get(),
                "__module__" => function.module.get(),
                "__builtins__" => Value::Obj(function.builtins),
                "__annotations__" => {
                    if function.annotations.get().is_none() {
                        let dict = self.new_dict();
                        function.annotations.set(Value::Obj(dict));
                    }
                    function.annotations.get()
                }
                _ => return Ok(None),
            },
            (Payload::Builtin(builtin), "__name__") => self.str_value(builtin.name),
            // pyvm keeps the docstrings of some module functions only.
            (Payload::Builtin(builtin), "__doc__") => {
                let doc = match builtin.module.payload() {
                    Some(Payload::Module(module)) => {
                        crate::builtins::function_doc(&module.name, builtin.name)
                    }
                    _ => None,
                };
                doc.map_or(Value::None, |doc| self.str_value(doc))
            }
            (Payload::Builtin(builtin), "__module__") if !builtin.module.is_null() => {
                match builtin.module.payload() {
                    Some(Payload::Module(module)) => {
                        let name = module.name.clone();
                        self.str_value(&name)
                    }
                    _ => return Ok(None),
                }
            }
            (Payload::Builtin(builtin), "__qualname__") => match builtin.owner {
                Some(owner) => self.str_value(&format!("{owner}.{}", builtin.name)),
                None => self.str_value(builtin.name),
            },
            (Payload::Builtin(builtin), "__self__") => match (builtin.receiver, builtin.module) {
                (Value::Null, Value::Null) => Value::None,
                (Value::Null, module) => module,
                (receiver, _) => receiver,
            },
            (Payload::Method { function, .. }, "__func__") => *function,
            (Payload::Method { receiver, .. }, "__self__") => *receiver,
            (
                Payload::Method { function, .. },
                "__name__" | "__qualname__" | "__doc__" | "__module__",
            ) => {
                let function = *function;
                return self.find_attr(function, name);
            }
            (Payload::Module(module), "__name__") if object.dict().is_none() => {
                let name = module.name.clone();
                self.str_value(&name)
            }
            (Payload::Exception(data), "args") => data.args.get(),
            (Payload::Exception(data), "__traceback__") => data.traceback.get(),
            (Payload::Exception(data), "__cause__") => data.cause.get(),
            (Payload::Exception(data), "__context__") => data.context.get(),
            (Payload::Exception(data), "__suppress_context__") => {
                Value::bool(data.suppress_context.get())
            }
            (Payload::Exception(data), "value")
                if self.is_exception(value, ExceptionClass::StopIteration) =>
            {
                match data.extra.get() {
                    Value::Null => Value::None,
                    extra => extra,
                }
            }
            (Payload::WeakRef(weak), "__callback__") => weak.callback,
            (Payload::TypeAlias(alias), "__origin__" | "__args__") => match &**alias {
                TypeAlias::Generic { origin, args } => {
                    if text == "__origin__" {
                        *origin
                    } else {
                        *args
                    }
                }
                TypeAlias::Union(members) if text == "__args__" => {
                    let members = members.to_vec();
                    Value::Obj(self.new_tuple(members))
                }
                TypeAlias::Union(_) => return Ok(None),
            },
            (Payload::Exception(_), "message" | "exceptions") if self.is_exception_group(value) => {
                match self.exception_group_attr(object, text) {
                    Some(found) => found,
                    None => return Ok(None),
                }
            }
            (Payload::Exception(_), "name" | "obj") => {
                match self.suggestion_context_attr(object, text) {
                    Some(found) => found,
                    None => return Ok(None),
                }
            }
            (Payload::Exception(data), "code")
                if self.is_exception(value, ExceptionClass::SystemExit) =>
            {
                match data.extra.get() {
                    Value::Null => Value::None,
                    extra => extra,
                }
            }
            (Payload::Generator(generator), "__name__") => generator.borrow().name.get(),
            (Payload::Generator(generator), "__qualname__") => generator.borrow().qualname.get(),
            (Payload::Code(_), _) => return self.code_attr(object, text),
            (Payload::Generator(_), _) => return Ok(self.generator_attr(object, text)),
            (
                Payload::StaticMethod(function) | Payload::ClassMethod(function),
                "__func__" | "__wrapped__",
            ) => *function,
            (
                Payload::StaticMethod(function) | Payload::ClassMethod(function),
                "__isabstractmethod__",
            ) => {
                let function = *function;
                return self
                    .is_abstract_method(function)
                    .map(|b| Some(Value::bool(b)));
            }
            (Payload::Traceback(entry), "tb_next") => entry.next.get(),
            (Payload::Traceback(entry), "tb_frame") => Value::Obj(entry.frame),
            // In CPython's two-byte code units, as `f_lasti`.
            (Payload::Traceback(entry), "tb_lasti") => match entry.instruction {
                crate::objects::traceback::FUNCTION_ENTRY => Value::Int(0),
                instruction => Value::Int(i64::from(instruction) * 2),
            },
            (Payload::Frame(_), _) => return Ok(self.frame_attr(object, text)),
            (Payload::Traceback(entry), "tb_lineno") => entry
                .location()
                .line
                .map_or(Value::None, |l| Value::Int(l.into())),
            (Payload::Cell(content), "cell_contents") => match content.get() {
                Value::Null => return Err(self.value_error("Cell is empty")),
                content => content,
            },
            (Payload::Member(member), _) => match text {
                "__name__" => Value::Obj(member.name),
                "__objclass__" => Value::Obj(member.owner),
                "__qualname__" => {
                    let owner = member.owner.as_type().expect("a class");
                    let qualname = format!(
                        "{}.{}",
                        owner.qualname.borrow(),
                        self.str_text(Value::Obj(member.name))
                    );
                    Value::Obj(self.new_str(&qualname))
                }
                "__doc__" => Value::None,
                _ => return Ok(None),
            },
            (Payload::Property(property), _) => match text {
                "fget" => property.fget.get(),
                "fset" => property.fset.get(),
                "fdel" => property.fdel.get(),
                "__doc__" => match property.doc.get() {
                    Value::None if !property.fget.get().is_none() => {
                        let doc = self.intern("__doc__");
                        return self.find_attr(property.fget.get(), doc);
                    }
                    doc => doc,
                },
                _ => return Ok(None),
            },
            (Payload::Slice(parts), "start") => parts[0],
            (Payload::Slice(parts), "stop") => parts[1],
            (Payload::Slice(parts), "step") => parts[2],
            (Payload::Range(range), "start" | "stop" | "step") => {
                let int = match text {
                    "start" => range.start.clone(),
                    "stop" => range.stop.clone(),
                    _ => range.step.clone(),
                };
                self.int_value(int)
            }
            _ => return Ok(None),
        };
        Ok(Some(found))
    }

    /// The error for assigning or deleting `real`, `imag`, `numerator` or
    /// `denominator` of a number (an instance of a subclass too, whose
    /// dict does not take them); `None` for other attributes.
    fn number_attr_readonly(&mut self, value: Value, name: ObjRef) -> Option<crate::vm::PyErr> {
        let text = name.as_str()?.as_str();
        let owner = if self.exact_int(value).is_some() {
            matches!(text, "real" | "imag" | "numerator" | "denominator").then_some("int")?
        } else if let Some(Payload::Complex(_)) = value.payload() {
            return matches!(text, "real" | "imag")
                .then(|| self.error(ExceptionClass::AttributeError, "readonly attribute"));
        } else if value.as_float().is_some() {
            matches!(text, "real" | "imag").then_some("float")?
        } else {
            return None;
        };
        let message = format!("attribute '{text}' of '{owner}' objects is not writable");
        Some(self.error(ExceptionClass::AttributeError, message))
    }

    /// `real`, `imag`, `numerator` and `denominator` of ints and floats.
    fn number_attr(&mut self, value: Value, name: &str) -> Option<Value> {
        if let Some(int) = self.exact_int(value) {
            return match name {
                "real" | "numerator" => Some(self.int_value(int)),
                "imag" => Some(Value::Int(0)),
                "denominator" => Some(Value::Int(1)),
                _ => None,
            };
        }
        if let Some(Payload::Complex(z)) = value.payload() {
            return match name {
                "real" => Some(Value::float(z.re)),
                "imag" => Some(Value::float(z.im)),
                _ => None,
            };
        }
        let float = value.as_float()?;
        match name {
            "real" => Some(Value::float(float)),
            "imag" => Some(Value::float(0.0)),
            _ => None,
        }
    }

    /// The `co_*` attributes of a code object.
    fn code_attr(&mut self, code: ObjRef, name: &str) -> PyResult<Option<Value>> {
        let Payload::Code(data) = &code.payload else {
            return Ok(None);
        };
        let co = &data.code;
        let strings = |vm: &mut Vm, names: &[pyvm_bytecode::Name]| {
            let items: Vec<Value> = names.iter().map(|n| vm.str_value(n)).collect();
            Value::Obj(vm.new_tuple(items))
        };
        Ok(Some(match name {
            "co_name" => Value::Obj(data.name),
            "co_qualname" => Value::Obj(data.qualname),
            "co_filename" => self.str_value(&co.filename),
            "co_firstlineno" => Value::Int(i64::from(co.firstlineno)),
            "co_argcount" => Value::Int(i64::from(co.argcount)),
            "co_posonlyargcount" => Value::Int(i64::from(co.posonlyargcount)),
            "co_kwonlyargcount" => Value::Int(i64::from(co.kwonlyargcount)),
            "co_nlocals" => Value::Int(co.nlocals() as i64),
            "co_stacksize" => Value::Int(i64::from(co.max_stack_depth)),
            "co_flags" => Value::Int(i64::from(co.flags.bits())),
            "co_varnames" => strings(self, &co.varnames),
            "co_cellvars" => strings(self, &co.cellvars),
            "co_freevars" => strings(self, &co.freevars),
            "co_names" => strings(self, &co.names),
            "co_consts" => {
                let consts = data.consts.to_vec();
                Value::Obj(self.new_tuple(consts))
            }
            _ => return Ok(None),
        }))
    }

    /// Whether instances of the object's class get a `__dict__`.
    pub(crate) fn has_instance_dict(&self, object: ObjRef) -> bool {
        match &object.payload {
            // Exceptions always have one, `__slots__` or not (CPython's
            // `BaseException` has a `__dict__` slot).
            Payload::Function(_)
            | Payload::Module(_)
            | Payload::Exception(_)
            | Payload::StaticMethod(_)
            | Payload::ClassMethod(_) => true,
            // `object()` itself has none, nor do instances of classes with
            // `__slots__`.
            _ => self.user_class(object).is_some() && self.class_has_instance_dict(object.class()),
        }
    }

    /// Whether `object.__dict__` may be replaced or deleted: the
    /// namespace of an instance of a user class, or of a function.
    fn replaceable_dict(&self, object: ObjRef) -> bool {
        match &object.payload {
            Payload::Function(_) => true,
            Payload::Type(_) | Payload::Module(_) => false,
            _ => self.user_class(object).is_some() && self.has_instance_dict(object),
        }
    }

    /// `object.__dict__ = new`: a new namespace, which must be a dict, as
    /// CPython's `PyObject_GenericSetDict`.
    pub(crate) fn replace_dict(&mut self, object: ObjRef, new: Value) -> PyResult<()> {
        if !self.is_subtype(self.type_of(new), self.types.dict) {
            let type_name = self.type_name(new);
            return Err(self.type_error(format!(
                "__dict__ must be set to a dictionary, not a '{type_name}'"
            )));
        }
        object.set_dict(new.as_object().expect("a dict"));
        Ok(())
    }

    /// `setattr(value, name, new)`.
    pub fn set_attr(&mut self, value: Value, name: ObjRef, new: Value) -> PyResult<()> {
        if let Some(object) = value.as_object() {
            if let Some(user) = self.user_class(object) {
                let hook = self.names.__setattr__;
                if let Some(method) = self.lookup_user(user, hook) {
                    self.call_method_value(method, value, &[Value::Obj(name), new])?;
                    return Ok(());
                }
            }
        }
        self.generic_set_attr(value, name, new)
    }

    /// `object.__setattr__(value, name, new)`: through a data descriptor
    /// of the class, else into the object's dict, ignoring a class's
    /// `__setattr__`.
    pub(crate) fn generic_set_attr(
        &mut self,
        value: Value,
        name: ObjRef,
        new: Value,
    ) -> PyResult<()> {
        if name == self.names.__class__ {
            return self.assign_class(value, new);
        }
        let class = self.type_of(value);
        let attr = self.lookup_type(class, name);
        if let Value::Obj(object) = value {
            // The common case: a plain instance's attribute that no
            // descriptor of its class takes goes to its dict.
            if matches!(object.payload, Payload::Instance(_))
                && attr.is_none_or(is_plain_data)
                && !is_special_name(name)
                && self.class_has_instance_dict(class)
            {
                let dict = self.instance_dict(object);
                let index = self.dict_set_str(dict, name, new);
                note_instance_attributes(class, index + 1);
                return Ok(());
            }
        }
        if let Some(attr) = attr {
            if let Some(done) = self.set_through_descriptor(attr, value, new)? {
                return Ok(done);
            }
        } else if let Some(error) = self.number_attr_readonly(value, name) {
            return Err(error);
        }
        let Value::Obj(object) = value else {
            return Err(self.readonly_attribute(value, name));
        };
        if name == self.names.__dict__ && self.replaceable_dict(object) {
            return self.replace_dict(object, new);
        }
        if name == self.names.__dict__ && matches!(object.payload, Payload::Module(_)) {
            return Err(self.error(ExceptionClass::AttributeError, "readonly attribute"));
        }
        let text = name.as_str().expect("str").as_str();
        match (&object.payload, text) {
            (Payload::Function(function), _) => {
                if let Some(done) = self.function_set_attr(function, text, Some(new)) {
                    return done;
                }
            }
            (Payload::Method { .. }, _) => return Err(self.method_set_attr_error(value, text)),
            (Payload::Builtin(_), _) => {
                if let Some(error) = self.builtin_set_attr_error(value, text) {
                    return Err(error);
                }
            }
            // CPython's read-only members of `property`, and its writable
            // `__doc__`.
            (Payload::Property(_), "fget" | "fset" | "fdel") => {
                return Err(self.error(ExceptionClass::AttributeError, "readonly attribute"));
            }
            (Payload::Property(property), "__doc__") => {
                property.doc.set(new);
                return Ok(());
            }
            (Payload::Generator(_), _) => {
                if let Some(done) = self.generator_set_attr(object, text, Some(new)) {
                    return done;
                }
            }
            (Payload::Frame(_), _) => {
                if let Some(done) = self.frame_set_attr(object, text, Some(new)) {
                    return done;
                }
            }
            (Payload::Exception(data), "value")
                if self.is_exception(value, ExceptionClass::StopIteration) =>
            {
                data.extra.set(new);
                return Ok(());
            }
            // CPython's member descriptors of `BaseExceptionGroup`.
            (Payload::Exception(_), "message" | "exceptions") if self.is_exception_group(value) => {
                return Err(self.error(ExceptionClass::AttributeError, "readonly attribute"));
            }
            (Payload::Exception(data), "__traceback__") => {
                if !new.is_none() && !matches!(new.payload(), Some(Payload::Traceback(_))) {
                    return Err(self.type_error("__traceback__ must be a traceback or None"));
                }
                data.traceback.set(new);
                return Ok(());
            }
            (Payload::Exception(data), "__cause__") => {
                if !new.is_none() && !matches!(new.payload(), Some(Payload::Exception(_))) {
                    return Err(self
                        .type_error("exception cause must be None or derive from BaseException"));
                }
                data.cause.set(new);
                data.suppress_context.set(true);
                return Ok(());
            }
            (Payload::Exception(data), "__context__") => {
                if !new.is_none() && !matches!(new.payload(), Some(Payload::Exception(_))) {
                    return Err(self.type_error(
                        "exception context must be None or derive from BaseException",
                    ));
                }
                data.context.set(new);
                return Ok(());
            }
            (Payload::Exception(data), "__suppress_context__") => {
                // A `T_BOOL` member in CPython: only a bool.
                let Value::Bool(flag) = new else {
                    return Err(self.type_error("attribute value type must be bool"));
                };
                data.suppress_context.set(flag.get());
                return Ok(());
            }
            (Payload::Exception(data), "args") => {
                let items = self.collect_iterable(new)?;
                data.args.set(Value::Obj(self.new_tuple(items)));
                return Ok(());
            }
            (Payload::Type(data), _) => {
                if !data.is_user_class {
                    let type_name = data.name.borrow().clone();
                    return Err(self.type_error(format!(
                        "cannot set '{text}' attribute of immutable type '{type_name}'"
                    )));
                }
                match text {
                    "__del__" => self.note_finalizer(object),
                    "__new__" => keep_new_slot(object),
                    _ => {}
                }
                self.touch_type(object);
                if self.set_type_special(object, text, Some(new))? {
                    return Ok(());
                }
            }
            _ => {}
        }
        if !self.has_instance_dict(object) && !matches!(object.payload, Payload::Type(_)) {
            return Err(self.readonly_attribute(value, name));
        }
        let dict = self.instance_dict(object);
        let index = self.dict_set_str(dict, name, new);
        note_instance_attributes(object.class(), index + 1);
        Ok(())
    }

    /// The dict of `object`, made on first use with room for as many
    /// attributes as its class's instances have had (up to
    /// [`INSTANCE_DICT_ROOM`]).
    pub(crate) fn instance_dict(&mut self, object: ObjRef) -> ObjRef {
        if let Some(dict) = object.dict() {
            return dict;
        }
        let room = object
            .class()
            .as_type()
            .map_or(0, |data| data.instance_attributes.get() as usize);
        let class = self.types.dict;
        let dict = self.alloc_with(class, || {
            Payload::Dict(Box::new(std::cell::RefCell::new(
                crate::objects::dict::Dict::with_capacity(room),
            )))
        });
        object.set_dict(dict);
        dict
    }

    /// Marks a class (and so its subclasses' lookups) as changed.
    pub(crate) fn touch_type(&mut self, class: ObjRef) {
        if let Some(data) = class.as_type() {
            data.version.set(data.version.get().wrapping_add(1));
        }
        self.type_cache.invalidate();
    }

    /// Assignment through a data descriptor of the class; `None` if `attr`
    /// is not one.
    fn set_through_descriptor(
        &mut self,
        attr: Value,
        instance: Value,
        new: Value,
    ) -> PyResult<Option<()>> {
        let Value::Obj(object) = attr else {
            return Ok(None);
        };
        match &object.payload {
            Payload::Member(member) => {
                self.member_set(member, instance, Some(new))?;
                Ok(Some(()))
            }
            Payload::Property(property) if !self.overrides_dunder(object, "__set__") => {
                self.property_set(property, instance, Some(new))?;
                Ok(Some(()))
            }
            _ => match self.user_class(object) {
                Some(class) => {
                    let set = self.names.__set__;
                    match self.lookup_user(class, set) {
                        Some(method) => {
                            self.call_method_value(method, attr, &[instance, new])?;
                            Ok(Some(()))
                        }
                        None => {
                            // Only `__delete__`: the descriptor takes stores
                            // too, and has no method for them.
                            let delete = self.intern("__delete__");
                            if self.lookup_user(class, delete).is_some() {
                                return Err(self.error(ExceptionClass::AttributeError, "__set__"));
                            }
                            Ok(None)
                        }
                    }
                }
                None => Ok(None),
            },
        }
    }

    /// The error for assigning or deleting `name` on an object without an
    /// instance dict: read-only when its class has the attribute, else
    /// missing (CPython's `_PyObject_GenericSetAttrWithDict`).
    fn readonly_attribute(&mut self, value: Value, name: ObjRef) -> crate::vm::PyErr {
        let attribute = name.as_str().expect("str").as_str().to_owned();
        let type_name = self.type_name(value);
        let class = self.type_of(value);
        let message = if self.lookup_type(class, name).is_some() {
            format!("'{type_name}' object attribute '{attribute}' is read-only")
        } else {
            format!("'{type_name}' object has no attribute '{attribute}'")
        };
        self.error(ExceptionClass::AttributeError, message)
    }

    /// `delattr(value, name)`.
    pub fn del_attr(&mut self, value: Value, name: ObjRef) -> PyResult<()> {
        if let Some(object) = value.as_object() {
            if let Some(user) = self.user_class(object) {
                let hook = self.names.__delattr__;
                if let Some(method) = self.lookup_user(user, hook) {
                    self.call_method_value(method, value, &[Value::Obj(name)])?;
                    return Ok(());
                }
            }
        }
        self.generic_del_attr(value, name)
    }

    /// `object.__delattr__(value, name)`, ignoring a class's
    /// `__delattr__`.
    pub(crate) fn generic_del_attr(&mut self, value: Value, name: ObjRef) -> PyResult<()> {
        if name == self.names.__class__ {
            return Err(self.type_error("can't delete __class__ attribute"));
        }
        if self.lookup_type(self.type_of(value), name).is_none() {
            if let Some(error) = self.number_attr_readonly(value, name) {
                return Err(error);
            }
        }
        if let Some(object) = value.as_object() {
            let class = self.type_of(value);
            if let Some(attr) = self.lookup_type(class, name) {
                if let Some(Payload::Member(member)) = attr.payload() {
                    return self.member_set(member, value, None);
                }
                if let Some(Payload::Property(property)) = attr.payload() {
                    let overridden = attr
                        .as_object()
                        .is_some_and(|a| self.overrides_dunder(a, "__delete__"));
                    if !overridden {
                        return self.property_set(property, value, None);
                    }
                }
                // A user descriptor with `__delete__` decides; one with
                // only `__set__` takes deletions too, and fails them.
                if let Some(descriptor_class) = attr.as_object().and_then(|a| self.user_class(a)) {
                    let delete = self.intern("__delete__");
                    if let Some(method) = self.lookup_user(descriptor_class, delete) {
                        self.call_method_value(method, attr, &[value])?;
                        return Ok(());
                    }
                    let set = self.names.__set__;
                    if self.lookup_user(descriptor_class, set).is_some() {
                        return Err(self.error(ExceptionClass::AttributeError, "__delete__"));
                    }
                }
            }
            if let Payload::Type(data) = &object.payload {
                self.touch_type(object);
                let text = name.as_str().expect("str").as_str();
                if !data.is_user_class {
                    let type_name = data.name.borrow().clone();
                    return Err(self.type_error(format!(
                        "cannot set '{text}' attribute of immutable type '{type_name}'"
                    )));
                }
                if text == "__new__" {
                    keep_new_slot(object);
                }
                if self.set_type_special(object, text, None)? {
                    return Ok(());
                }
            }
            if name == self.names.__dict__ && self.replaceable_dict(object) {
                if let Payload::Function(_) = object.payload {
                    return Err(self.type_error("cannot delete __dict__"));
                }
                // Forgotten: the next use makes a new empty one.
                let dict = self.new_dict();
                object.set_dict(dict);
                return Ok(());
            }
            let text = name.as_str().expect("str").as_str();
            if let Some(done) = self.generator_set_attr(object, text, None) {
                return done;
            }
            if let Some(done) = self.frame_set_attr(object, text, None) {
                return done;
            }
            match &object.payload {
                Payload::Function(function) => {
                    if let Some(done) = self.function_set_attr(function, text, None) {
                        return done;
                    }
                }
                Payload::Method { .. } => return Err(self.method_set_attr_error(value, text)),
                Payload::Builtin(_) => {
                    if let Some(error) = self.builtin_set_attr_error(value, text) {
                        return Err(error);
                    }
                }
                _ => {}
            }
            if matches!(text, "message" | "exceptions") && self.is_exception_group(value) {
                return Err(self.error(ExceptionClass::AttributeError, "readonly attribute"));
            }
            if let Some(dict) = object.dict() {
                if self.dict_remove(dict, Value::Obj(name))?.is_some() {
                    return Ok(());
                }
            }
            match &object.payload {
                Payload::Module(_) if name == self.names.__dict__ => {
                    return Err(self.error(ExceptionClass::AttributeError, "readonly attribute"));
                }
                // Not `module 'm' has no attribute 'x'`: deletion takes
                // CPython's generic path.
                Payload::Module(_) => {
                    let type_name = self.type_name(value);
                    let message = format!("'{type_name}' object has no attribute '{text}'");
                    return Err(self.error(ExceptionClass::AttributeError, message));
                }
                Payload::Type(_) => return Err(self.attribute_error(value, name)),
                _ if self.has_instance_dict(object) => {
                    return Err(self.attribute_error(value, name))
                }
                _ => {}
            }
        }
        Err(self.readonly_attribute(value, name))
    }

    /// For `LoadMethod`: the method found on the type, unbound when it is
    /// a plain function or built-in method (no bound-method object is
    /// made), otherwise the attribute as `getattr` gives it.
    pub(crate) fn load_method(&mut self, value: Value, name: ObjRef) -> PyResult<MethodLookup> {
        let class = self.type_of(value);
        // `super().method(…)`: the function and the instance, with no bound
        // method made, as CPython 3.12's `LOAD_SUPER_ATTR`.
        if let Some(Payload::Super(parts)) = value.payload().filter(|_| !super_computes(name)) {
            let [start, instance] = *parts;
            if let Some(function) = self.super_method(start, instance, name) {
                return Ok(MethodLookup::Unbound {
                    function,
                    receiver: instance,
                });
            }
        }
        // Types and `super()` objects find attributes in MROs other than
        // their type's.
        let own_lookup = matches!(value.payload(), Some(Payload::Type(_) | Payload::Super(_)))
            || value
                .as_object()
                .is_some_and(|o| self.overrides_getattribute(o));
        if !own_lookup {
            if let Some(attr) = self.lookup_type(class, name) {
                let shadowed = value
                    .object()
                    .and_then(|o| o.dict())
                    .is_some_and(|dict| self.dict_get_str(dict, name).is_some());
                if is_plain_method(attr) && !shadowed {
                    return Ok(MethodLookup::Unbound {
                        function: attr,
                        receiver: value,
                    });
                }
            }
        }
        self.get_attr(value, name).map(MethodLookup::Bound)
    }
}

/// Whether `super` objects compute the attribute `name` themselves (see
/// [`Vm::special_attr`]) instead of finding it in the MRO.
fn super_computes(name: ObjRef) -> bool {
    name.as_str().is_some_and(|text| {
        matches!(
            text.as_str(),
            "__class__" | "__dict__" | "__thisclass__" | "__self__" | "__self_class__"
        )
    })
}

/// Whether a name is a dunder (`__x__`-style), which the built-in objects
/// may compute instead of storing.
pub(crate) fn is_special_name(name: ObjRef) -> bool {
    name.as_str()
        .is_some_and(|text| text.as_str().starts_with("__"))
}

/// Whether a class attribute is a method called with its object first and
/// never bound otherwise: a Python function or an unbound built-in method.
pub(crate) fn is_plain_method(attr: Value) -> bool {
    match attr.payload() {
        Some(Payload::Function(_)) => true,
        Some(Payload::Builtin(builtin)) => {
            builtin.kind == BuiltinKind::Method && builtin.receiver.is_null()
        }
        _ => false,
    }
}

/// Whether a class attribute is plain data: never a descriptor, so an
/// instance's own attribute of the same name wins and reading it binds
/// nothing. An instance of a user subclass (of `str`, say) may define
/// `__get__`.
pub(crate) fn is_plain_data(attr: Value) -> bool {
    let Some(object) = attr.as_object() else {
        return true;
    };
    let of_builtin_type = object
        .class()
        .as_type()
        .is_some_and(|data| !data.is_user_class);
    of_builtin_type
        && matches!(
            object.payload,
            Payload::Str(_)
                | Payload::Int(_)
                | Payload::Tuple(_)
                | Payload::List(_)
                | Payload::Dict(_)
                | Payload::Set(_)
                | Payload::Bytes(_)
        )
}

/// What a `method-wrapper` for `__call__` runs: its callable (first, as
/// the receiver) called with the rest of the arguments.
fn call_bound(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some((&callable, rest)) = args.positional.split_first() else {
        return Err(vm.type_error("__call__ needs its callable"));
    };
    vm.call(
        callable,
        Args {
            positional: rest,
            ..args
        },
    )
}

/// `__new__` was set or deleted on `class`: it and its subclasses keep
/// CPython's `slot_tp_new` from now on (see [`TypeData::new_slot_kept`]).
///
/// [`TypeData::new_slot_kept`]: crate::objects::type_::TypeData::new_slot_kept
fn keep_new_slot(class: ObjRef) {
    crate::objects::type_::for_class_and_subclasses(class, |data| data.new_slot_kept.set(true));
}
