//! `open()` and the standard streams' file objects, as CPython's
//! `_io.open` and the `sys.stdin`/`stdout`/`stderr` it makes at start-up.

use std::fs::OpenOptions;

use crate::objects::file::{Codec, FileData, Newline, Stream, TextLayer};
use crate::objects::function::Args;
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Stdio, Vm};

/// What a mode string asks for.
struct Mode {
    creating: bool,
    reading: bool,
    writing: bool,
    appending: bool,
    updating: bool,
    binary: bool,
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None,
/// newline=None, closefd=True, opener=None)`
pub(crate) fn open(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    const NAMES: [&str; 8] = [
        "file",
        "mode",
        "buffering",
        "encoding",
        "errors",
        "newline",
        "closefd",
        "opener",
    ];
    let keywords = vm.keywords("open", &args, NAMES)?;
    if args.positional.len() > NAMES.len() {
        return Err(vm.type_error(format!(
            "open() takes at most 8 arguments ({} given)",
            args.positional.len()
        )));
    }
    let mut values = keywords;
    for (i, &value) in args.positional.iter().enumerate() {
        if values[i].is_some() {
            return Err(vm.type_error(format!(
                "argument for open() given by name ('{}') and position ({})",
                NAMES[i],
                i + 1
            )));
        }
        values[i] = Some(value);
    }
    let [file, mode, _buffering, encoding, errors, newline, _closefd, _opener] = values;
    let Some(file) = file else {
        return Err(vm.type_error("open() missing required argument 'file' (pos 1)"));
    };
    let path = match file.object().and_then(|o| o.as_str()) {
        Some(path) => path.as_str().to_owned(),
        None => {
            let name = vm.type_name(file);
            return Err(vm.type_error(format!(
                "expected str, bytes or os.PathLike object, not {name}"
            )));
        }
    };
    let mode_text =
        optional_str(vm, mode, "open() argument 'mode'")?.unwrap_or_else(|| "r".to_owned());
    let encoding = optional_str(vm, encoding, "open() argument 'encoding'")?;
    let errors = optional_str(vm, errors, "open() argument 'errors'")?;
    let newline = optional_str(vm, newline, "open() argument 'newline'")?;
    let mode = parse_mode(vm, &mode_text)?;
    if mode.binary {
        for (given, what) in [
            (encoding.is_some(), "an encoding"),
            (errors.is_some(), "an errors"),
            (newline.is_some(), "a newline"),
        ] {
            if given {
                return Err(vm.value_error(format!("binary mode doesn't take {what} argument")));
            }
        }
    }
    let text = if mode.binary {
        None
    } else {
        let newline = match newline.as_deref() {
            None => Newline::Universal,
            Some("") => Newline::Untranslated,
            Some("\n") => Newline::Lf,
            Some("\r") => Newline::Cr,
            Some("\r\n") => Newline::CrLf,
            Some(other) => {
                return Err(vm.value_error(format!("illegal newline value: {other}")));
            }
        };
        let encoding = encoding.unwrap_or_else(|| "UTF-8".to_owned());
        let Some(codec) = Codec::lookup(&encoding) else {
            return Err(vm.error(
                crate::exception_class::ExceptionClass::LookupError,
                format!("unknown encoding: {encoding}"),
            ));
        };
        Some(TextLayer {
            encoding,
            codec,
            errors: errors.unwrap_or_else(|| "strict".to_owned()),
            newline,
        })
    };
    let readable = mode.reading || mode.updating;
    let writable = mode.writing || mode.appending || mode.creating || mode.updating;
    let mut options = OpenOptions::new();
    options.read(readable).write(writable);
    if mode.writing {
        options.create(true).truncate(true);
    }
    if mode.appending {
        options.append(true).create(true);
    }
    if mode.creating {
        options.create_new(true);
    }
    let opened = options.open(&path).and_then(|handle| {
        if handle.metadata()?.is_dir() {
            // Linux opens a directory for reading; Python refuses.
            return Err(std::io::Error::from_raw_os_error(21));
        }
        Ok(handle)
    });
    let handle = opened.map_err(|error| vm.os_error(&error, Some(file)))?;
    let shown_mode = if text.is_some() {
        mode_text
    } else {
        raw_mode(&mode).to_owned()
    };
    let data = FileData::new(
        Stream::Disk(handle),
        file,
        shown_mode,
        text,
        readable,
        writable,
    );
    Ok(Value::Obj(vm.new_file(data)))
}

/// A `str` argument that may be `None`.
fn optional_str(vm: &mut Vm, value: Option<Value>, what: &str) -> PyResult<Option<String>> {
    match value {
        None | Some(Value::None) => Ok(None),
        Some(value) => match value.object().and_then(|o| o.as_str()) {
            Some(text) => Ok(Some(text.as_str().to_owned())),
            None => {
                let name = vm.type_name(value);
                Err(vm.type_error(format!("{what} must be str, not {name}")))
            }
        },
    }
}

/// Checks a mode string as `_io.open` does.
fn parse_mode(vm: &mut Vm, text: &str) -> PyResult<Mode> {
    let mut mode = Mode {
        creating: false,
        reading: false,
        writing: false,
        appending: false,
        updating: false,
        binary: false,
    };
    let mut textual = false;
    for (i, c) in text.char_indices() {
        let flag = match c {
            'x' => &mut mode.creating,
            'r' => &mut mode.reading,
            'w' => &mut mode.writing,
            'a' => &mut mode.appending,
            '+' => &mut mode.updating,
            't' => &mut textual,
            'b' => &mut mode.binary,
            _ => return Err(vm.value_error(format!("invalid mode: '{text}'"))),
        };
        *flag = true;
        if text[i + c.len_utf8()..].contains(c) {
            return Err(vm.value_error(format!("invalid mode: '{text}'")));
        }
    }
    if textual && mode.binary {
        return Err(vm.value_error("can't have text and binary mode at once"));
    }
    let kinds = [mode.creating, mode.reading, mode.writing, mode.appending]
        .iter()
        .filter(|&&k| k)
        .count();
    if kinds > 1 {
        return Err(vm.value_error("must have exactly one of create/read/write/append mode"));
    }
    if kinds == 0 {
        return Err(vm.value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        ));
    }
    Ok(mode)
}

