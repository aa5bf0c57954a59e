//! Methods and attributes of `memoryview` (format `'B'` only: `cast()`
//! is not there).

use crate::object::Payload;
use crate::objects::function::{Args, BuiltinKind, NativeFn};
use crate::objects::memoryview::MemoryView;
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

use super::Methods;

/// `memoryview`'s methods.
pub(crate) const METHODS: Methods = &[
    ("tobytes", tobytes, BuiltinKind::Method),
    ("tolist", tolist, BuiltinKind::Method),
    ("hex", hex, BuiltinKind::Method),
    ("release", release, BuiltinKind::Method),
    ("__enter__", enter, BuiltinKind::Method),
    ("__exit__", exit, BuiltinKind::Method),
];

/// `memoryview`'s attributes, computed from the view.
pub(crate) const PROPERTIES: &[(&str, NativeFn)] = &[
    ("obj", obj),
    ("nbytes", nbytes),
    ("readonly", readonly),
    ("itemsize", itemsize),
    ("format", format),
    ("ndim", ndim),
    ("shape", shape),
    ("strides", strides),
    ("suboffsets", suboffsets),
    ("c_contiguous", contiguous),
    ("f_contiguous", contiguous),
    ("contiguous", contiguous),
];

/// The receiver (a memoryview) and the other positional arguments.
fn receiver<'a>(vm: &mut Vm, args: &Args<'a>, name: &str) -> PyResult<(ObjRef, &'a [Value])> {
    match args.positional.split_first() {
        Some((Value::Obj(view), rest)) if matches!(view.payload, Payload::MemoryView(_)) => {
            Ok((*view, rest))
        }
        Some((other, _)) => {
            let type_name = vm.type_name(*other);
            Err(vm.type_error(format!(
                "descriptor '{name}' for 'memoryview' objects doesn't apply to a '{type_name}' object"
            )))
        }
        None => Err(vm.type_error(format!("descriptor '{name}' needs an argument"))),
    }
}

/// Runs `read` on the receiver's view, refusing a released one.
fn with_view(
    vm: &mut Vm,
    args: &Args<'_>,
    name: &str,
    read: impl FnOnce(&mut Vm, &MemoryView) -> Value,
) -> PyResult<Value> {
    vm.no_keywords(name, args)?;
    let (object, rest) = receiver(vm, args, name)?;
    vm.no_args(format_args!("memoryview.{name}"), rest)?;
    let view = vm.live_view(&object)?;
    Ok(read(vm, view))
}

/// `tobytes(order=None)`.
fn tobytes(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [_order] = vm.keywords("tobytes", &args, ["order"])?;
    let (object, rest) = receiver(vm, &args, "tobytes")?;
    vm.check_arg_tuple("tobytes", rest, 0, 1)?;
    let bytes = vm.live_view(&object)?.to_vec();
    Ok(Value::Obj(vm.new_bytes(bytes)))
}

fn tolist(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    with_view(vm, &args, "tolist", |vm, view| {
        let items: Vec<Value> = view
            .to_vec()
            .into_iter()
            .map(|b| Value::Int(i64::from(b)))
            .collect();
        Value::Obj(vm.new_list(items))
    })
}

/// `hex(sep=None, bytes_per_sep=1)`, as `bytes.hex`.
fn hex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [sep_kw, per_kw] = vm.keywords("hex", &args, ["sep", "bytes_per_sep"])?;
    let (object, rest) = receiver(vm, &args, "hex")?;
    vm.check_arg_tuple("hex", rest, 0, 2)?;
    let bytes = vm.live_view(&object)?.to_vec();
    let sep = rest.first().copied().or(sep_kw);
    let per = rest.get(1).copied().or(per_kw);
    let text = super::bytes::hex_text(vm, &bytes, sep, per)?;
    Ok(vm.str_value(&text))
}

/// `release()`: every later use of the view is an error.
fn release(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.no_keywords("release", &args)?;
    let (object, rest) = receiver(vm, &args, "release")?;
    vm.no_args("memoryview.release", rest)?;
    if let Payload::MemoryView(view) = &object.payload {
        view.released.set(true);
    }
    Ok(Value::None)
}

/// `__enter__()`: the view itself.
fn enter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    with_view(vm, &args, "__enter__", |_, _| args.positional[0])
}

/// `__exit__(*exc_info)`: releases the view.
fn exit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (object, _) = receiver(vm, &args, "__exit__")?;
    if let Payload::MemoryView(view) = &object.payload {
        view.released.set(true);
    }
    Ok(Value::None)
}

fn obj(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    with_view(vm, &args, "obj", |_, view| Value::Obj(view.source))
}

fn nbytes(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    with_view(vm, &args, "nbytes", |_, view| {
        Value::Int(view.length as i64)
    })
}

fn readonly(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    with_view(vm, &args, "readonly", |_, view| {
        Value::bool(view.readonly())
    })
}

fn itemsize(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    with_view(vm, &args, "itemsize", |_, _| Value::Int(1))
}

fn format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    with_view(vm, &args, "format", |vm, _| vm.str_value("B"))
}

fn ndim(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    with_view(vm, &args, "ndim", |_, _| Value::Int(1))
}

fn shape(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    with_view(vm, &args, "shape", |vm, view| {
        Value::Obj(vm.new_tuple([Value::Int(view.length as i64)]))
    })
}

fn strides(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    with_view(vm, &args, "strides", |vm, view| {
        Value::Obj(vm.new_tuple([Value::Int(view.step as i64)]))
    })
}

fn suboffsets(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    with_view(vm, &args, "suboffsets", |vm, _| {
        Value::Obj(vm.empty_tuple())
    })
}

/// `c_contiguous`, `f_contiguous`, `contiguous`: a one-dimensional view
/// is contiguous when its bytes are adjacent.
fn contiguous(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    with_view(vm, &args, "contiguous", |_, view| {
        Value::bool(view.step == 1 || view.length <= 1)
    })
}
