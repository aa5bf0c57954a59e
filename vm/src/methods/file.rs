//! Methods of file objects (`_io.TextIOWrapper`, `_io.BufferedReader`,
//! `_io.BufferedWriter`, `_io.BufferedRandom`): reading, writing,
//! seeking, closing, iteration and `with`, with CPython's errors.

use std::cell::RefCell;
use std::io::SeekFrom;

use crate::exception_class::ExceptionClass;
use crate::object::Payload;
use crate::objects::file::{newlines_for_writing, translate_newlines, FileData, Stream};
use crate::objects::function::{Args, BuiltinKind, NativeFn};
use crate::value::{ObjRef, Value};
use crate::vm::{PyErr, PyResult, Vm};

use super::Methods;

/// Every file type's methods.
pub(crate) const METHODS: Methods = &[
    ("read", read, BuiltinKind::Method),
    ("readline", readline, BuiltinKind::Method),
    ("readlines", readlines, BuiltinKind::Method),
    ("write", write, BuiltinKind::Method),
    ("writelines", writelines, BuiltinKind::Method),
    ("seek", seek, BuiltinKind::Method),
    ("tell", tell, BuiltinKind::Method),
    ("truncate", truncate, BuiltinKind::Method),
    ("close", close, BuiltinKind::Method),
    ("flush", flush, BuiltinKind::Method),
    ("readable", readable, BuiltinKind::Method),
    ("writable", writable, BuiltinKind::Method),
    ("seekable", seekable, BuiltinKind::Method),
    ("isatty", isatty, BuiltinKind::Method),
    ("fileno", fileno, BuiltinKind::Method),
    ("__enter__", enter, BuiltinKind::Method),
    ("__exit__", exit, BuiltinKind::Method),
    ("__iter__", iter, BuiltinKind::Method),
    ("__next__", next, BuiltinKind::Method),
];

/// The file types' attributes, computed from the file.
pub(crate) const PROPERTIES: &[(&str, NativeFn)] = &[
    ("closed", closed),
    ("name", name),
    ("mode", mode),
    ("encoding", encoding),
    ("errors", errors),
];

/// Puts the file types' methods and attributes into their dicts.
pub(crate) fn install(vm: &mut Vm) {
    let t = &vm.types;
    let classes = [
        (t.text_io_wrapper, "TextIOWrapper"),
        (t.buffered_reader, "BufferedReader"),
        (t.buffered_writer, "BufferedWriter"),
        (t.buffered_random, "BufferedRandom"),
    ];
    for (class, owner) in classes {
        super::add_methods(vm, class, owner, METHODS);
        super::add_properties(vm, class, owner, PROPERTIES);
        let dict = class.dict().expect("a built-in type has a dict");
        let module = vm.str_value("_io");
        let key = vm.names.__module__;
        vm.dict_set_str(dict, key, module);
    }
    let unsupported = vm.types.unsupported_operation;
    let dict = unsupported.dict().expect("a built-in type has a dict");
    let module = vm.str_value("io");
    let key = vm.names.__module__;
    vm.dict_set_str(dict, key, module);
}

impl Vm {
    /// A new file object of the type its mode calls for.
    pub(crate) fn new_file(&mut self, data: FileData) -> ObjRef {
        let t = &self.types;
        let class = match (&data.text, data.readable, data.writable) {
            (Some(_), _, _) => t.text_io_wrapper,
            (None, true, true) => t.buffered_random,
            (None, true, false) => t.buffered_reader,
            (None, false, _) => t.buffered_writer,
        };
        self.alloc(class, Payload::File(RefCell::new(Box::new(data))))
    }

    /// An `OSError` (of the subclass its errno selects) for a failed
    /// operation on `filename`.
    pub(crate) fn os_error(&mut self, error: &std::io::Error, filename: Option<Value>) -> PyErr {
        let Some(errno) = error.raw_os_error() else {
            return self.error(ExceptionClass::OSError, error.to_string());
        };
        // Rust's message is C's `strerror` with " (os error N)" after it.
        let message = error.to_string();
        let strerror = message
            .strip_suffix(&format!(" (os error {errno})"))
            .unwrap_or(&message)
            .to_owned();
        let strerror = self.str_value(&strerror);
        let mut args = vec![Value::Int(i64::from(errno)), strerror];
        args.extend(filename);
        let class = self.exception_type(ExceptionClass::OSError);
        match self.new_exception_instance(class, Args::positional(&args)) {
            Ok(Value::Obj(exception)) => {
                self.set_context(exception);
                PyErr { exception }
            }
            Ok(_) => self.error(ExceptionClass::OSError, message),
            Err(error) => error,
        }
    }

