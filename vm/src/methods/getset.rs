//! The `__dict__` and `__weakref__` descriptors a class gets in its dict
//! when it is the first of its hierarchy whose instances have them
//! (CPython's `subtype_getsets`). Each is a `getset_descriptor`: a
//! property whose accessors are written in Rust and bound to the class,
//! which its repr names.

use crate::exception_class::ExceptionClass;
use crate::object::Payload;
use crate::objects::function::{Args, Builtin, BuiltinKind, NativeFn};
use crate::objects::property::Property;
use crate::objects::type_::Layout;
use crate::ops::fast_call::CallShortcut;
use crate::value::{ObjRef, Value};
use crate::vm::{type_name_of, PyResult, Vm};

use super::Methods;

/// `getset_descriptor`'s methods.
pub(crate) const METHODS: Methods = &[
    ("__get__", get, BuiltinKind::Method),
    ("__set__", set, BuiltinKind::Method),
    ("__delete__", delete, BuiltinKind::Method),
];

/// The accessors of the receiving `getset_descriptor` and the arguments
/// after it.
fn receiver<'a>(
    vm: &mut Vm,
    args: &Args<'a>,
    name: &str,
    count: usize,
) -> PyResult<([Value; 3], &'a [Value])> {
    vm.no_keywords(name, args)?;
    let getset_type = vm.types.getset_descriptor;
    let (getset, rest) = vm.method_receiver(args, "getset_descriptor", name, |g| {
        g.as_object().is_some_and(|g| g.class() == getset_type)
    })?;
    vm.check_positional(name, rest, count, count.max(2))?;
    let Some(Payload::Property(accessors)) = getset.payload() else {
        unreachable!("checked by method_receiver")
    };
    Ok((
        [
            accessors.fget.get(),
            accessors.fset.get(),
            accessors.fdel.get(),
        ],
        rest,
    ))
}

/// `getset.__get__(obj, type=None)`: the attribute of `obj`, or the
/// descriptor itself for `None`.
fn get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let ([fget, ..], rest) = receiver(vm, &args, "__get__", 1)?;
    if rest[0].is_none() {
        return Ok(args.positional[0]);
    }
    vm.call_function(fget, &rest[..1])
}

/// `getset.__set__(obj, value)`
fn set(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let ([_, fset, _], rest) = receiver(vm, &args, "__set__", 2)?;
    vm.call_function(fset, rest)
}

/// `getset.__delete__(obj)`
fn delete(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let ([.., fdel], rest) = receiver(vm, &args, "__delete__", 1)?;
    vm.call_function(fdel, &rest[..1])
}

impl Vm {
    /// Adds the `__dict__` and `__weakref__` descriptors to the dict of a
    /// new class whose instances get them and whose bases' do not.
    pub(crate) fn add_instance_getsets(&mut self, class: ObjRef, dict: ObjRef) {
        let data = class.as_type().expect("a type");
        let bases = data.bases.borrow().clone();
        let adds_dict = self.class_has_instance_dict(class)
            && !bases.iter().any(|&base| self.instances_have_dict(base));
        let adds_weakref =
            self.weakrefable(class) && !bases.iter().any(|&base| self.weakrefable(base));
        if adds_dict {
            let accessors: [NativeFn; 3] = [dict_get, dict_set, dict_delete];
            let doc = "dictionary for instance variables (if defined)";
            self.add_getset(class, dict, "__dict__", accessors, doc);
        }
        if adds_weakref {
            let accessors: [NativeFn; 3] = [weakref_get, weakref_set, weakref_set];
            let doc = "list of weak references to the object (if defined)";
            self.add_getset(class, dict, "__weakref__", accessors, doc);
        }
    }

    /// Whether instances of `class` have a `__dict__`: those of a user
    /// class without `__slots__` (or with `__dict__` in them), and of the
    /// exception classes.
    pub(crate) fn instances_have_dict(&self, class: ObjRef) -> bool {
        match class.as_type() {
            Some(data) if data.is_user_class => self.class_has_instance_dict(class),
            Some(data) => data.layout == Layout::Exception,
            None => false,
        }
    }

