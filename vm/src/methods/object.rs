//! Methods of `object` and `BaseException`.

use crate::exception_class::ExceptionClass;
use crate::object::Payload;
use crate::objects::function::{Args, Builtin, BuiltinKind};
use crate::objects::type_::Layout;
use crate::ops::fast_call::CallShortcut;
use crate::value::{ObjRef, Value};
use crate::vm::{type_name_of, PyResult, Vm};

use super::Methods;

/// `object`'s methods.
pub(crate) const METHODS: Methods = &[
    ("__init__", init, BuiltinKind::Method),
    ("__subclasshook__", subclasshook, BuiltinKind::ClassMethod),
    ("__repr__", repr, BuiltinKind::Method),
    ("__str__", str, BuiltinKind::Method),
    ("__sizeof__", sizeof, BuiltinKind::Method),
];

/// `object.__sizeof__(self)`
fn sizeof(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let value = vm.one_arg("__sizeof__", &args)?;
    Ok(Value::Int(vm.basic_size(value) as i64))
}

/// `object`'s computed attributes.
pub(crate) const PROPERTIES: &[(&str, crate::objects::function::NativeFn)] =
    &[("__class__", class_of)];

/// `object.__class__`: the type of the object (read through
/// the attribute lookup's own shortcut unless a class defines its own
/// `__class__`).
fn class_of(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let object = vm.exactly_one("__class__", args.positional)?;
    Ok(Value::Obj(vm.type_of(object)))
}

/// `type`'s methods.
pub(crate) const TYPE_METHODS: Methods = &[
    ("__call__", type_call, BuiltinKind::Method),
    ("__init__", type_init, BuiltinKind::Method),
    ("__prepare__", prepare, BuiltinKind::ClassMethod),
    ("mro", mro, BuiltinKind::Method),
    ("__subclasses__", subclasses, BuiltinKind::Method),
    ("__instancecheck__", instancecheck, BuiltinKind::Method),
    ("__subclasscheck__", subclasscheck, BuiltinKind::Method),
];

/// `BaseException`'s methods.
pub(crate) const EXCEPTION_METHODS: Methods = &[
    ("__init__", exception_init, BuiltinKind::Method),
    ("__str__", exception_str, BuiltinKind::Method),
    ("with_traceback", with_traceback, BuiltinKind::Method),
    ("add_note", add_note, BuiltinKind::Method),
];

/// `BaseExceptionGroup`'s methods.
pub(crate) const EXCEPTION_GROUP_METHODS: Methods = &[
    ("split", group_split, BuiltinKind::Method),
    ("subgroup", group_subgroup, BuiltinKind::Method),
    ("derive", group_derive, BuiltinKind::Method),
];

