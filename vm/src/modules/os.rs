//! A small `os` module: the file-system calls programs use to manage
//! the files they work with (`remove`, `mkdir`, `listdir`…) and
//! `os.path`'s common functions.

use crate::objects::function::{Args, BuiltinKind, NativeFn};
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("remove", remove),
    ("unlink", remove),
    ("mkdir", mkdir),
    ("rmdir", rmdir),
    ("listdir", listdir),
    ("getcwd", getcwd),
    ("rename", rename),
];

const PATH_FUNCTIONS: &[(&str, NativeFn)] = &[
    ("exists", exists),
    ("isfile", isfile),
    ("isdir", isdir),
    ("join", join),
    ("basename", basename),
    ("dirname", dirname),
    ("getsize", getsize),
];

/// Fills `os` (and makes `os.path`).
pub(crate) fn init(vm: &mut Vm, module: ObjRef) -> PyResult<()> {
    vm.add_module_functions(module, FUNCTIONS);
    for (name, value) in [
        ("sep", "/"),
        ("linesep", "\n"),
        ("name", "posix"),
        ("curdir", "."),
    ] {
        let value = vm.str_value(value);
        vm.set_module_attr(module, name, value);
    }
    let path = vm.new_module("posixpath");
    for &(name, function) in PATH_FUNCTIONS {
        let builtin = vm.new_builtin(name, None, function, BuiltinKind::Function);
        vm.set_module_attr(path, name, Value::Obj(builtin));
    }
    let sep = vm.str_value("/");
    vm.set_module_attr(path, "sep", sep);
    vm.set_module_attr(module, "path", Value::Obj(path));
    let key = vm.intern("os.path");
    let modules = vm.modules;
    vm.dict_set_str(modules, key, Value::Obj(path));
    Ok(())
}

/// A path argument.
fn path_arg(vm: &mut Vm, value: Value, function: &str) -> PyResult<String> {
    match value.object().and_then(|o| o.as_str()) {
        Some(path) => Ok(path.as_str().to_owned()),
        None => {
            let name = vm.type_name(value);
            Err(vm.type_error(format!(
                "{function}: path should be string, bytes or os.PathLike, not {name}"
            )))
        }
    }
}

/// The one path argument of `function`.
fn one_path(vm: &mut Vm, args: &Args<'_>, function: &str) -> PyResult<(Value, String)> {
    let value = vm.one_arg(function, args)?;
    let path = path_arg(vm, value, function)?;
    Ok((value, path))
}

/// Runs a file-system call on `path`, turning its error into `OSError`.
fn with_path<T>(
    vm: &mut Vm,
    name: Value,
    call: impl FnOnce() -> std::io::Result<T>,
) -> PyResult<T> {
    call().map_err(|error| vm.os_error(&error, Some(name)))
}

fn remove(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (name, path) = one_path(vm, &args, "remove")?;
    with_path(vm, name, || std::fs::remove_file(&path))?;
    Ok(Value::None)
}

fn mkdir(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(&name) = args.positional.first() else {
        return Err(vm.type_error("mkdir() missing required argument 'path' (pos 1)"));
    };
    let path = path_arg(vm, name, "mkdir")?;
    with_path(vm, name, || std::fs::create_dir(&path))?;
    Ok(Value::None)
}

fn rmdir(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (name, path) = one_path(vm, &args, "rmdir")?;
    with_path(vm, name, || std::fs::remove_dir(&path))?;
    Ok(Value::None)
}

fn listdir(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.positional_range("listdir", &args, 0, 1)?;
    let (name, path) = match args.positional.first() {
        Some(&name) => (name, path_arg(vm, name, "listdir")?),
        None => (vm.str_value("."), ".".to_owned()),
    };
    let entries = with_path(vm, name, || {
        std::fs::read_dir(&path)?
            .map(|entry| entry.map(|e| e.file_name().to_string_lossy().into_owned()))
            .collect::<std::io::Result<Vec<String>>>()
    })?;
    let items: Vec<Value> = entries.iter().map(|e| vm.str_value(e)).collect();
    Ok(Value::Obj(vm.new_list(items)))
}

fn getcwd(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.positional_range("getcwd", &args, 0, 0)?;
    let cwd = std::env::current_dir().map_err(|error| vm.os_error(&error, None))?;
    Ok(vm.str_value(&cwd.to_string_lossy()))
}

fn rename(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.positional_range("rename", &args, 2, 2)?;
    let (from, to) = (args.positional[0], args.positional[1]);
    let (source, target) = (path_arg(vm, from, "rename")?, path_arg(vm, to, "rename")?);
    with_path(vm, from, || std::fs::rename(&source, &target))?;
    Ok(Value::None)
}

fn exists(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, path) = one_path(vm, &args, "exists")?;
    Ok(Value::bool(std::path::Path::new(&path).exists()))
}

fn isfile(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, path) = one_path(vm, &args, "isfile")?;
    Ok(Value::bool(std::path::Path::new(&path).is_file()))
}

fn isdir(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, path) = one_path(vm, &args, "isdir")?;
    Ok(Value::bool(std::path::Path::new(&path).is_dir()))
}

fn getsize(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (name, path) = one_path(vm, &args, "getsize")?;
    let metadata = with_path(vm, name, || std::fs::metadata(&path))?;
    Ok(Value::Int(metadata.len() as i64))
}

/// `os.path.join(a, *p)`, as `posixpath.join`.
fn join(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.no_keywords("join", &args)?;
    let Some((&first, rest)) = args.positional.split_first() else {
        return Err(vm.type_error("join() missing 1 required positional argument: 'a'"));
    };
    let mut path = path_arg(vm, first, "join")?;
    for &part in rest {
        let part = path_arg(vm, part, "join")?;
        if part.starts_with('/') {
            path = part;
        } else if path.is_empty() || path.ends_with('/') {
            path.push_str(&part);
        } else {
            path.push('/');
            path.push_str(&part);
        }
    }
    Ok(vm.str_value(&path))
}

/// `os.path.basename(p)`: after the last `/`.
fn basename(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, path) = one_path(vm, &args, "basename")?;
    let base = path.rsplit('/').next().unwrap_or("");
    Ok(vm.str_value(base))
}

/// `os.path.dirname(p)`: up to the last `/`, trailing slashes removed
/// unless it is all slashes.
fn dirname(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, path) = one_path(vm, &args, "dirname")?;
    let head = match path.rfind('/') {
        Some(i) => &path[..=i],
        None => "",
    };
    let trimmed = head.trim_end_matches('/');
    let head = if trimmed.is_empty() { head } else { trimmed };
    Ok(vm.str_value(head))
}
