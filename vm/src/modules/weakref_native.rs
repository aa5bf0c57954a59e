//! `_weakref`: the weak reference type the `weakref` module (written in
//! Python) builds on.

use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// Fills `_weakref`.
pub(crate) fn init(vm: &mut Vm, module: ObjRef) -> PyResult<()> {
    let reference = Value::Obj(vm.types.weakref);
    vm.set_module_attr(module, "ref", reference);
    vm.set_module_attr(module, "ReferenceType", reference);
    Ok(())
}
