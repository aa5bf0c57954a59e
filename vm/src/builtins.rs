//! The `builtins` module: its functions, types, constants and exception
//! classes.

mod args;
mod async_iter;
mod constructors;
mod docs;
pub(crate) mod functions;
pub(crate) mod open;
mod timsort;

pub(crate) use self::docs::function_doc;

use crate::exception_class::ExceptionClass;
use crate::objects::function::NativeFn;
use crate::value::Value;
use crate::vm::Vm;

/// The built-in functions, by name.
const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("__build_class__", functions::build_class),
    ("__import__", functions::import),
    ("abs", functions::abs),
    ("aiter", async_iter::aiter),
    ("all", functions::all),
    ("anext", async_iter::anext),
    ("any", functions::any),
    ("ascii", functions::ascii),
    ("bin", functions::bin),
    ("callable", functions::callable),
    ("chr", functions::chr),
    ("compile", functions::compile),
    ("delattr", functions::delattr),
    ("dir", functions::dir),
    ("divmod", functions::divmod),
    ("eval", functions::eval),
    ("exec", functions::exec),
    ("format", functions::format),
    ("getattr", functions::getattr),
    ("globals", functions::globals),
    ("hasattr", functions::hasattr),
    ("hash", functions::hash),
    ("hex", functions::hex),
    ("id", functions::id),
    ("input", functions::input),
    ("isinstance", functions::isinstance),
    ("issubclass", functions::issubclass),
    ("iter", functions::iter),
    ("len", functions::len),
    ("locals", functions::locals),
    ("max", functions::max),
    ("min", functions::min),
    ("next", functions::next),
    ("oct", functions::oct),
    ("open", open::open),
    ("ord", functions::ord),
    ("pow", functions::pow),
    ("print", functions::print),
    ("repr", functions::repr),
    ("round", functions::round),
    ("setattr", functions::setattr),
    ("sorted", functions::sorted),
    ("sum", functions::sum),
    ("vars", functions::vars),
];

/// Fills the `builtins` module.
pub(crate) fn install(vm: &mut Vm) {
    let builtins = vm.builtins;
    for &(name, function) in FUNCTIONS {
        let object = vm.new_module_function(name, function, builtins);
        vm.set_module_attr(builtins, name, Value::Obj(object));
    }
    let t = &vm.types;
    let types = [
        ("object", t.object),
        ("type", t.type_),
        ("int", t.int),
        ("bool", t.bool),
        ("float", t.float),
        ("complex", t.complex),
        ("str", t.str),
        ("bytes", t.bytes),
        ("bytearray", t.bytearray),
        ("memoryview", t.memoryview),
        ("tuple", t.tuple),
        ("list", t.list),
        ("dict", t.dict),
        ("set", t.set),
        ("frozenset", t.frozenset),
        ("range", t.range),
        ("slice", t.slice),
        ("property", t.property),
        ("staticmethod", t.staticmethod),
        ("classmethod", t.classmethod),
        ("enumerate", t.enumerate),
        ("zip", t.zip),
        ("map", t.map),
        ("filter", t.filter),
        ("reversed", t.reversed),
        ("super", t.super_),
    ];
    for (name, class) in types {
        vm.set_module_attr(builtins, name, Value::Obj(class));
    }
    for class in ExceptionClass::ALL {
        let object = vm.exception_type(class);
        vm.set_module_attr(builtins, class.name(), Value::Obj(object));
    }
    let os_error = Value::Obj(vm.exception_type(ExceptionClass::OSError));
    vm.set_module_attr(builtins, "EnvironmentError", os_error);
    vm.set_module_attr(builtins, "IOError", os_error);
    vm.set_module_attr(builtins, "Ellipsis", Value::Ellipsis);
    vm.set_module_attr(builtins, "NotImplemented", Value::NotImplemented);
    vm.set_module_attr(builtins, "__debug__", Value::bool(true));
    // Every built-in type's `__module__` is "builtins".
    let module = vm.str_value("builtins");
    let key = vm.names.__module__;
    let all_types: Vec<_> = vm.types.all().collect();
    for class in all_types {
        if let Some(dict) = class.dict() {
            vm.dict_set_str(dict, key, module);
        }
    }
}
