//! Methods of `int` (and so of `bool`).

use num_bigint::{BigInt, Sign};

use crate::exception_class::ExceptionClass;
use crate::number::Int;
use crate::objects::function::{Args, BuiltinKind};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

use super::Methods;

/// `int`'s methods.
pub(crate) const METHODS: Methods = &[
    ("bit_length", bit_length, BuiltinKind::Method),
    ("bit_count", bit_count, BuiltinKind::Method),
    ("conjugate", conjugate, BuiltinKind::Method),
    ("as_integer_ratio", as_integer_ratio, BuiltinKind::Method),
    ("to_bytes", to_bytes, BuiltinKind::Method),
    ("from_bytes", from_bytes, BuiltinKind::ClassMethod),
];

/// The receiver's value, after checking there are no other arguments.
fn receiver(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<Int> {
    let receiver = vm.only_receiver(args, "int", name, |v| {
        matches!(v, Value::Int(_) | Value::Bool(_))
            || matches!(v.payload(), Some(crate::object::Payload::Int(_)))
    })?;
    Ok(vm.exact_int(receiver).expect("checked"))
}

fn bit_length(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let int = receiver(vm, &args, "bit_length")?;
    Ok(Value::Int(int.bit_length() as i64))
}

fn bit_count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let int = receiver(vm, &args, "bit_count")?;
    Ok(Value::Int(int.bit_count() as i64))
}

fn conjugate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let int = receiver(vm, &args, "conjugate")?;
    Ok(vm.int_value(int))
}

fn as_integer_ratio(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let int = receiver(vm, &args, "as_integer_ratio")?;
    let numerator = vm.int_value(int);
    Ok(Value::Obj(vm.new_tuple([numerator, Value::Int(1)])))
}

/// The `byteorder` argument: whether it is `'little'`.
fn little_endian(vm: &mut Vm, byteorder: Option<Value>) -> PyResult<bool> {
    let Some(byteorder) = byteorder else {
        return Ok(false);
    };
    match byteorder
        .object()
        .and_then(|o| o.as_str())
        .map(|s| s.as_str())
    {
        Some("little") => Ok(true),
        Some("big") => Ok(false),
        Some(_) => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
        None => {
            let name = vm.type_name(byteorder);
            Err(vm.type_error(format!(
                "to_bytes() argument 'byteorder' must be str, not {name}"
            )))
        }
    }
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn to_bytes(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [length_kw, byteorder_kw, signed_kw] =
        vm.keywords("to_bytes", &args, ["length", "byteorder", "signed"])?;
    let Some((&receiver_value, rest)) = args.positional.split_first() else {
        return Err(vm.type_error("descriptor 'to_bytes' of 'int' object needs an argument"));
    };
    let Some(int) = vm.exact_int(receiver_value) else {
        return Err(
            vm.type_error("descriptor 'to_bytes' for 'int' objects doesn't apply to this object")
        );
    };
    if rest.len() > 2 {
        return Err(vm.type_error(format!(
            "to_bytes() takes at most 2 positional arguments ({} given)",
            rest.len()
        )));
    }
    let length = rest.first().copied().or(length_kw).unwrap_or(Value::Int(1));
    let length = match vm.index_value(length)?.and_then(|l| l.to_i64()) {
        Some(length) if length >= 0 => length as usize,
        Some(_) => return Err(vm.value_error("length argument must be non-negative")),
        None => {
            let name = vm.type_name(length);
            return Err(vm.type_error(format!(
                "'{name}' object cannot be interpreted as an integer"
            )));
        }
    };
    let little = little_endian(vm, rest.get(1).copied().or(byteorder_kw))?;
    let signed = match signed_kw {
        Some(value) => vm.truthy(value)?,
        None => false,
    };
    let big = int.to_bigint();
    if !signed && big.sign() == Sign::Minus {
        return Err(vm.error(
            ExceptionClass::OverflowError,
            "can't convert negative int to unsigned",
        ));
    }
    let mut bytes = if signed {
        big.to_signed_bytes_be()
    } else {
        big.to_bytes_be().1
    };
    if big.sign() == Sign::NoSign {
        bytes.clear();
    }
    if bytes.len() > length {
        return Err(vm.error(ExceptionClass::OverflowError, "int too big to convert"));
    }
    let fill = if signed && big.sign() == Sign::Minus {
        0xff
    } else {
        0
    };
    let mut out = vec![fill; length - bytes.len()];
    out.extend_from_slice(&bytes);
    if little {
        out.reverse();
    }
    Ok(Value::Obj(vm.new_bytes(out)))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`.
fn from_bytes(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [bytes_kw, byteorder_kw, signed_kw] =
        vm.keywords("from_bytes", &args, ["bytes", "byteorder", "signed"])?;
    let rest = args.positional.get(1..).unwrap_or_default();
    let Some(source) = rest.first().copied().or(bytes_kw) else {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let little = little_endian(vm, rest.get(1).copied().or(byteorder_kw))?;
    let signed = match signed_kw {
        Some(value) => vm.truthy(value)?,
        None => false,
    };
    let mut data: Vec<u8> = match source.payload() {
        Some(crate::object::Payload::Bytes(bytes)) => bytes.to_vec(),
        _ => {
            let items = vm.collect_iterable(source)?;
            let mut data = Vec::with_capacity(items.len());
            for item in items {
                match vm.exact_int(item).and_then(|i| i.to_i64()) {
                    Some(byte @ 0..=255) => data.push(byte as u8),
                    _ => return Err(vm.value_error("bytes must be in range(0, 256)")),
                }
            }
            data
        }
    };
    if little {
        data.reverse();
    }
    let big = if signed {
        BigInt::from_signed_bytes_be(&data)
    } else {
        BigInt::from_bytes_be(Sign::Plus, &data)
    };
    let value = vm.int_value(Int::from(big));
    // A subclass (bool too) makes its own instance from the int, its
    // `__new__` and `__init__` running, as CPython's `int_from_bytes_impl`.
    match args.positional.first() {
        Some(&class) if !class.is(Value::Obj(vm.types.int)) => {
            let mark = vm.root(value);
            let result = vm.call_function(class, &[value]);
            vm.release_roots(mark);
            result
        }
        _ => Ok(value),
    }
}
