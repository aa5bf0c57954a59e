//! Methods of `range` and `slice`.

use crate::exception_class::ExceptionClass;
use crate::number::Int;
use crate::object::Payload;
use crate::objects::function::{Args, BuiltinKind};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

use super::Methods;

/// `range`'s methods.
pub(crate) const METHODS: Methods = &[
    ("index", index, BuiltinKind::Method),
    ("count", count, BuiltinKind::Method),
];

/// `slice`'s methods.
pub(crate) const SLICE_METHODS: Methods = &[("indices", indices, BuiltinKind::Method)];

/// The receiver range and the one argument.
fn range_and_value(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<(Value, Value)> {
    vm.no_keywords(format_args!("range.{name}"), args)?;
    match args.positional {
        [range, value] if matches!(range.payload(), Some(Payload::Range(_))) => {
            Ok((*range, *value))
        }
        [_, _] => Err(vm.type_error(format!(
            "descriptor '{name}' for 'range' objects doesn't apply to this object"
        ))),
        other => Err(vm.type_error(format!(
            "range.{name}() takes exactly one argument ({} given)",
            other.len().saturating_sub(1)
        ))),
    }
}

/// The position of an int in a range, without comparing by `==`.
fn int_position(range: &crate::objects::range::Range, int: &Int) -> Option<Int> {
    let offset = int - &range.start;
    let (quotient, remainder) = (
        offset.floor_div(&range.step).ok()?,
        offset.modulo(&range.step).ok()?,
    );
    (remainder.is_zero() && !quotient.is_negative() && quotient < range.len()).then_some(quotient)
}

fn index(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (range, value) = range_and_value(vm, &args, "index")?;
    let Some(Payload::Range(data)) = range.payload() else {
        unreachable!("checked")
    };
    if let Some(int) = vm.exact_int(value) {
        if let Some(position) = int_position(data, &int) {
            return Ok(vm.int_value(position));
        }
    } else {
        // Other values are found by equality, as in a sequence.
        let items = vm.collect_iterable(range)?;
        for (i, item) in items.into_iter().enumerate() {
            if vm.eq(item, value)? {
                return Ok(Value::Int(i as i64));
            }
        }
    }
    let text = vm.repr_string(value)?;
    Err(vm.error(
        ExceptionClass::ValueError,
        format!("{text} is not in range"),
    ))
}

fn count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (range, value) = range_and_value(vm, &args, "count")?;
    let Some(Payload::Range(data)) = range.payload() else {
        unreachable!("checked")
    };
    if let Some(int) = vm.exact_int(value) {
        return Ok(Value::Int(i64::from(int_position(data, &int).is_some())));
    }
    let items = vm.collect_iterable(range)?;
    let mut found = 0;
    for item in items {
        if vm.eq(item, value)? {
            found += 1;
        }
    }
    Ok(Value::Int(found))
}

/// `slice.indices(length)`: `(start, stop, step)` adjusted to a sequence
/// of that length.
fn indices(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.no_keywords("slice.indices", &args)?;
    let [slice, length] = args.positional else {
        return Err(vm.type_error(format!(
            "slice.indices() takes exactly one argument ({} given)",
            args.positional.len().saturating_sub(1)
        )));
    };
    let Some(slice) = slice
        .as_object()
        .filter(|s| matches!(s.payload, Payload::Slice(_)))
    else {
        return Err(
            vm.type_error("descriptor 'indices' for 'slice' objects doesn't apply to this object")
        );
    };
    let length = vm.index_int(*length)?;
    if length.is_negative() {
        return Err(vm.value_error("length should not be negative"));
    }
    let (start, stop, step) = vm.slice_long_indices(slice, &length)?;
    let parts = vec![vm.int_value(start), vm.int_value(stop), vm.int_value(step)];
    Ok(Value::Obj(vm.new_tuple(parts)))
}
