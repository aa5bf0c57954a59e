//! Methods of `mappingproxy`, the read-only view of a class's `__dict__`:
//! each calls the method of the same name of the mapping it shows, as
//! CPython's `mappingproxy_*` functions do.

use crate::object::Payload;
use crate::objects::function::{Args, BuiltinKind};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

use super::Methods;

/// `mappingproxy`'s methods.
pub(crate) const METHODS: Methods = &[
    ("get", get, BuiltinKind::Method),
    ("keys", keys, BuiltinKind::Method),
    ("values", values, BuiltinKind::Method),
    ("items", items, BuiltinKind::Method),
    ("copy", copy, BuiltinKind::Method),
];

/// `mapping.name(*rest)` for the mapping the receiving proxy shows.
fn forward(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<Value> {
    let (proxy, rest) = vm.method_receiver(args, "mappingproxy", name, |p| {
        matches!(p.payload(), Some(Payload::MappingProxy(_)))
    })?;
    let Some(Payload::MappingProxy(mapping)) = proxy.payload() else {
        unreachable!("checked by method_receiver")
    };
    let key = vm.intern(name);
    let method = vm.get_attr(Value::Obj(*mapping), key)?;
    vm.call(
        method,
        Args {
            positional: rest,
            ..*args
        },
    )
}

/// `proxy.get(key, default=None)`
fn get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    forward(vm, &args, "get")
}

/// `proxy.keys()`
fn keys(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    forward(vm, &args, "keys")
}

/// `proxy.values()`
fn values(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    forward(vm, &args, "values")
}

/// `proxy.items()`
fn items(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    forward(vm, &args, "items")
}

/// `proxy.copy()`: a shallow copy of the mapping (a dict for a class).
fn copy(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    forward(vm, &args, "copy")
}
