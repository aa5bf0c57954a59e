//! `aiter()` and `anext()`, as CPython's `builtin_aiter` and
//! `builtin_anext`.

use crate::objects::function::Args;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// `aiter(async_iterable)`: what its `__aiter__()` returns, which must
/// be an asynchronous iterator.
pub(crate) fn aiter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.positional_range("aiter", &args, 1, 1)?;
    let iterable = args.positional[0];
    let class = vm.type_of(iterable);
    let name = vm.names.__aiter__;
    let Some(method) = vm.lookup_type(class, name) else {
        let type_name = vm.type_name(iterable);
        return Err(vm.type_error(format!("'{type_name}' object is not an async iterable")));
    };
    let iterator = vm.call_method_value(method, iterable, &[])?;
    let iterator_class = vm.type_of(iterator);
    let anext = vm.names.__anext__;
    if vm.lookup_type(iterator_class, anext).is_none() {
        let type_name = vm.type_name(iterator);
        return Err(vm.type_error(format!(
            "aiter() returned not an async iterator of type '{type_name}'"
        )));
    }
    Ok(iterator)
}

/// `anext(async_iterator[, default])`: the awaitable its `__anext__()`
/// returns, wrapped with the default in an `anext_awaitable` when one is
/// given.
pub(crate) fn anext(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.positional_range("anext", &args, 1, 2)?;
    let iterator = args.positional[0];
    let class = vm.type_of(iterator);
    let name = vm.names.__anext__;
    let Some(method) = vm.lookup_type(class, name) else {
        let type_name = vm.type_name(iterator);
        return Err(vm.type_error(format!("'{type_name}' object is not an async iterator")));
    };
    let awaitable = vm.call_method_value(method, iterator, &[])?;
    match args.positional.get(1) {
        Some(&default) => Ok(vm.anext_awaitable(awaitable, default)),
        None => Ok(awaitable),
    }
}