/// The group a method of `BaseExceptionGroup` is called on, and its one
/// argument.
fn group_and_one(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<(ObjRef, Value)> {
    vm.no_keywords(format_args!("BaseExceptionGroup.{name}"), args)?;
    let (group, rest) = vm.method_receiver(args, "BaseExceptionGroup", name, is_group)?;
    let argument = vm.exactly_one(format_args!("BaseExceptionGroup.{name}"), rest)?;
    Ok((group.as_object().expect("checked"), argument))
}

/// Whether `value` holds sub-exceptions (an exception group).
fn is_group(value: Value) -> bool {
    value
        .object()
        .and_then(|o| o.as_exception())
        .is_some_and(|data| {
            data.extra
                .get()
                .object()
                .is_some_and(|e| e.as_tuple().is_some())
        })
}

/// `group.split(condition)`: `(match, rest)`.
fn group_split(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (group, condition) = group_and_one(vm, &args, "split")?;
    let (matched, rest) = vm.exception_group_split(group, condition)?;
    Ok(Value::Obj(vm.new_tuple(vec![matched, rest])))
}

/// `group.subgroup(condition)`.
fn group_subgroup(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (group, condition) = group_and_one(vm, &args, "subgroup")?;
    vm.exception_group_subgroup(group, condition)
}

/// `group.derive(exceptions)`: a new group of `exceptions` with this
/// one's message.
fn group_derive(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (group, exceptions) = group_and_one(vm, &args, "derive")?;
    let message = vm
        .exception_group_attr(group, "message")
        .unwrap_or(Value::None);
    let class = vm.exception_type(ExceptionClass::BaseExceptionGroup);
    vm.call_function(Value::Obj(class), &[message, exceptions])
}

/// The built-in types with a `__new__` of their own, which
/// [`install_new`] puts in their dicts, with their names.
fn types_with_new(vm: &Vm) -> Vec<(ObjRef, &'static str)> {
    let t = &vm.types;
    vec![
        (t.object, "object"),
        (t.type_, "type"),
        (t.none, "NoneType"),
        (t.int, "int"),
        (t.bool, "bool"),
        (t.float, "float"),
        (t.complex, "complex"),
        (t.str, "str"),
        (t.bytes, "bytes"),
        (t.bytearray, "bytearray"),
        (t.memoryview, "memoryview"),
        (t.tuple, "tuple"),
        (t.list, "list"),
        (t.dict, "dict"),
        (t.set, "set"),
        (t.frozenset, "frozenset"),
        (t.range, "range"),
        (t.slice, "slice"),
        (t.property, "property"),
        (t.staticmethod, "staticmethod"),
        (t.classmethod, "classmethod"),
        (t.enumerate, "enumerate"),
        (t.zip, "zip"),
        (t.map, "map"),
        (t.filter, "filter"),
        (t.reversed, "reversed"),
        (t.super_, "super"),
        (t.weakref, "ReferenceType"),
        (t.random, "Random"),
        (t.string_io, "StringIO"),
    ]
}

/// Puts `T.__new__` into the dict of each built-in type `T` that makes
/// its own instances: a built-in bound to `T`, as CPython's
/// `tp_new_wrapper` is, so that it knows which type it belongs to.
pub(crate) fn install_new(vm: &mut Vm) {
    for (class, owner) in types_with_new(vm) {
        let wrapper = Builtin {
            name: "__new__",
            owner: Some(owner),
            function: new,
            kind: BuiltinKind::StaticMethod,
            receiver: Value::Obj(class),
            module: Value::Null,
            shortcut: CallShortcut::of(new),
        };
        let builtin_type = vm.types.builtin_function;
        let wrapper = vm.alloc(builtin_type, Payload::Builtin(Box::new(wrapper)));
        let key = vm.names.__new__;
        let dict = class.dict().expect("a built-in type has a dict");
        vm.dict_set_str(dict, key, Value::Obj(wrapper));
    }
}

/// The built-in type whose `__new__` makes instances of `class` (the one
/// [`install_new`] bound to it), or `None` when a class overrides
/// `__new__` (CPython's `tp_new` being `slot_tp_new`).
///
/// The exception classes each have a `__new__` of their own, but most
/// share CPython's one C function: they stand for the class of their
/// family whose function it is.
fn constructor(vm: &mut Vm, class: ObjRef) -> Option<ObjRef> {
    let key = vm.names.__new__;
    let owner = match vm.lookup_type(class, key)?.payload() {
        Some(Payload::Builtin(builtin)) => builtin.receiver.as_object()?,
        _ => return None,
    };
    if owner.as_type()?.layout == Layout::Exception {
        let family = exception_new_family(vm, owner);
        return Some(vm.exception_type(family));
    }
    Some(owner)
}

/// The class `owner.__new__(cls, *rest)` is asked to make an instance
/// of, with the rest of the arguments: `cls` must be a subtype of `owner`
/// (CPython's `tp_new_wrapper` checks).
fn new_subtype<'a>(
    vm: &mut Vm,
    owner: ObjRef,
    args: &'a [Value],
) -> PyResult<(ObjRef, &'a [Value])> {
    let owner_name = type_name_of(owner);
    let Some((&cls, rest)) = args.split_first() else {
        return Err(vm.type_error(format!("{owner_name}.__new__(): not enough arguments")));
    };
    let Some(class) = cls.as_object().filter(|c| c.as_type().is_some()) else {
        let name = vm.type_name(cls);
        return Err(vm.type_error(format!(
            "{owner_name}.__new__(X): X is not a type object ({name})"
        )));
    };
    if !vm.is_subtype(class, owner) {
        let class_name = type_name_of(class);
        return Err(vm.type_error(format!(
            "{owner_name}.__new__({class_name}): {class_name} is not a subtype of {owner_name}"
        )));
    }
    Ok((class, rest))
}

