//! The `traceback` module's everyday functions: an exception formatted
//! (or printed) as an uncaught one is, with its chain.

use crate::object::Payload;
use crate::objects::function::{Args, NativeFn};
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("format_exception", format_exception),
    ("format_exception_only", format_exception_only),
    ("format_exc", format_exc),
    ("print_exception", print_exception),
    ("print_exc", print_exc),
];

/// Fills `traceback`.
pub(crate) fn init(vm: &mut Vm, module: ObjRef) -> PyResult<()> {
    vm.add_module_functions(module, FUNCTIONS);
    Ok(())
}

/// The text of an exception (or of `None`) as it prints when uncaught,
/// cut into CPython's pieces: the header, one piece per frame (its
/// `File` line with the lines under it), then each line after.
fn pieces(vm: &mut Vm, exception: Value) -> Vec<String> {
    let Some(object) = exception.as_object().filter(|o| o.as_exception().is_some()) else {
        return vec!["NoneType: None\n".to_owned()];
    };
    let text = vm.format_exception(object);
    let mut pieces: Vec<String> = Vec::new();
    // The line joining two exceptions of a chain is one piece with the
    // blank lines around it.
    let mut in_separator = false;
    for line in text.split_inclusive('\n') {
        let frame_detail = line.starts_with("    ") && !line.trim_start().starts_with("File ");
        match pieces.last_mut() {
            Some(last) if in_separator => {
                last.push_str(line);
                in_separator = line != "\n";
            }
            Some(last) if frame_detail && last.starts_with("  File ") => last.push_str(line),
            _ => {
                in_separator = line == "\n";
                pieces.push(line.to_owned());
            }
        }
    }
    pieces
}

/// The exception a `(exc, /, value=…, tb=…)` call is about: `value` when
/// given (the old three-argument form), else `exc`.
fn exception_argument(vm: &mut Vm, args: &Args<'_>, function: &str) -> PyResult<Value> {
    vm.check_positional(function, args.positional, 1, 3)?;
    Ok(match args.positional.get(1) {
        Some(&value) => value,
        None => args.positional[0],
    })
}

fn string_list(vm: &mut Vm, pieces: Vec<String>) -> Value {
    let items = pieces.iter().map(|piece| vm.str_value(piece)).collect();
    Value::Obj(vm.new_list(items))
}

/// `format_exception(exc, /, value, tb, limit=None, chain=True)`
fn format_exception(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.keywords("format_exception", &args, ["limit", "chain"])?;
    let exception = exception_argument(vm, &args, "format_exception")?;
    let pieces = pieces(vm, exception);
    Ok(string_list(vm, pieces))
}

/// `format_exception_only(exc, /, value)`: the `Type: message` line and
/// the notes.
fn format_exception_only(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.no_keywords("format_exception_only", &args)?;
    vm.check_positional("format_exception_only", args.positional, 1, 2)?;
    let exception = args.positional.last().copied().unwrap_or(Value::None);
    let pieces = match exception.as_object().filter(|o| o.as_exception().is_some()) {
        Some(object) => vec![vm.exception_line(object)],
        None => vec!["NoneType: None\n".to_owned()],
    };
    Ok(string_list(vm, pieces))
}

/// `format_exc(limit=None, chain=True)`: the exception being handled.
fn format_exc(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.keywords("format_exc", &args, ["limit", "chain"])?;
    vm.check_positional("format_exc", args.positional, 0, 2)?;
    let handled = vm.handled;
    let text: String = pieces(vm, handled).concat();
    Ok(vm.str_value(&text))
}

/// `print_exception(exc, /, value, tb, limit=None, file=None, chain=True)`
fn print_exception(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [_, file, _] = vm.keywords("print_exception", &args, ["limit", "file", "chain"])?;
    let exception = exception_argument(vm, &args, "print_exception")?;
    let text: String = pieces(vm, exception).concat();
    write(vm, file, &text)?;
    Ok(Value::None)
}

/// `print_exc(limit=None, file=None, chain=True)`
fn print_exc(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [_, file, _] = vm.keywords("print_exc", &args, ["limit", "file", "chain"])?;
    vm.check_positional("print_exc", args.positional, 0, 3)?;
    let handled = vm.handled;
    let text: String = pieces(vm, handled).concat();
    write(vm, file, &text)?;
    Ok(Value::None)
}

/// Writes `text` to `file`, or to `sys.stderr`.
fn write(vm: &mut Vm, file: Option<Value>, text: &str) -> PyResult<()> {
    let file = match file.filter(|f| !f.is_none()) {
        Some(file) => file,
        None => {
            let stderr = vm.stdio().stderr;
            vm.replaced_stream("stderr", stderr)
                .unwrap_or(Value::Obj(stderr))
        }
    };
    if let Some(own) = file
        .as_object()
        .filter(|o| matches!(o.payload, Payload::File(_)) && vm.user_class(*o).is_none())
    {
        return vm.print_to_file(own, text);
    }
    let name = vm.intern("write");
    let method = vm.get_attr(file, name)?;
    let text = vm.str_value(text);
    vm.call_function(method, &[text])?;
    Ok(())
}