    /// `io.UnsupportedOperation(message)`.
    pub(crate) fn unsupported_operation(&mut self, message: &str) -> PyErr {
        let message = self.str_value(message);
        let class = self.types.unsupported_operation;
        let exception = self.new_exception(class, vec![message]);
        self.set_context(exception);
        PyErr { exception }
    }

    /// Writes text to a text file (standard output through the VM's
    /// buffer): the number of characters written.
    pub(crate) fn file_write_text(&mut self, file: ObjRef, text: &str) -> PyResult<usize> {
        let data = file_cell(&file);
        let (encoding, errors, newline) = {
            let data = data.borrow();
            let text_layer = data.text.as_ref().expect("a text file");
            (
                text_layer.encoding.clone(),
                text_layer.errors.clone(),
                text_layer.newline,
            )
        };
        let translated = newlines_for_writing(text, newline);
        if matches!(data.borrow().stream, Stream::Stdout) {
            self.stdout.write(&translated);
            return Ok(text.chars().count());
        }
        let bytes = super::str::encode_text(self, &translated, &encoding, &errors)?;
        if matches!(data.borrow().stream, Stream::Stderr) {
            self.stdout.flush();
        }
        let result = data.borrow_mut().write_bytes(&bytes);
        result.map_err(|e| self.os_error(&e, None))?;
        Ok(text.chars().count())
    }

    /// `readline()` of a file object: the next line, `''` or `b''` at the
    /// end; at most `limit` characters (bytes) when a limit is given.
    pub(crate) fn file_readline(&mut self, file: ObjRef, limit: Option<usize>) -> PyResult<Value> {
        let data = file_cell(&file);
        let result = data.borrow_mut().read_line_bytes();
        let mut bytes = result.map_err(|e| self.os_error(&e, None))?;
        let is_text = data.borrow().text.is_some();
        if !is_text {
            if let Some(limit) = limit.filter(|&l| l < bytes.len()) {
                data.borrow_mut().unread_bytes(bytes.len() - limit);
                bytes.truncate(limit);
            }
            return Ok(Value::Obj(self.new_bytes(bytes)));
        }
        let mut text = self.decode_file_bytes(file, &bytes)?;
        if let Some(limit) = limit {
            if let Some((cut, _)) = text.char_indices().nth(limit) {
                let rest = text.split_off(cut);
                let encoding = text_encoding(&file);
                let rest_bytes = super::str::encode_text(self, &rest, &encoding, "strict")?;
                data.borrow_mut().unread_bytes(rest_bytes.len());
            }
        }
        let newline = data.borrow().text.as_ref().expect("text").newline;
        Ok(self.str_value(&translate_newlines(text, newline)))
    }

    /// Decodes bytes read from a text file.
    fn decode_file_bytes(&mut self, file: ObjRef, bytes: &[u8]) -> PyResult<String> {
        let (encoding, errors) = {
            let data = file_cell(&file).borrow();
            let text = data.text.as_ref().expect("a text file");
            (text.encoding.clone(), text.errors.clone())
        };
        super::codec::decode_bytes(self, bytes, &encoding, &errors)
    }
}

/// The data of a file object.
fn file_cell(file: &ObjRef) -> &RefCell<Box<FileData>> {
    match &file.payload {
        Payload::File(data) => data,
        _ => unreachable!("checked by the caller"),
    }
}

/// The encoding of a text file.
fn text_encoding(file: &ObjRef) -> String {
    file_cell(file)
        .borrow()
        .text
        .as_ref()
        .map_or_else(|| "utf-8".to_owned(), |t| t.encoding.clone())
}

/// What an operation needs of the file.
#[derive(Clone, Copy, PartialEq)]
enum Need {
    Open,
    Read,
    Write,
}

/// The receiver, checked to be an open file that can do what `need`
/// says, and the other positional arguments.
fn receiver<'a>(
    vm: &mut Vm,
    args: &Args<'a>,
    name: &str,
    need: Need,
) -> PyResult<(ObjRef, &'a [Value])> {
    vm.no_keywords(name, args)?;
    let Some((&Value::Obj(file), rest)) = args.positional.split_first() else {
        return Err(vm.type_error(format!("descriptor '{name}' needs a file object")));
    };
    let Payload::File(data) = &file.payload else {
        return Err(vm.type_error(format!("descriptor '{name}' requires a file object")));
    };
    let (closed, is_text, readable, writable) = {
        let data = data.borrow();
        (
            data.closed,
            data.text.is_some(),
            data.readable,
            data.writable,
        )
    };
    if closed && name != "close" {
        let message = match (is_text, name) {
            (false, "read" | "readline") => format!("{name} of closed file"),
            (false, "write") => "write to closed file".to_owned(),
            (false, "flush") => "flush of closed file".to_owned(),
            // The raw file's own check words it without a period.
            (_, "readable" | "writable" | "seekable" | "fileno" | "isatty") => {
                "I/O operation on closed file".to_owned()
            }
            _ => "I/O operation on closed file.".to_owned(),
        };
        return Err(vm.value_error(message));
    }
    match need {
        Need::Read if !readable => {
            return Err(vm.unsupported_operation(if is_text { "not readable" } else { "read" }))
        }
        Need::Write if !writable => {
            return Err(vm.unsupported_operation(if is_text { "not writable" } else { "write" }))
        }
        _ => {}
    }
    Ok((file, rest))
}

