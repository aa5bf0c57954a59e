//! The methods of the built-in types, one file per type, installed into
//! each type's dict.

mod dict;
mod float;
mod generator;
mod int;
mod list;
mod object;
mod property;
mod range;
mod set;
mod str;

use crate::objects::function::{BuiltinKind, NativeFn};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// A method table: name, function, how it binds.
pub(crate) type Methods = &'static [(&'static str, NativeFn, BuiltinKind)];

/// Puts `methods` into `class`'s dict.
fn add_methods(vm: &mut Vm, class: ObjRef, owner: &'static str, methods: Methods) {
    let dict = class.dict().expect("a built-in type has a dict");
    for &(name, function, kind) in methods {
        let builtin = vm.new_builtin(name, Some(owner), function, kind);
        let key = vm.intern(name);
        vm.dict_set_str(dict, key, Value::Obj(builtin));
    }
}

/// Installs the methods of every built-in type.
pub(crate) fn install(vm: &mut Vm) {
    let t = &vm.types;
    let (list, dict, str_type, tuple, generator, object, base_exception) = (
        t.list,
        t.dict,
        t.str,
        t.tuple,
        t.generator,
        t.object,
        vm.exception_type(crate::exception_class::ExceptionClass::BaseException),
    );
    add_methods(vm, list, "list", list::METHODS);
    add_methods(vm, dict, "dict", dict::METHODS);
    add_methods(vm, str_type, "str", str::METHODS);
    add_methods(vm, tuple, "tuple", list::TUPLE_METHODS);
    let (set_type, frozenset) = (vm.types.set, vm.types.frozenset);
    add_methods(vm, set_type, "set", set::METHODS);
    add_methods(vm, frozenset, "frozenset", set::FROZENSET_METHODS);
    let property_type = vm.types.property;
    add_methods(vm, property_type, "property", property::METHODS);
    let (range_type, slice_type) = (vm.types.range, vm.types.slice);
    add_methods(vm, range_type, "range", range::METHODS);
    let (int_type, float_type) = (vm.types.int, vm.types.float);
    add_methods(vm, int_type, "int", int::METHODS);
    add_methods(vm, float_type, "float", float::METHODS);
    add_methods(vm, slice_type, "slice", range::SLICE_METHODS);
    add_methods(vm, generator, "generator", generator::METHODS);
    add_methods(vm, object, "object", object::METHODS);
    add_methods(
        vm,
        base_exception,
        "BaseException",
        object::EXCEPTION_METHODS,
    );
}
