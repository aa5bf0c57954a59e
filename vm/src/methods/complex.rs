//! Methods of `complex`.

use crate::number::complex::Complex;
use crate::object::Payload;
use crate::objects::function::{Args, BuiltinKind};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

use super::Methods;

/// `complex`'s methods.
pub(crate) const METHODS: Methods = &[
    ("conjugate", conjugate, BuiltinKind::Method),
    ("__complex__", complex, BuiltinKind::Method),
    ("__abs__", abs, BuiltinKind::Method),
    ("__bool__", bool_, BuiltinKind::Method),
    ("__getnewargs__", getnewargs, BuiltinKind::Method),
];

/// The receiver's value, after checking there are no other arguments.
fn receiver(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<Complex> {
    let receiver = vm.only_receiver(args, "complex", name, |v| {
        matches!(v.payload(), Some(Payload::Complex(_)))
    })?;
    match receiver.payload() {
        Some(Payload::Complex(z)) => Ok(*z),
        _ => unreachable!("checked"),
    }
}

fn conjugate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let z = receiver(vm, &args, "conjugate")?;
    Ok(vm.complex_value(z.conjugate()))
}

fn complex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let z = receiver(vm, &args, "__complex__")?;
    Ok(vm.complex_value(z))
}

fn abs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let z = receiver(vm, &args, "__abs__")?;
    z.abs().map(Value::float).map_err(|e| vm.complex_error(e))
}

fn bool_(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let z = receiver(vm, &args, "__bool__")?;
    Ok(Value::bool(!z.is_zero()))
}

fn getnewargs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let z = receiver(vm, &args, "__getnewargs__")?;
    Ok(Value::Obj(
        vm.new_tuple([Value::float(z.re), Value::float(z.im)]),
    ))
}