/// `T.__new__(cls, *args)` for the built-in type `T` it is bound to: `cls`
/// must be a subtype of `T` whose nearest built-in constructor is `T`'s
/// (CPython's `tp_new_wrapper`); the instance is made as `cls`'s
/// built-in base makes them (`int.__new__(MyInt, 5)`).
fn new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some((owner, rest)) = args
        .positional
        .split_first()
        .and_then(|(owner, rest)| Some((owner.as_object()?, rest)))
    else {
        return Err(vm.type_error("__new__(): not enough arguments"));
    };
    let owner_name = type_name_of(owner);
    let (class, rest) = new_subtype(vm, owner, rest)?;
    let class_name = type_name_of(class);
    // `object.__new__(dict)` would make a dict without its payload: the
    // nearest class along `__base__` whose `__new__` is built in must be
    // made by this one.
    let own_constructor = constructor(vm, class);
    let mut static_base = class;
    let mut static_constructor = own_constructor;
    while static_constructor.is_none() {
        match static_base.as_type().and_then(|data| data.base.get()) {
            Some(base) => {
                static_base = base;
                static_constructor = constructor(vm, base);
            }
            None => break,
        }
    }
    if static_constructor.is_some_and(|found| found != owner) {
        let static_name = type_name_of(static_base);
        return Err(vm.type_error(format!(
            "{owner_name}.__new__({class_name}) is not safe, use {static_name}.__new__()"
        )));
    }
    let rest = Args {
        positional: rest,
        ..args
    };
    if owner == vm.types.object {
        vm.check_object_new_arguments(class, own_constructor.is_none(), &rest)?;
    }
    let data = class.as_type().expect("checked");
    if !data.is_user_class {
        return vm.construct_builtin(class, rest);
    }
    match data.layout {
        Layout::Exception => vm.new_exception_instance(class, rest),
        Layout::Builtin => vm.new_builtin_subclass_instance(class, rest),
        Layout::Type => vm.type_new(class, rest),
        Layout::Object => Ok(Value::Obj(vm.new_plain_instance(class))),
    }
}

/// `type.__call__(cls, *args, **kwargs)`: `__new__` then `__init__`
/// (what `super().__call__(...)` in a metaclass reaches).
fn type_call(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some((&class, rest)) = args.positional.split_first() else {
        return Err(vm.slot_mismatch("__call__", "type", None));
    };
    let Some(class) = class.as_object().filter(|c| c.as_type().is_some()) else {
        return Err(vm.slot_mismatch("__call__", "type", Some(class)));
    };
    vm.call_type(
        class,
        Args {
            positional: rest,
            ..args
        },
    )
}

/// `object.__subclasshook__(subclass)`: `NotImplemented`, leaving
/// `issubclass` to the usual rules (a hook of `abc`'s classes).
fn subclasshook(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::NotImplemented)
}

/// `type.__init__(cls, name, bases, dict)` or `type.__init__(cls, x)`:
/// the class is made by `__new__`, so only the arguments are checked, as
/// CPython's `type_init`.
fn type_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, rest) = vm.method_receiver(&args, "type", "__init__", |c| {
        c.object().is_some_and(|c| c.as_type().is_some())
    })?;
    if rest.len() == 1 && args.has_keywords() {
        return Err(vm.type_error("type.__init__() takes no keyword arguments"));
    }
    if rest.len() != 1 && rest.len() != 3 {
        return Err(vm.type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(Value::None)
}

/// `type.__prepare__(name, bases, **kwds)`: the namespace a class body
/// runs in, a new dict whatever the arguments.
fn prepare(vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Obj(vm.new_dict()))
}

/// `type.mro(cls)`: the C3 method resolution order of a class from its
/// bases, as a list.
fn mro(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (class, _) = vm.method_receiver(&args, "type", "mro", |c| {
        c.object().is_some_and(|c| c.as_type().is_some())
    })?;
    let class = class.as_object().expect("checked");
    let items: Vec<Value> = if class.as_type().is_some_and(|data| data.is_user_class) {
        vm.default_mro(class)?.into_iter().map(Value::Obj).collect()
    } else {
        let data = class.as_type().expect("checked");
        data.mro.borrow().iter().map(|&c| Value::Obj(c)).collect()
    };
    Ok(Value::Obj(vm.new_list(items)))
}

