//! Methods of `property`: the decorators that copy it with one accessor
//! replaced.

use crate::object::Payload;
use crate::objects::function::{Args, BuiltinKind};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

use super::Methods;

/// `property`'s methods.
pub(crate) const METHODS: Methods = &[
    ("getter", getter, BuiltinKind::Method),
    ("setter", setter, BuiltinKind::Method),
    ("deleter", deleter, BuiltinKind::Method),
];

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
    let (mut fget, mut fset, mut fdel) = (old.fget, old.fset, old.fdel);
    match accessor {
        Accessor::Get => fget = function,
        Accessor::Set => fset = function,
        Accessor::Delete => fdel = function,
    }
    let (doc, name) = (old.doc, old.name.get());
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
