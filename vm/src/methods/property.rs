//! Methods of `property` (the decorators that copy it with one accessor
//! replaced) and of `super` (`__get__`, which binds an unbound one).

use crate::object::Payload;
use crate::objects::function::{Args, BuiltinKind};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

use super::Methods;

/// `property`'s methods.
pub(crate) const METHODS: Methods = &[
    ("__init__", init, BuiltinKind::Method),
    ("getter", getter, BuiltinKind::Method),
    ("setter", setter, BuiltinKind::Method),
    ("deleter", deleter, BuiltinKind::Method),
];

/// `super`'s methods.
pub(crate) const SUPER_METHODS: Methods = &[("__get__", super_get, BuiltinKind::Method)];

/// `super.__get__(self, obj, type=None)`: an unbound `super(C)` bound to
/// `obj` (`super(C, obj)`); itself when `obj` is `None` or it is already
/// bound, as CPython's `super_descr_get`.
fn super_get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.no_keywords("__get__", &args)?;
    let (receiver, rest) = vm.method_receiver(&args, "super", "__get__", |r| {
        matches!(r.payload(), Some(Payload::Super(_)))
    })?;
    vm.check_positional("__get__", rest, 1, 2)?;
    let Some(Payload::Super([start, bound])) = receiver.payload() else {
        unreachable!("checked by method_receiver")
    };
    let instance = rest[0];
    if instance.is_none() || !bound.is_none() {
        return Ok(receiver);
    }
    // A subclass of `super` makes its own: `type(self)(start, obj)`.
    let class = vm.type_of(receiver);
    if class != vm.types.super_ {
        return vm.call_function(Value::Obj(class), &[*start, instance]);
    }
    let start = vm.check_super_arguments(*start, instance)?;
    let super_type = vm.types.super_;
    Ok(Value::Obj(vm.alloc(
        super_type,
        Payload::Super([Value::Obj(start), instance]),
    )))
}

/// `property.__init__(fget=None, fset=None, fdel=None, doc=None)`: sets
/// the accessors again (a subclass's `__init__` calls it on the property
/// its `__new__` made empty).
fn init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (property, rest) = vm.method_receiver(&args, "property", "__init__", |p| {
        matches!(p.payload(), Some(Payload::Property(_)))
    })?;
    let parts = vm.property_arguments(Args {
        positional: rest,
        ..args
    })?;
    let Some(Payload::Property(property)) = property.payload() else {
        unreachable!("checked by method_receiver")
    };
    let [fget, fset, fdel, doc] = parts;
    property.fget.set(fget);
    property.fset.set(fset);
    property.fdel.set(fdel);
    property.doc.set(doc);
    // The attribute caches may hold the old getter or setter.
    vm.type_cache.invalidate();
    Ok(Value::None)
}

/// Which accessor a copy replaces.
#[derive(Clone, Copy)]
enum Accessor {
    Get,
    Set,
    Delete,
}

/// A copy of the receiver with one accessor replaced (CPython's
/// `property_copy`).
fn copy_with(vm: &mut Vm, args: &Args<'_>, name: &str, accessor: Accessor) -> PyResult<Value> {
    vm.no_keywords(name, args)?;
    let (property, function) = match args.positional {
        [property, function] => (*property, *function),
        other => {
            return Err(vm.type_error(format!(
                "property.{name}() takes exactly one argument ({} given)",
                other.len().saturating_sub(1)
            )))
        }
    };
    let Some(object) = property.as_object() else {
        return Err(vm.type_error(format!(
            "descriptor '{name}' for 'property' objects doesn't apply to this object"
        )));
    };
    let Payload::Property(old) = &object.payload else {
        return Err(vm.type_error(format!(
            "descriptor '{name}' for 'property' objects doesn't apply to this object"
        )));
    };
    let (mut fget, mut fset, mut fdel) = (old.fget.get(), old.fset.get(), old.fdel.get());
    match accessor {
        Accessor::Get => fget = function,
        Accessor::Set => fset = function,
        Accessor::Delete => fdel = function,
    }
    let (doc, name) = (old.doc.get(), old.name.get());
    Ok(vm.new_property(object.class(), fget, fset, fdel, doc, name))
}

fn getter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    copy_with(vm, &args, "getter", Accessor::Get)
}

fn setter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    copy_with(vm, &args, "setter", Accessor::Set)
}

fn deleter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    copy_with(vm, &args, "deleter", Accessor::Delete)
}