/// `type.__subclasses__(cls)`: the live classes that name `cls` among
/// their bases, oldest first.
fn subclasses(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (class, _) = vm.method_receiver(&args, "type", "__subclasses__", |c| {
        c.object().is_some_and(|c| c.as_type().is_some())
    })?;
    let data = class.object().and_then(|c| c.as_type()).expect("checked");
    if args.positional.len() > 1 || args.has_keywords() {
        // CPython names the method by the class it is bound to.
        let given = args.positional.len() - 1 + args.keyword_values.len();
        let name = data.name.borrow().clone();
        return Err(vm.type_error(format!(
            "{name}.__subclasses__() takes no arguments ({given} given)"
        )));
    }
    let items: Vec<Value> = data
        .subclasses
        .borrow()
        .iter()
        .map(|&c| Value::Obj(c))
        .collect();
    Ok(Value::Obj(vm.new_list(items)))
}

/// `type.__instancecheck__(cls, instance)`: whether `instance` is an
/// instance of `cls` or of a subclass, by their types alone (what a
/// metaclass's own `__instancecheck__` falls back on).
fn instancecheck(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let class = type_receiver(vm, &args, "__instancecheck__")?;
    Ok(Value::bool(vm.real_is_instance(args.positional[1], class)?))
}

/// `type.__subclasscheck__(cls, subclass)`: whether `subclass` is `cls`
/// or has it in its MRO.
fn subclasscheck(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let class = type_receiver(vm, &args, "__subclasscheck__")?;
    let Some(derived) = args.positional[1]
        .as_object()
        .filter(|c| c.as_type().is_some())
    else {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    };
    Ok(Value::bool(vm.is_subtype(derived, class)))
}

/// The class a one-argument method of `type` is called on.
fn type_receiver(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<crate::value::ObjRef> {
    let (class, rest) = vm.method_receiver(args, "type", name, |c| {
        c.object().is_some_and(|c| c.as_type().is_some())
    })?;
    vm.no_keywords(format!("type.{name}"), args)?;
    if rest.len() != 1 {
        return Err(vm.type_error(format!(
            "type.{name}() takes exactly one argument ({} given)",
            rest.len()
        )));
    }
    Ok(class.as_object().expect("checked"))
}

/// `object.__init__(self)`: extra arguments are an error unless the
/// class overrides `__new__` but not `__init__` (CPython's `object_init`).
fn init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some((&instance, rest)) = args.positional.split_first() else {
        return Err(vm.type_error("descriptor '__init__' of 'object' object needs an argument"));
    };
    // Built-in bases (`str`, `int`…) take their arguments in `__new__`.
    let plain = matches!(instance.payload(), Some(Payload::Instance(_)));
    if !plain || (rest.is_empty() && !args.has_keywords()) {
        return Ok(Value::None);
    }
    let class = vm.type_of(instance);
    let (init_name, new_name) = (vm.names.__init__, vm.names.__new__);
    let type_name = if vm.lookup_user(class, init_name).is_some() {
        "object".to_owned()
    } else if vm.lookup_user(class, new_name).is_none() {
        vm.type_name(instance)
    } else {
        return Ok(Value::None);
    };
    Err(vm.type_error(format!(
        "{type_name}.__init__() takes exactly one argument (the instance to initialize)"
    )))
}

/// `object.__repr__`, which also stands for the built-in types' own
/// (`list.__repr__`…): the built-in repr, ignoring a subclass's.
fn repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let value = args.positional.first().copied().unwrap_or(Value::None);
    let text = vm.repr_text(value)?;
    Ok(vm.str_value(&text))
}

fn str(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let value = args.positional.first().copied().unwrap_or(Value::None);
    Ok(Value::Obj(vm.repr(value)?))
}

/// `X.__new__(S, *args)` for a built-in exception class `X` (bound to
/// it, so it comes first): a new instance of `S`, which must derive from
/// `X` and be made by the same `__new__` (CPython's `tp_new_wrapper`
/// over `BaseException_new`).
pub(super) fn exception_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some((owner, rest)) = args
        .positional
        .split_first()
        .and_then(|(owner, rest)| Some((owner.as_object()?, rest)))
        .filter(|(owner, _)| owner.as_type().is_some())
    else {
        return Err(vm.type_error("BaseException.__new__(): not enough arguments"));
    };
    let owner_name = type_name_of(owner);
    let (subclass, rest) = new_subtype(vm, owner, rest)?;
    let sub_name = type_name_of(subclass);
    // The first class up from `S` whose `__new__` is not written in
    // Python makes its instances; it must be made as `X`'s are.
    let new_name = vm.names.__new__;
    let mro = subclass
        .as_type()
        .map(|d| d.mro.borrow().clone())
        .unwrap_or_default();
    let static_base = mro
        .into_iter()
        .find(|base| {
            let own_new = base
                .dict()
                .and_then(|dict| vm.dict_get_str(dict, new_name))
                .and_then(|new| new.as_object())
                .is_some_and(|new| !matches!(new.payload, Payload::Builtin(_)));
            !own_new
        })
        .unwrap_or(subclass);
    if exception_new_family(vm, static_base) != exception_new_family(vm, owner) {
        let base_name = type_name_of(static_base);
        return Err(vm.type_error(format!(
            "{owner_name}.__new__({sub_name}) is not safe, use {base_name}.__new__()"
        )));
    }
    // `BaseException.__new__` ignores keywords; `__init__` checks them.
    vm.new_exception_instance(subclass, Args::positional(rest))
}

