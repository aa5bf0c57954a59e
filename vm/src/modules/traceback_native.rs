//! `_traceback`, what the `traceback` module (`python/traceback.py`)
//! builds on: an exception formatted (or printed) as an uncaught one is,
//! with its chain, and the entries of a traceback with their source lines
//! and markers.

use pyvm_bytecode::Location;

use crate::object::Payload;
use crate::objects::function::{Args, NativeFn};
use crate::traceback::{format_entry, limited, traceback_entries, Entry, FormatOptions};
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("format_exception", format_exception),
    ("format_exception_only", format_exception_only),
    ("format_exc", format_exc),
    ("print_exception", print_exception),
    ("print_exc", print_exc),
    ("entries", entries),
    ("format_frame", format_frame),
    ("source_line", source_line),
];

/// Fills `_traceback`.
pub(crate) fn init(vm: &mut Vm, module: ObjRef) -> PyResult<()> {
    vm.add_module_functions(module, FUNCTIONS);
    Ok(())
}

/// The text of an exception (or of `None`) as it prints when uncaught,
/// cut into CPython's pieces: the header, one piece per frame (its
/// `File` line with the lines under it), then each line after.
fn pieces(vm: &mut Vm, exception: Value, options: FormatOptions) -> Vec<String> {
    let Some(object) = exception.as_object().filter(|o| o.as_exception().is_some()) else {
        return vec!["NoneType: None\n".to_owned()];
    };
    let text = vm.format_exception_with(object, options);
    let mut pieces: Vec<String> = Vec::new();
    // The line joining two exceptions of a chain is one piece with the
    // blank lines around it.
    let mut in_separator = false;
    for line in text.split_inclusive('\n') {
        // A frame's `File` line is indented by two; what goes under it,
        // by four (a source line may itself start with `File`).
        let frame_detail = line.starts_with("    ");
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

/// The `limit` and `chain` keyword arguments.
fn options(vm: &mut Vm, limit: Option<Value>, chain: Option<Value>) -> PyResult<FormatOptions> {
    let limit = match limit.filter(|l| !l.is_none()) {
        Some(limit) => Some(vm.index_arg(limit, "")?),
        None => None,
    };
    let chain = match chain {
        Some(chain) => vm.truthy(chain)?,
        None => true,
    };
    Ok(FormatOptions { limit, chain })
}

fn string_list(vm: &mut Vm, pieces: Vec<String>) -> Value {
    let items = pieces.iter().map(|piece| vm.str_value(piece)).collect();
    Value::Obj(vm.new_list(items))
}

/// `format_exception(exc, /, value, tb, limit=None, chain=True)`
fn format_exception(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [limit, chain] = vm.keywords("format_exception", &args, ["limit", "chain"])?;
    let options = options(vm, limit, chain)?;
    let exception = exception_argument(vm, &args, "format_exception")?;
    let pieces = pieces(vm, exception, options);
    Ok(string_list(vm, pieces))
}

/// `format_exception_only(exc, /, value)`: the `Type: message` line and
/// the notes.
fn format_exception_only(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.no_keywords("format_exception_only", &args)?;
    vm.check_positional("format_exception_only", args.positional, 1, 2)?;
    let exception = args.positional.last().copied().unwrap_or(Value::None);
    let pieces = match exception.as_object().filter(|o| o.as_exception().is_some()) {
        Some(object) => vm.format_exception_only_pieces(object),
        None => vec!["NoneType: None\n".to_owned()],
    };
    Ok(string_list(vm, pieces))
}

/// `format_exc(limit=None, chain=True)`: the exception being handled.
fn format_exc(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [limit, chain] = vm.keywords("format_exc", &args, ["limit", "chain"])?;
    vm.check_positional("format_exc", args.positional, 0, 2)?;
    let limit = limit.or(args.positional.first().copied());
    let chain = chain.or(args.positional.get(1).copied());
    let options = options(vm, limit, chain)?;
    let handled = vm.handled;
    let text: String = pieces(vm, handled, options).concat();
    Ok(vm.str_value(&text))
}

/// `print_exception(exc, /, value, tb, limit=None, file=None, chain=True)`
fn print_exception(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [limit, file, chain] = vm.keywords("print_exception", &args, ["limit", "file", "chain"])?;
    let options = options(vm, limit, chain)?;
    let exception = exception_argument(vm, &args, "print_exception")?;
    let text: String = pieces(vm, exception, options).concat();
    write(vm, file, &text)?;
    Ok(Value::None)
}

/// `print_exc(limit=None, file=None, chain=True)`
fn print_exc(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [limit, file, chain] = vm.keywords("print_exc", &args, ["limit", "file", "chain"])?;
    vm.check_positional("print_exc", args.positional, 0, 3)?;
    let limit = limit.or(args.positional.first().copied());
    let file = file.or(args.positional.get(1).copied());
    let chain = chain.or(args.positional.get(2).copied());
    let options = options(vm, limit, chain)?;
    let handled = vm.handled;
    let text: String = pieces(vm, handled, options).concat();
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

/// A position, or `None`.
fn optional_int(vm: &mut Vm, value: Option<u32>) -> Value {
    value.map_or(Value::None, |v| vm.int_value(i64::from(v).into()))
}

/// `entries(tb, limit)`: the entries of a traceback as
/// `(filename, lineno, name, end_lineno, colno, end_colno, frame)` tuples,
/// `limit` of them as `format_exception`'s `limit` says.
fn entries(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.no_keywords("entries", &args)?;
    vm.check_positional("entries", args.positional, 2, 2)?;
    let options = options(vm, Some(args.positional[1]), None)?;
    let entries = limited(traceback_entries(args.positional[0]), options.limit);
    let frames = limited(traceback_frames(args.positional[0]), options.limit);
    let mut rows = Vec::with_capacity(entries.len());
    for (entry, frame) in entries.into_iter().zip(frames) {
        let filename = vm.str_value(&entry.filename);
        let name = vm.str_value(&entry.name);
        let location = entry.location;
        let row = [
            filename,
            optional_int(vm, location.line),
            name,
            optional_int(vm, location.end_line),
            optional_int(vm, location.col),
            optional_int(vm, location.end_col),
            Value::Obj(frame),
        ];
        rows.push(Value::Obj(vm.new_tuple(row.to_vec())));
    }
    Ok(Value::Obj(vm.new_list(rows)))
}

/// The frame objects of the entries of a traceback, oldest first.
fn traceback_frames(traceback: Value) -> Vec<ObjRef> {
    let mut frames = Vec::new();
    let mut next = traceback;
    while let Some(Payload::Traceback(entry)) = next.payload() {
        frames.push(entry.frame);
        next = entry.next.get();
    }
    frames
}

/// A position argument: an int that fits, else `None`.
fn position(value: Value) -> Option<u32> {
    match value {
        Value::Int(i) => u32::try_from(i).ok(),
        _ => None,
    }
}

/// `format_frame(filename, lineno, name, line, end_lineno, colno,
/// end_colno)`: a frame summary as a traceback shows it (`line` is the
/// source line as in the file, or `None`).
fn format_frame(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.no_keywords("format_frame", &args)?;
    vm.check_positional("format_frame", args.positional, 7, 7)?;
    let [filename, lineno, name, line, end_lineno, colno, end_colno] =
        <[Value; 7]>::try_from(args.positional).map_err(|_| vm.type_error("7 arguments"))?;
    let source = match line.is_none() {
        true => None,
        false => Some(vm.str_text(line)),
    };
    let entry = Entry {
        filename: vm.str_string(filename)?,
        name: vm.str_string(name)?,
        location: Location {
            line: position(lineno),
            end_line: position(end_lineno),
            col: position(colno),
            end_col: position(end_colno),
        },
    };
    let mut out = String::new();
    format_entry(&entry, source.as_deref(), &mut out);
    Ok(vm.str_value(&out))
}

/// `source_line(filename, lineno)`: the line as in the file, with its
/// newline (`linecache.getline`), or `''`.
fn source_line(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.no_keywords("source_line", &args)?;
    vm.check_positional("source_line", args.positional, 2, 2)?;
    let filename = vm.str_string(args.positional[0])?;
    let line = position(args.positional[1])
        .and_then(|number| vm.source_line(&filename, number))
        .map_or_else(String::new, |line| line + "\n");
    Ok(vm.str_value(&line))
}