/// An optional size argument (`None` or negative for all).
fn size_arg(vm: &mut Vm, value: Option<&Value>) -> PyResult<Option<usize>> {
    match value {
        None | Some(Value::None) => Ok(None),
        Some(&value) => {
            let size = vm.index_arg(value, "")?;
            Ok(usize::try_from(size).ok())
        }
    }
}

fn read(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (file, rest) = receiver(vm, &args, "read", Need::Read)?;
    vm.check_positional("read", rest, 0, 1)?;
    let size = size_arg(vm, rest.first())?;
    let data = file_cell(&file);
    let is_text = data.borrow().text.is_some();
    let result = match size {
        None => data.borrow_mut().read_all(),
        Some(size) if is_text => data.borrow_mut().read_char_bytes(size),
        Some(size) => data.borrow_mut().read_bytes(size),
    };
    let bytes = result.map_err(|e| vm.os_error(&e, None))?;
    if !is_text {
        return Ok(Value::Obj(vm.new_bytes(bytes)));
    }
    let text = vm.decode_file_bytes(file, &bytes)?;
    let newline = data.borrow().text.as_ref().expect("text").newline;
    Ok(vm.str_value(&translate_newlines(text, newline)))
}

fn readline(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (file, rest) = receiver(vm, &args, "readline", Need::Read)?;
    vm.check_positional("readline", rest, 0, 1)?;
    let limit = size_arg(vm, rest.first())?;
    vm.file_readline(file, limit)
}

fn readlines(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (file, rest) = receiver(vm, &args, "readlines", Need::Read)?;
    let hint = size_arg(vm, rest.first())?.filter(|&h| h > 0);
    let lines = vm.new_list(Vec::new());
    let mark = vm.root(Value::Obj(lines));
    let result = (|| {
        let mut total = 0;
        loop {
            let line = vm.file_readline(file, None)?;
            let length = vm.len(line)?;
            if length == 0 {
                break;
            }
            lines.as_list().expect("a list").borrow_mut().push(line);
            total += length;
            if hint.is_some_and(|hint| total >= hint) {
                break;
            }
        }
        Ok(())
    })();
    vm.release_roots(mark);
    result.map(|()| Value::Obj(lines))
}

/// Writes one `str` (text files) or bytes-like object (binary files):
/// the count written.
fn write_one(vm: &mut Vm, file: ObjRef, value: Value) -> PyResult<usize> {
    let is_text = file_cell(&file).borrow().text.is_some();
    if is_text {
        let Some(text) = value
            .object()
            .and_then(|o| o.as_str())
            .map(|s| s.as_str().to_owned())
        else {
            let name = vm.type_name(value);
            return Err(vm.type_error(format!("write() argument must be str, not {name}")));
        };
        return vm.file_write_text(file, &text);
    }
    let bytes = match value.payload() {
        Some(Payload::Bytes(bytes)) => bytes.to_vec(),
        _ => {
            let name = vm.type_name(value);
            return Err(vm.type_error(format!("a bytes-like object is required, not '{name}'")));
        }
    };
    let result = file_cell(&file).borrow_mut().write_bytes(&bytes);
    result.map_err(|e| vm.os_error(&e, None))?;
    Ok(bytes.len())
}

fn write(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (file, rest) = receiver(vm, &args, "write", Need::Write)?;
    let value = vm.exactly_one("write", rest)?;
    let written = write_one(vm, file, value)?;
    Ok(Value::Int(written as i64))
}

fn writelines(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (file, rest) = receiver(vm, &args, "writelines", Need::Write)?;
    let lines = vm.exactly_one("writelines", rest)?;
    let items = vm.collect_iterable(lines)?;
    let mark = vm.roots.len();
    vm.roots.extend_from_slice(&items);
    let result = items
        .iter()
        .try_for_each(|&item| write_one(vm, file, item).map(drop));
    vm.release_roots(mark);
    result.map(|()| Value::None)
}

