//! Methods of `io.StringIO`: construction, reading, writing, seeking,
//! closing, iteration and `with`, with CPython's errors.

use std::cell::RefCell;

use crate::exception_class::ExceptionClass;
use crate::object::Payload;
use crate::objects::function::{Args, BuiltinKind};
use crate::objects::string_io::{StringIoData, StringIoNewline};
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

use super::Methods;

/// `StringIO`'s methods.
const METHODS: Methods = &[
    ("write", write, BuiltinKind::Method),
    ("writelines", writelines, BuiltinKind::Method),
    ("read", read, BuiltinKind::Method),
    ("readline", readline, BuiltinKind::Method),
    ("readlines", readlines, BuiltinKind::Method),
    ("getvalue", getvalue, BuiltinKind::Method),
    ("seek", seek, BuiltinKind::Method),
    ("tell", tell, BuiltinKind::Method),
    ("truncate", truncate, BuiltinKind::Method),
    ("close", close, BuiltinKind::Method),
    ("flush", flush, BuiltinKind::Method),
    ("readable", capability, BuiltinKind::Method),
    ("writable", capability, BuiltinKind::Method),
    ("seekable", capability, BuiltinKind::Method),
    ("isatty", isatty, BuiltinKind::Method),
    ("__enter__", enter, BuiltinKind::Method),
    ("__exit__", exit, BuiltinKind::Method),
    ("__iter__", iter, BuiltinKind::Method),
    ("__next__", next, BuiltinKind::Method),
];

/// Puts `StringIO`'s methods and its `closed` attribute into its dict.
pub(crate) fn install(vm: &mut Vm) {
    let class = vm.types.string_io;
    super::add_methods(vm, class, "StringIO", METHODS);
    super::add_properties(
        vm,
        class,
        "StringIO",
        &[("closed", closed), ("line_buffering", line_buffering)],
    );
    let dict = class.dict().expect("a built-in type has a dict");
    let module = vm.str_value("_io");
    let key = vm.names.__module__;
    vm.dict_set_str(dict, key, module);
}

impl Vm {
    /// `io.StringIO(initial_value='', newline='\n')`.
    pub(crate) fn construct_string_io(&mut self, args: Args<'_>) -> PyResult<Value> {
        let [initial_kw, newline_kw] =
            self.keywords("StringIO", &args, ["initial_value", "newline"])?;
        self.check_arg_tuple("StringIO", args.positional, 0, 2)?;
        let initial = args.positional.first().copied().or(initial_kw);
        let newline = args.positional.get(1).copied().or(newline_kw);
        let newline = match newline {
            None => StringIoNewline::Lf,
            Some(Value::None) => StringIoNewline::Universal,
            Some(value) => {
                let Some(text) = value.object().and_then(|o| o.as_str()) else {
                    let name = self.type_name(value);
                    return Err(self.type_error(format!("newline must be str or None, not {name}")));
                };
                match text.as_str() {
                    "" => StringIoNewline::Untranslated,
                    "\n" => StringIoNewline::Lf,
                    "\r" => StringIoNewline::Cr,
                    "\r\n" => StringIoNewline::CrLf,
                    other => {
                        let repr = pyvm_source::python_str_repr(other);
                        return Err(self.value_error(format!("illegal newline value: {repr}")));
                    }
                }
            }
        };
        let initial = match initial {
            None | Some(Value::None) => String::new(),
            Some(value) => match value.object().and_then(|o| o.as_str()) {
                Some(text) => text.as_str().to_owned(),
                None => {
                    let name = self.type_name(value);
                    return Err(
                        self.type_error(format!("initial_value must be str or None, not {name}"))
                    );
                }
            },
        };
        let data = StringIoData::new(&initial, newline);
        let class = self.types.string_io;
        let object = self.alloc(class, Payload::StringIo(RefCell::new(Box::new(data))));
        Ok(Value::Obj(object))
    }

    /// `next()` of a `StringIO`: the next line, `None` at the end.
    pub(crate) fn string_io_next(&mut self, object: ObjRef) -> PyResult<Option<Value>> {
        let data = open_data(self, &object)?;
        let line = data.borrow_mut().read_line(None);
        Ok((!line.is_empty()).then(|| self.str_value(&line)))
    }

