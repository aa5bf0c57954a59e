//! Methods of `float`.

use crate::number::float;
use crate::objects::function::{Args, BuiltinKind};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

use super::Methods;

/// `float`'s methods.
pub(crate) const METHODS: Methods = &[
    ("is_integer", is_integer, BuiltinKind::Method),
    ("as_integer_ratio", as_integer_ratio, BuiltinKind::Method),
    ("conjugate", conjugate, BuiltinKind::Method),
    ("hex", hex, BuiltinKind::Method),
    ("fromhex", fromhex, BuiltinKind::ClassMethod),
];

/// The receiver's value, after checking there are no other arguments.
fn receiver(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<f64> {
    let receiver = vm.only_receiver(args, "float", name, |v| v.as_float().is_some())?;
    Ok(receiver.as_float().expect("checked"))
}

fn is_integer(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let value = receiver(vm, &args, "is_integer")?;
    Ok(Value::bool(float::is_integer(value)))
}

fn as_integer_ratio(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let value = receiver(vm, &args, "as_integer_ratio")?;
    let (numerator, denominator) =
        float::as_integer_ratio(value).map_err(|e| vm.number_error(e))?;
    let numerator = vm.int_value(numerator);
    let denominator = vm.int_value(denominator);
    Ok(Value::Obj(vm.new_tuple([numerator, denominator])))
}

fn conjugate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    receiver(vm, &args, "conjugate").map(Value::float)
}

fn hex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let value = receiver(vm, &args, "hex")?;
    Ok(vm.str_value(&float::to_hex(value)))
}

/// `float.fromhex(string)`, a class method.
fn fromhex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.no_keywords("float.fromhex", &args)?;
    let [class, text] = args.positional else {
        return Err(vm.type_error(format!(
            "float.fromhex() takes exactly one argument ({} given)",
            args.positional.len().saturating_sub(1)
        )));
    };
    let Some(text) = text
        .object()
        .and_then(|t| t.as_str())
        .map(|s| s.as_str().to_owned())
    else {
        let name = vm.type_name(*text);
        return Err(vm.type_error(format!("fromhex() argument must be str, not {name}")));
    };
    let value = float::from_hex(&text).map_err(|e| vm.number_error(e))?;
    if class.as_object() == Some(vm.types.float) {
        return Ok(Value::float(value));
    }
    vm.call_function(*class, &[Value::float(value)])
}