fn seek(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (file, rest) = receiver(vm, &args, "seek", Need::Open)?;
    vm.check_positional("seek", rest, 1, 2)?;
    let offset = vm.index_arg(rest[0], "")?;
    let whence = match rest.get(1) {
        Some(&whence) => vm.index_arg(whence, "")?,
        None => 0,
    };
    let data = file_cell(&file);
    if !data.borrow().seekable() {
        return Err(vm.unsupported_operation("underlying stream is not seekable"));
    }
    let is_text = data.borrow().text.is_some();
    let target = match whence {
        0 if offset < 0 => {
            return Err(vm.value_error(format!("negative seek position {offset}")));
        }
        0 => SeekFrom::Start(offset as u64),
        1 if is_text && offset != 0 => {
            return Err(vm.unsupported_operation("can't do nonzero cur-relative seeks"));
        }
        1 => SeekFrom::Current(offset),
        2 if is_text && offset != 0 => {
            return Err(vm.unsupported_operation("can't do nonzero end-relative seeks"));
        }
        2 => SeekFrom::End(offset),
        _ if is_text => {
            return Err(vm.value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)")));
        }
        _ => {
            return Err(vm.value_error(format!("whence value {whence} unsupported")));
        }
    };
    let result = data.borrow_mut().seek(target);
    let position = result.map_err(|e| vm.os_error(&e, None))?;
    Ok(Value::Int(position as i64))
}

fn tell(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (file, _) = receiver(vm, &args, "tell", Need::Open)?;
    let data = file_cell(&file);
    if !data.borrow().seekable() {
        return Err(vm.os_error(&std::io::Error::from_raw_os_error(29), None));
    }
    let result = data.borrow_mut().tell();
    let position = result.map_err(|e| vm.os_error(&e, None))?;
    Ok(Value::Int(position as i64))
}

fn truncate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (file, rest) = receiver(vm, &args, "truncate", Need::Write)?;
    let size = match rest.first() {
        None | Some(Value::None) => None,
        Some(&size) => Some(vm.index_arg(size, "")?.max(0) as u64),
    };
    let result = file_cell(&file).borrow_mut().truncate(size);
    let size = result.map_err(|e| vm.os_error(&e, None))?;
    Ok(Value::Int(size as i64))
}

fn close(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (file, _) = receiver(vm, &args, "close", Need::Open)?;
    let data = file_cell(&file);
    if matches!(data.borrow().stream, Stream::Stdout) {
        vm.stdout.flush();
    }
    data.borrow_mut().close();
    Ok(Value::None)
}

fn flush(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (file, _) = receiver(vm, &args, "flush", Need::Open)?;
    if matches!(file_cell(&file).borrow().stream, Stream::Stdout) {
        vm.stdout.flush();
    }
    Ok(Value::None)
}

fn readable(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (file, _) = receiver(vm, &args, "readable", Need::Open)?;
    let readable = file_cell(&file).borrow().readable;
    Ok(Value::bool(readable))
}

fn writable(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (file, _) = receiver(vm, &args, "writable", Need::Open)?;
    let writable = file_cell(&file).borrow().writable;
    Ok(Value::bool(writable))
}

fn seekable(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (file, _) = receiver(vm, &args, "seekable", Need::Open)?;
    let seekable = file_cell(&file).borrow().seekable();
    Ok(Value::bool(seekable))
}

fn isatty(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (file, _) = receiver(vm, &args, "isatty", Need::Open)?;
    let isatty = file_cell(&file).borrow().isatty();
    Ok(Value::bool(isatty))
}

fn fileno(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (file, _) = receiver(vm, &args, "fileno", Need::Open)?;
    let data = file_cell(&file).borrow();
    match &data.stream {
        Stream::Stdin => Ok(Value::Int(0)),
        Stream::Stdout => Ok(Value::Int(1)),
        Stream::Stderr => Ok(Value::Int(2)),
        Stream::Disk(disk) => Ok(Value::Int(i64::from(crate::objects::file::raw_fd(disk)))),
        Stream::Closed => Err(vm.value_error("I/O operation on closed file.")),
    }
}

fn enter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (file, _) = receiver(vm, &args, "__enter__", Need::Open)?;
    Ok(Value::Obj(file))
}

fn exit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(&file) = args.positional.first() else {
        return Err(vm.type_error("descriptor '__exit__' needs a file object"));
    };
    close(vm, Args::positional(&[file]))
}

fn iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (file, _) = receiver(vm, &args, "__iter__", Need::Open)?;
    Ok(Value::Obj(file))
}