    /// Raises the `ValueError` of an operation on a closed `StringIO`.
    pub(crate) fn string_io_check_open(&mut self, object: ObjRef) -> PyResult<()> {
        open_data_iobase(self, &object).map(|_| ())
    }
}

/// The buffer of a `StringIO` object.
fn data_of(object: &ObjRef) -> Option<&RefCell<Box<StringIoData>>> {
    match &object.payload {
        Payload::StringIo(data) => Some(data),
        _ => None,
    }
}

/// The buffer, or CPython's error when the object is closed (worded as
/// `_io.StringIO`'s own methods word it, without a full stop).
fn open_data<'a>(vm: &mut Vm, object: &'a ObjRef) -> PyResult<&'a RefCell<Box<StringIoData>>> {
    let data = data_of(object).expect("a StringIO");
    if data.borrow().closed {
        return Err(vm.value_error("I/O operation on closed file"));
    }
    Ok(data)
}

/// As [`open_data`], for the methods CPython inherits from `_io._IOBase`,
/// whose message ends with a full stop.
fn open_data_iobase<'a>(
    vm: &mut Vm,
    object: &'a ObjRef,
) -> PyResult<&'a RefCell<Box<StringIoData>>> {
    let data = data_of(object).expect("a StringIO");
    if data.borrow().closed {
        return Err(vm.value_error("I/O operation on closed file."));
    }
    Ok(data)
}

/// The receiver (open, unless `allow_closed`) and the other positional
/// arguments, after checking for keywords and at most `max` arguments.
fn receiver<'a>(
    vm: &mut Vm,
    args: &Args<'a>,
    name: &str,
    max: usize,
) -> PyResult<(ObjRef, &'a [Value])> {
    vm.no_keywords(name, args)?;
    let (object, rest) = match args.positional.split_first() {
        Some((Value::Obj(object), rest)) if data_of(object).is_some() => (*object, rest),
        _ => {
            let receiver = args.positional.first().copied();
            return Err(vm.descriptor_mismatch(name, "_io.StringIO", receiver));
        }
    };
    if max == 0 {
        vm.no_args(name, rest)?;
    } else {
        vm.check_positional(name, rest, 0, max)?;
    }
    Ok((object, rest))
}

/// A size argument: `None` or negative for "all".
fn size_arg(vm: &mut Vm, value: Option<&Value>) -> PyResult<Option<usize>> {
    match value {
        None | Some(Value::None) => Ok(None),
        Some(&value) => match vm.index_value(value)? {
            Some(size) => Ok(size.to_i64().filter(|&n| n >= 0).map(|n| n as usize)),
            None => {
                let name = vm.type_name(value);
                Err(vm.type_error(format!("argument should be integer or None, not '{name}'")))
            }
        },
    }
}

fn write(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (object, rest) = receiver(vm, &args, "write", 1)?;
    let text = &vm.exactly_one("StringIO.write", rest)?;
    let data = open_data(vm, &object)?;
    let Some(text) = text.object().and_then(|o| o.as_str()) else {
        let name = vm.type_name(*text);
        return Err(vm.type_error(format!("string argument expected, got '{name}'")));
    };
    let written = data.borrow_mut().write(text.as_str());
    Ok(Value::Int(written as i64))
}

fn writelines(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (object, rest) = receiver(vm, &args, "writelines", 1)?;
    let lines = &vm.exactly_one("StringIO.writelines", rest)?;
    open_data_iobase(vm, &object)?;
    for line in vm.collect_iterable(*lines)? {
        write(vm, Args::positional(&[Value::Obj(object), line]))?;
    }
    Ok(Value::None)
}

fn read(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (object, rest) = receiver(vm, &args, "read", 1)?;
    let limit = size_arg(vm, rest.first())?;
    let data = open_data(vm, &object)?;
    let text = data.borrow_mut().read(limit);
    Ok(vm.str_value(&text))
}

fn readline(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (object, rest) = receiver(vm, &args, "readline", 1)?;
    let limit = size_arg(vm, rest.first())?;
    let data = open_data(vm, &object)?;
    let line = data.borrow_mut().read_line(limit);
    Ok(vm.str_value(&line))
}

