//! The descriptor protocol of functions, `classmethod`, `staticmethod`
//! and `property` called by hand: `f.__get__(obj, type)`,
//! `prop.__set__(obj, value)`, `prop.__delete__(obj)` (CPython's
//! `wrap_descr_get`, `wrap_descr_set` and `wrap_descr_delete`).

use crate::object::Payload;
use crate::objects::function::{Args, BuiltinKind};
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

use super::Methods;

/// `function`'s `__get__`.
pub(crate) const FUNCTION: Methods = &[("__get__", function_get, BuiltinKind::Method)];

/// `classmethod`'s `__get__`.
pub(crate) const CLASSMETHOD: Methods = &[("__get__", classmethod_get, BuiltinKind::Method)];

/// `staticmethod`'s `__get__`.
pub(crate) const STATICMETHOD: Methods = &[("__get__", staticmethod_get, BuiltinKind::Method)];

/// `property`'s `__get__`, `__set__` and `__delete__`.
pub(crate) const PROPERTY: Methods = &[
    ("__get__", property_get, BuiltinKind::Method),
    ("__set__", property_set, BuiltinKind::Method),
    ("__delete__", property_delete, BuiltinKind::Method),
];

/// The descriptor a `__get__` was called on (checked by `accepts`), the
/// instance (`None` for none) and the owner class: the given one, else
/// the instance's type.
fn get_arguments(
    vm: &mut Vm,
    args: &Args<'_>,
    owner: &str,
    accepts: impl FnOnce(Value) -> bool,
) -> PyResult<(Value, Value, ObjRef)> {
    vm.no_keywords("__get__", args)?;
    let (descriptor, rest) = vm.method_receiver(args, owner, "__get__", accepts)?;
    let (instance, class) = match rest {
        [instance] => (*instance, Value::None),
        [instance, class] => (*instance, *class),
        _ => {
            let message = if rest.is_empty() {
                format!("expected at least 1 argument, got {}", rest.len())
            } else {
                format!("expected at most 2 arguments, got {}", rest.len())
            };
            return Err(vm.type_error(message));
        }
    };
    let class = match class {
        Value::None if instance.is_none() => {
            return Err(vm.type_error("__get__(None, None) is invalid"))
        }
        Value::None => vm.type_of(instance),
        class => match class.as_object() {
            Some(class) if class.as_type().is_some() => class,
            // CPython passes any object on; pyvm's binding needs a class.
            _ => vm.type_of(instance),
        },
    };
    Ok((descriptor, instance, class))
}

fn function_get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (function, instance, class) = get_arguments(vm, &args, "function", |f| {
        matches!(f.payload(), Some(Payload::Function(_)))
    })?;
    vm.builtin_bind(function, instance, class)
}

fn classmethod_get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (method, instance, class) = get_arguments(vm, &args, "classmethod", |m| {
        matches!(m.payload(), Some(Payload::ClassMethod(_)))
    })?;
    vm.builtin_bind(method, instance, class)
}

fn staticmethod_get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (method, instance, class) = get_arguments(vm, &args, "staticmethod", |m| {
        matches!(m.payload(), Some(Payload::StaticMethod(_)))
    })?;
    vm.builtin_bind(method, instance, class)
}

/// Whether `value` is a `property` (or an instance of a subclass).
fn is_property(vm: &Vm, value: Value) -> bool {
    value.as_object().is_some_and(|o| {
        matches!(o.payload, Payload::Property(_)) && o.class() != vm.types.getset_descriptor
    })
}

fn property_get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let accepts = args.positional.first().is_some_and(|&p| is_property(vm, p));
    let (property, instance, class) = get_arguments(vm, &args, "property", |_| accepts)?;
    vm.builtin_bind(property, instance, class)
}

/// The property a `__set__` or `__delete__` was called on, and the
/// arguments after it, `count` of them.
fn property_receiver<'a>(
    vm: &mut Vm,
    args: &Args<'a>,
    name: &str,
    count: usize,
) -> PyResult<(Value, &'a [Value])> {
    vm.no_keywords(name, args)?;
    let accepts = args.positional.first().is_some_and(|&p| is_property(vm, p));
    let (property, rest) = vm.method_receiver(args, "property", name, |_| accepts)?;
    if rest.len() != count {
        return Err(vm.type_error(format!(
            "expected {count} argument{}, got {}",
            if count == 1 { "" } else { "s" },
            rest.len()
        )));
    }
    Ok((property, rest))
}

fn property_set(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (property, rest) = property_receiver(vm, &args, "__set__", 2)?;
    let Some(Payload::Property(property)) = property.payload() else {
        unreachable!("checked by property_receiver")
    };
    vm.property_set(property, rest[0], Some(rest[1]))?;
    Ok(Value::None)
}

fn property_delete(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (property, rest) = property_receiver(vm, &args, "__delete__", 1)?;
    let Some(Payload::Property(property)) = property.payload() else {
        unreachable!("checked by property_receiver")
    };
    vm.property_set(property, rest[0], None)?;
    Ok(Value::None)
}