fn next(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (file, _) = receiver(vm, &args, "__next__", Need::Read)?;
    match vm.file_next(file)? {
        Some(line) => Ok(line),
        None => Err(vm.error(ExceptionClass::StopIteration, "")),
    }
}

impl Vm {
    /// What `print()` writes to one of the VM's file objects.
    pub(crate) fn print_to_file(&mut self, file: ObjRef, text: &str) -> PyResult<()> {
        let (closed, writable, is_text, is_stdout) = {
            let data = file_cell(&file).borrow();
            (
                data.closed,
                data.writable,
                data.text.is_some(),
                matches!(data.stream, Stream::Stdout),
            )
        };
        if closed {
            return Err(self.value_error(if is_text {
                "I/O operation on closed file."
            } else {
                "write to closed file"
            }));
        }
        if !writable {
            return Err(self.unsupported_operation(if is_text { "not writable" } else { "write" }));
        }
        if !is_text {
            return Err(self.type_error("a bytes-like object is required, not 'str'"));
        }
        if is_stdout {
            self.stdout.write(text);
            return Ok(());
        }
        self.file_write_text(file, text).map(drop)
    }

    /// `flush()` of one of the VM's file objects.
    pub(crate) fn flush_file(&mut self, file: ObjRef) {
        if matches!(file_cell(&file).borrow().stream, Stream::Stdout) {
            self.stdout.flush();
        }
    }

    /// The next line of a file being iterated, `None` at its end.
    pub(crate) fn file_next(&mut self, file: ObjRef) -> PyResult<Option<Value>> {
        let (closed, readable, is_text) = {
            let data = file_cell(&file).borrow();
            (data.closed, data.readable, data.text.is_some())
        };
        if closed {
            return Err(self.value_error(if is_text {
                "I/O operation on closed file."
            } else {
                "readline of closed file"
            }));
        }
        if !readable {
            return Err(self.unsupported_operation(if is_text { "not readable" } else { "read" }));
        }
        let line = self.file_readline(file, None)?;
        Ok((self.len(line)? > 0).then_some(line))
    }

    /// `repr()` of a file object.
    pub(crate) fn file_repr(&mut self, file: ObjRef) -> PyResult<String> {
        let (name, mode, encoding) = {
            let data = file_cell(&file).borrow();
            (
                data.name,
                data.mode.clone(),
                data.text.as_ref().map(|t| t.encoding.clone()),
            )
        };
        let class = crate::vm::type_name_of(file.class());
        let name = self.repr_string(name)?;
        Ok(match encoding {
            Some(encoding) => {
                let mode = crate::format::ascii_escape(&pyvm_source::python_str_repr(&mode));
                let encoding = pyvm_source::python_str_repr(&encoding);
                format!("<_io.{class} name={name} mode={mode} encoding={encoding}>")
            }
            None => format!("<_io.{class} name={name}>"),
        })
    }
}

/// The receiver of an attribute getter.
fn getter_file(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<ObjRef> {
    match args.positional.first() {
        Some(&Value::Obj(file)) if matches!(file.payload, Payload::File(_)) => Ok(file),
        _ => Err(vm.type_error(format!("descriptor '{name}' requires a file object"))),
    }
}

fn closed(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let file = getter_file(vm, &args, "closed")?;
    let closed = file_cell(&file).borrow().closed;
    Ok(Value::bool(closed))
}

fn name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let file = getter_file(vm, &args, "name")?;
    let name = file_cell(&file).borrow().name;
    Ok(name)
}

fn mode(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let file = getter_file(vm, &args, "mode")?;
    let mode = file_cell(&file).borrow().mode.clone();
    Ok(vm.str_value(&mode))
}

fn encoding(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let file = getter_file(vm, &args, "encoding")?;
    let encoding = file_cell(&file)
        .borrow()
        .text
        .as_ref()
        .map(|t| t.encoding.clone());
    match encoding {
        Some(encoding) => Ok(vm.str_value(&encoding)),
        None => Err(vm.error(
            ExceptionClass::AttributeError,
            format!(
                "'_io.{}' object has no attribute 'encoding'",
                crate::vm::type_name_of(file.class())
            ),
        )),
    }
}

fn errors(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let file = getter_file(vm, &args, "errors")?;
    let errors = file_cell(&file)
        .borrow()
        .text
        .as_ref()
        .map(|t| t.errors.clone());
    match errors {
        Some(errors) => Ok(vm.str_value(&errors)),
        None => Err(vm.error(
            ExceptionClass::AttributeError,
            format!(
                "'_io.{}' object has no attribute 'errors'",
                crate::vm::type_name_of(file.class())
            ),
        )),
    }
}