fn readlines(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (object, rest) = receiver(vm, &args, "readlines", 1)?;
    let hint = size_arg(vm, rest.first())?.filter(|&n| n > 0);
    let data = open_data_iobase(vm, &object)?;
    let mut lines = Vec::new();
    let mut total = 0;
    loop {
        let line = data.borrow_mut().read_line(None);
        if line.is_empty() {
            break;
        }
        total += line.chars().count();
        lines.push(vm.str_value(&line));
        if hint.is_some_and(|hint| total >= hint) {
            break;
        }
    }
    Ok(Value::Obj(vm.new_list(lines)))
}

fn getvalue(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (object, _) = receiver(vm, &args, "getvalue", 0)?;
    let data = open_data(vm, &object)?;
    let text = data.borrow().value();
    Ok(vm.str_value(&text))
}

fn seek(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (object, rest) = receiver(vm, &args, "seek", 2)?;
    vm.check_positional("seek", rest, 1, 2)?;
    let position = vm.index_arg(rest[0], "")?;
    let whence = match rest.get(1) {
        Some(&whence) => vm.index_arg(whence, "")?,
        None => 0,
    };
    let data = open_data(vm, &object)?;
    match whence {
        0 if position < 0 => {
            return Err(vm.value_error(format!("Negative seek position {position}")));
        }
        1 | 2 if position != 0 => {
            // CPython says "cur-relative" for both.
            return Err(vm.error(
                ExceptionClass::OSError,
                "Can't do nonzero cur-relative seeks",
            ));
        }
        0 => data.borrow_mut().position = position as usize,
        1 => {}
        2 => {
            let end = data.borrow().text.len();
            data.borrow_mut().position = end;
        }
        _ => {
            return Err(vm.value_error(format!("Invalid whence ({whence}, should be 0, 1 or 2)")));
        }
    }
    let position = data.borrow().position;
    Ok(Value::Int(position as i64))
}

fn tell(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (object, _) = receiver(vm, &args, "tell", 0)?;
    let data = open_data(vm, &object)?;
    let position = data.borrow().position;
    Ok(Value::Int(position as i64))
}

fn truncate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (object, rest) = receiver(vm, &args, "truncate", 1)?;
    let data = open_data(vm, &object)?;
    let size = match rest.first() {
        None | Some(Value::None) => data.borrow().position as i64,
        Some(&size) => vm.index_arg(size, "")?,
    };
    if size < 0 {
        return Err(vm.value_error(format!("Negative size value {size}")));
    }
    data.borrow_mut().truncate(size as usize);
    Ok(Value::Int(size))
}

fn close(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (object, _) = receiver(vm, &args, "close", 0)?;
    let data = data_of(&object).expect("a StringIO");
    let mut data = data.borrow_mut();
    data.closed = true;
    data.text = Vec::new();
    Ok(Value::None)
}

fn flush(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    receiver(vm, &args, "flush", 0)?;
    Ok(Value::None)
}

/// `readable()`, `writable()`, `seekable()`: true while open.
fn capability(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (object, _) = receiver(vm, &args, "readable", 0)?;
    open_data(vm, &object)?;
    Ok(Value::bool(true))
}

fn isatty(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (object, _) = receiver(vm, &args, "isatty", 0)?;
    open_data_iobase(vm, &object)?;
    Ok(Value::bool(false))
}

fn enter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (object, _) = receiver(vm, &args, "__enter__", 0)?;
    open_data_iobase(vm, &object)?;
    Ok(Value::Obj(object))
}

fn exit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (object, _) = receiver(vm, &args, "__exit__", 3)?;
    close(vm, Args::positional(&[Value::Obj(object)]))
}

fn iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (object, _) = receiver(vm, &args, "__iter__", 0)?;
    open_data_iobase(vm, &object)?;
    Ok(Value::Obj(object))
}

fn next(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (object, _) = receiver(vm, &args, "__next__", 0)?;
    match vm.string_io_next(object)? {
        Some(line) => Ok(line),
        None => Err(vm.error(ExceptionClass::StopIteration, "")),
    }
}

fn closed(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (object, _) = receiver(vm, &args, "closed", 0)?;
    let closed = data_of(&object).expect("a StringIO").borrow().closed;
    Ok(Value::bool(closed))
}

fn line_buffering(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (object, _) = receiver(vm, &args, "line_buffering", 0)?;
    open_data(vm, &object)?;
    Ok(Value::bool(false))
}
