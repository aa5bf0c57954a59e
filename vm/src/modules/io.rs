//! The `io` module: `open` and the file types, `io.StringIO`, and
//! `io.UnsupportedOperation`.

use crate::builtins::open::open;
use crate::objects::function::BuiltinKind;
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// Fills `io`.
pub(crate) fn init(vm: &mut Vm, module: ObjRef) -> PyResult<()> {
    let function = vm.new_builtin("open", None, open, BuiltinKind::Function);
    vm.set_module_attr(module, "open", Value::Obj(function));
    let t = &vm.types;
    let classes = [
        ("UnsupportedOperation", t.unsupported_operation),
        ("TextIOWrapper", t.text_io_wrapper),
        ("BufferedReader", t.buffered_reader),
        ("BufferedWriter", t.buffered_writer),
        ("BufferedRandom", t.buffered_random),
        ("StringIO", t.string_io),
    ];
    for (name, class) in classes {
        vm.set_module_attr(module, name, Value::Obj(class));
    }
    for (name, value) in [("SEEK_SET", 0), ("SEEK_CUR", 1), ("SEEK_END", 2)] {
        vm.set_module_attr(module, name, Value::Int(value));
    }
    Ok(())
}