    /// Whether instances of `class` can be weakly referenced: those of a
    /// user class unless every user class of its MRO has `__slots__`
    /// without `__weakref__`, and of `set` and `frozenset`.
    pub(crate) fn weakrefable(&self, class: ObjRef) -> bool {
        let Some(data) = class.as_type() else {
            return false;
        };
        let mro = data.mro.borrow();
        mro.iter().any(|&base| {
            base.as_type().is_some_and(|d| {
                if d.is_user_class {
                    d.slots
                        .as_ref()
                        .is_none_or(|slots| slots.iter().any(|s| s == "__weakref__"))
                } else {
                    base == self.types.set || base == self.types.frozenset
                }
            })
        })
    }

    /// Puts the descriptor `name` with `accessors` (get, set, delete)
    /// into `dict`, the dict of `class`.
    fn add_getset(
        &mut self,
        class: ObjRef,
        dict: ObjRef,
        name: &'static str,
        accessors: [NativeFn; 3],
        doc: &str,
    ) {
        let builtin_type = self.types.builtin_function;
        let [fget, fset, fdel] = accessors.map(|function| {
            let bound = Builtin {
                name,
                owner: None,
                function,
                kind: BuiltinKind::Method,
                receiver: Value::Obj(class),
                module: Value::Null,
                shortcut: CallShortcut::of(function),
            };
            Value::Obj(self.alloc(builtin_type, Payload::Builtin(Box::new(bound))))
        });
        let key = self.intern(name);
        let doc = self.str_value(doc);
        let getset = Property::new(fget, fset, fdel, doc);
        getset.name.set(Value::Obj(key));
        let getset_type = self.types.getset_descriptor;
        let getset = self.alloc(getset_type, Payload::Property(Box::new(getset)));
        self.dict_set_str(dict, key, Value::Obj(getset));
    }

    /// `<attribute '__dict__' of 'A' objects>`: the repr of a
    /// `getset_descriptor`.
    pub(crate) fn getset_repr(&self, getset: &Property) -> String {
        let owner = match getset.fget.get().payload() {
            Some(Payload::Builtin(builtin)) => builtin.receiver.as_object().map(type_name_of),
            _ => None,
        };
        let name = getset
            .name
            .get()
            .object()
            .and_then(|n| n.as_str())
            .map_or_else(String::new, |n| n.as_str().to_owned());
        format!(
            "<attribute '{name}' of '{}' objects>",
            owner.unwrap_or_default()
        )
    }
}

/// The instance an accessor of the `getset_descriptor` of `class` gets,
/// checked to be one of `class` (as CPython's `descr_check`).
fn instance_of(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<(ObjRef, Value)> {
    let [owner, instance, ..] = args.positional else {
        return Err(vm.type_error(format!("{name}: not enough arguments")));
    };
    let owner = owner.as_object().expect("bound to its class");
    if !vm.is_instance(*instance, owner) {
        let (owner_name, type_name) = (type_name_of(owner), vm.type_name(*instance));
        return Err(vm.type_error(format!(
            "descriptor '{name}' for '{owner_name}' objects doesn't apply to a '{type_name}' object"
        )));
    }
    Ok((owner, *instance))
}

/// `obj.__dict__`
fn dict_get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, instance) = instance_of(vm, &args, "__dict__")?;
    match instance.as_object() {
        Some(object) if vm.has_instance_dict(object) => Ok(Value::Obj(vm.instance_dict(object))),
        _ => Err(vm.error(
            ExceptionClass::AttributeError,
            "This object has no __dict__",
        )),
    }
}

/// `obj.__dict__ = new`: a new namespace, which must be a dict.
fn dict_set(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, instance) = instance_of(vm, &args, "__dict__")?;
    let new = args.positional.get(2).copied().unwrap_or(Value::None);
    if let Some(object) = instance.as_object() {
        vm.replace_dict(object, new)?;
    }
    Ok(Value::None)
}

/// `del obj.__dict__`: the next use makes a new empty one.
fn dict_delete(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, instance) = instance_of(vm, &args, "__dict__")?;
    if let Some(object) = instance.as_object() {
        let dict = vm.new_dict();
        object.set_dict(dict);
    }
    Ok(Value::None)
}

/// `obj.__weakref__`: pyvm keeps no list of an object's weak references
/// on the object, so there is never one to show.
fn weakref_get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    instance_of(vm, &args, "__weakref__")?;
    Ok(Value::None)
}

/// `obj.__weakref__ = new` or `del obj.__weakref__`.
fn weakref_set(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (owner, _) = instance_of(vm, &args, "__weakref__")?;
    let owner_name = type_name_of(owner);
    Err(vm.error(
        ExceptionClass::AttributeError,
        format!("attribute '__weakref__' of '{owner_name}' objects is not writable"),
    ))
}