/// Which of CPython's exception `__new__` functions makes instances of
/// `class`: `OSError`'s, `BaseExceptionGroup`'s or `BaseException`'s.
fn exception_new_family(vm: &mut Vm, class: ObjRef) -> ExceptionClass {
    [ExceptionClass::OSError, ExceptionClass::BaseExceptionGroup]
        .into_iter()
        .find(|&family| {
            let family = vm.exception_type(family);
            vm.is_subtype(class, family)
        })
        .unwrap_or(ExceptionClass::BaseException)
}

/// `BaseException.__init__(self, *args)`: sets `args`.
fn exception_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some((&exception, rest)) = args.positional.split_first() else {
        return Err(
            vm.type_error("descriptor '__init__' of 'BaseException' object needs an argument")
        );
    };
    if vm.is_exception(exception, ExceptionClass::ImportError) {
        let rest_args = Args {
            positional: rest,
            ..args
        };
        vm.import_error_init(exception, &rest_args)?;
    } else if let Some(object) = exception.as_object().filter(|_| {
        vm.is_exception(exception, ExceptionClass::AttributeError)
            || vm.is_exception(exception, ExceptionClass::NameError)
    }) {
        let rest_args = Args {
            positional: rest,
            ..args
        };
        vm.name_error_init(object, &rest_args)?;
    } else if args.has_keywords() {
        let name = vm.type_name(exception);
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    if let Some(object) = exception.as_object() {
        vm.set_exception_args(object, rest);
        if vm.is_exception(exception, ExceptionClass::SyntaxError) {
            vm.syntax_error_init(object, rest)?;
        }
        vm.unicode_error_init(object, rest)?;
    }
    Ok(Value::None)
}

/// `BaseException.__str__(self)`.
fn exception_str(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match args.positional {
        [Value::Obj(exception), ..] if exception.as_exception().is_some() => {
            Ok(Value::Obj(vm.exception_str(*exception)?))
        }
        _ => Err(vm.type_error(
            "descriptor '__str__' requires a 'BaseException' object but received another",
        )),
    }
}

/// The receiver of a `BaseException` method and its one argument.
fn exception_and_one(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<(Value, Value)> {
    vm.no_keywords(format_args!("BaseException.{name}"), args)?;
    let (exception, rest) = vm.method_receiver(args, "BaseException", name, |v| {
        v.object().is_some_and(|o| o.as_exception().is_some())
    })?;
    let argument = vm.exactly_one(format_args!("BaseException.{name}"), rest)?;
    Ok((exception, argument))
}

fn with_traceback(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (exception, traceback) = exception_and_one(vm, &args, "with_traceback")?;
    if !traceback.is_none() && !matches!(traceback.payload(), Some(Payload::Traceback(_))) {
        return Err(vm.type_error("__traceback__ must be a traceback or None"));
    }
    if let Some(data) = exception.object().and_then(|e| e.as_exception()) {
        data.traceback.set(traceback);
    }
    Ok(exception)
}

fn add_note(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (exception, note) = exception_and_one(vm, &args, "add_note")?;
    if !matches!(note.payload(), Some(Payload::Str(_))) {
        let name = vm.type_name(note);
        return Err(vm.type_error(format!("note must be a str, not '{name}'")));
    }
    let notes_name = vm.intern("__notes__");
    let notes = match vm.find_attr(exception, notes_name)? {
        Some(notes) => notes,
        None => {
            let list = Value::Obj(vm.new_list(Vec::new()));
            vm.set_attr(exception, notes_name, list)?;
            list
        }
    };
    match notes.object().and_then(|n| n.as_list()) {
        Some(list) => list.borrow_mut().push(note),
        None => return Err(vm.type_error("Cannot add note: __notes__ is not a list")),
    }
    Ok(Value::None)
}