/// A binary file's `mode` (`FileIO.mode`).
fn raw_mode(mode: &Mode) -> &'static str {
    match (
        mode.creating,
        mode.appending,
        mode.reading || mode.updating,
        mode.writing || mode.updating,
    ) {
        (true, _, true, _) => "xb+",
        (true, _, false, _) => "xb",
        (_, true, true, _) => "ab+",
        (_, true, false, _) => "ab",
        (_, _, true, true) => "rb+",
        (_, _, true, false) => "rb",
        _ => "wb",
    }
}

impl Vm {
    /// The standard streams' file objects, made on first use.
    pub(crate) fn stdio(&mut self) -> Stdio {
        if let Some(stdio) = self.stdio {
            return stdio;
        }
        let make = |vm: &mut Vm, stream: Stream, name: &str, mode: &str| {
            let name = vm.str_value(name);
            let text = TextLayer {
                encoding: "utf-8".to_owned(),
                codec: Codec::Utf8,
                errors: if matches!(stream, Stream::Stderr) {
                    "backslashreplace".to_owned()
                } else {
                    "strict".to_owned()
                },
                // As CPython on POSIX: lines split at "\n" only, nothing
                // translated.
                newline: Newline::Lf,
            };
            let reading = matches!(stream, Stream::Stdin);
            let data = FileData::new(stream, name, mode.to_owned(), Some(text), reading, !reading);
            vm.new_file(data)
        };
        let stdin = make(self, Stream::Stdin, "<stdin>", "r");
        self.roots.push(Value::Obj(stdin));
        let stdout = make(self, Stream::Stdout, "<stdout>", "w");
        self.roots.push(Value::Obj(stdout));
        let stderr = make(self, Stream::Stderr, "<stderr>", "w");
        self.roots.truncate(self.roots.len() - 2);
        let stdio = Stdio {
            stdin,
            stdout,
            stderr,
        };
        self.stdio = Some(stdio);
        stdio
    }

    /// `sys.<name>` when the `sys` module was imported and the program
    /// replaced the stream with another object; `None` otherwise (and
    /// when it is `None`, `Some(Value::None)`).
    pub(crate) fn replaced_stream(&mut self, name: &str, original: ObjRef) -> Option<Value> {
        let key = self.intern("sys");
        let modules = self.modules;
        let sys = self.dict_get_str(modules, key)?;
        let dict = sys.as_object()?.dict()?;
        let key = self.intern(name);
        match self.dict_get_str(dict, key) {
            Some(Value::Obj(object)) if object == original => None,
            Some(value) => Some(value),
            None => None,
        }
    }
}
