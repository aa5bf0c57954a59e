//! The dunder methods of the built-in types (CPython's slot wrappers):
//! `int.__add__`, `list.__getitem__`, `object.__eq__`… Each runs the
//! built-in operation on its receiver, ignoring what a subclass
//! overrides, so that `super().__getitem__(key)` in a subclass of `list`
//! reaches the list's own.
//!
//! The operators themselves do not call these: the interpreter runs the
//! built-in operations directly and looks up only user classes' dunders.

use pyvm_bytecode::{BinaryOperator as Op, ComparisonOperator as Cmp, Instruction};

use crate::exception_class::ExceptionClass;
use crate::number::float;
use crate::object::Payload;
use crate::objects::function::{Args, BuiltinKind};
use crate::ops::sequence_arith::is_sequence;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

use super::Methods;

/// `object`'s: comparisons, hashing, formatting, attribute access.
pub(crate) const OBJECT: Methods = &[
    ("__eq__", object_eq, BuiltinKind::Method),
    ("__ne__", object_ne, BuiltinKind::Method),
    ("__lt__", object_order, BuiltinKind::Method),
    ("__le__", object_order, BuiltinKind::Method),
    ("__gt__", object_order, BuiltinKind::Method),
    ("__ge__", object_order, BuiltinKind::Method),
    ("__hash__", hash, BuiltinKind::Method),
    ("__format__", format, BuiltinKind::Method),
    ("__getattribute__", getattribute, BuiltinKind::Method),
    ("__setattr__", setattr, BuiltinKind::Method),
    ("__delattr__", delattr, BuiltinKind::Method),
    ("__init_subclass__", init_subclass, BuiltinKind::ClassMethod),
];

/// `type`'s own attribute access (found before `object`'s in its MRO,
/// so `type.__getattribute__` checks that its receiver is a class).
pub(crate) const TYPE: Methods = &[
    ("__getattribute__", getattribute, BuiltinKind::Method),
    ("__setattr__", type_setattr, BuiltinKind::Method),
    ("__delattr__", type_delattr, BuiltinKind::Method),
];

/// The comparisons of the types that have their own (numbers, strings,
/// containers), not `object`'s.
pub(crate) const COMPARISON: Methods = &[
    ("__eq__", eq, BuiltinKind::Method),
    ("__ne__", ne, BuiltinKind::Method),
    ("__lt__", lt, BuiltinKind::Method),
    ("__le__", le, BuiltinKind::Method),
    ("__gt__", gt, BuiltinKind::Method),
    ("__ge__", ge, BuiltinKind::Method),
];

/// `int`'s and `float`'s arithmetic and conversions.
pub(crate) const NUMBER: Methods = &[
    ("__add__", add, BuiltinKind::Method),
    ("__radd__", radd, BuiltinKind::Method),
    ("__sub__", sub, BuiltinKind::Method),
    ("__rsub__", rsub, BuiltinKind::Method),
    ("__mul__", mul, BuiltinKind::Method),
    ("__rmul__", rmul, BuiltinKind::Method),
    ("__truediv__", truediv, BuiltinKind::Method),
    ("__rtruediv__", rtruediv, BuiltinKind::Method),
    ("__floordiv__", floordiv, BuiltinKind::Method),
    ("__rfloordiv__", rfloordiv, BuiltinKind::Method),
    ("__mod__", mod_, BuiltinKind::Method),
    ("__rmod__", rmod, BuiltinKind::Method),
    ("__pow__", pow, BuiltinKind::Method),
    ("__rpow__", rpow, BuiltinKind::Method),
    ("__divmod__", divmod, BuiltinKind::Method),
    ("__rdivmod__", rdivmod, BuiltinKind::Method),
    ("__neg__", neg, BuiltinKind::Method),
    ("__pos__", pos, BuiltinKind::Method),
    ("__abs__", abs, BuiltinKind::Method),
    ("__bool__", bool_, BuiltinKind::Method),
    ("__int__", int, BuiltinKind::Method),
    ("__float__", float_, BuiltinKind::Method),
    ("__trunc__", trunc, BuiltinKind::Method),
    ("__floor__", floor, BuiltinKind::Method),
    ("__ceil__", ceil, BuiltinKind::Method),
    ("__round__", round, BuiltinKind::Method),
];

/// `complex`'s arithmetic (no `//`, `%` or conversions).
pub(crate) const COMPLEX: Methods = &[
    ("__add__", add, BuiltinKind::Method),
    ("__radd__", radd, BuiltinKind::Method),
    ("__sub__", sub, BuiltinKind::Method),
    ("__rsub__", rsub, BuiltinKind::Method),
    ("__mul__", mul, BuiltinKind::Method),
    ("__rmul__", rmul, BuiltinKind::Method),
    ("__truediv__", truediv, BuiltinKind::Method),
    ("__rtruediv__", rtruediv, BuiltinKind::Method),
    ("__pow__", pow, BuiltinKind::Method),
    ("__rpow__", rpow, BuiltinKind::Method),
    ("__neg__", neg, BuiltinKind::Method),
    ("__pos__", pos, BuiltinKind::Method),
];

/// `int`'s bitwise operators and `__index__`.
pub(crate) const INT: Methods = &[
    ("__and__", and, BuiltinKind::Method),
    ("__rand__", rand, BuiltinKind::Method),
    ("__or__", or, BuiltinKind::Method),
    ("__ror__", ror, BuiltinKind::Method),
    ("__xor__", xor, BuiltinKind::Method),
    ("__rxor__", rxor, BuiltinKind::Method),
    ("__lshift__", lshift, BuiltinKind::Method),
    ("__rlshift__", rlshift, BuiltinKind::Method),
    ("__rshift__", rshift, BuiltinKind::Method),
    ("__rrshift__", rrshift, BuiltinKind::Method),
    ("__invert__", invert, BuiltinKind::Method),
    ("__index__", index, BuiltinKind::Method),
];

/// What every built-in collection has.
pub(crate) const COLLECTION: Methods = &[
    ("__len__", len, BuiltinKind::Method),
    ("__contains__", contains, BuiltinKind::Method),
    ("__iter__", iter, BuiltinKind::Method),
];

/// `__reversed__` of `list`, `dict`, its views and `range`.
pub(crate) const REVERSIBLE: Methods = &[("__reversed__", reversed, BuiltinKind::Method)];

/// The sequences' (`str`, `bytes`, `tuple`, `list`) concatenation,
/// repetition and indexing.
pub(crate) const SEQUENCE: Methods = &[
    ("__getitem__", getitem, BuiltinKind::Method),
    ("__add__", sequence_add, BuiltinKind::Method),
    ("__mul__", sequence_mul, BuiltinKind::Method),
    ("__rmul__", sequence_rmul, BuiltinKind::Method),
];

/// The `%` formatting of `str`, `bytes` and `bytearray`.
pub(crate) const STR: Methods = &[
    ("__mod__", mod_, BuiltinKind::Method),
    ("__rmod__", rmod, BuiltinKind::Method),
];

/// `memoryview`'s length, iteration and subscripts.
pub(crate) const MEMORYVIEW: Methods = &[
    ("__len__", len, BuiltinKind::Method),
    ("__iter__", iter, BuiltinKind::Method),
    ("__getitem__", getitem, BuiltinKind::Method),
    ("__setitem__", setitem, BuiltinKind::Method),
    ("__delitem__", delitem, BuiltinKind::Method),
];

/// The mutable sequences' and mappings' item assignment.
pub(crate) const MUTABLE: Methods = &[
    ("__setitem__", setitem, BuiltinKind::Method),
    ("__delitem__", delitem, BuiltinKind::Method),
];

/// `list`'s in-place operators.
pub(crate) const LIST: Methods = &[
    ("__iadd__", list_iadd, BuiltinKind::Method),
    ("__imul__", list_imul, BuiltinKind::Method),
];

/// `dict`'s indexing and merge operators.
pub(crate) const DICT: Methods = &[
    ("__getitem__", getitem, BuiltinKind::Method),
    ("__or__", or, BuiltinKind::Method),
    ("__ror__", ror, BuiltinKind::Method),
    ("__ior__", dict_ior, BuiltinKind::Method),
];

/// The set operators of `set`, `frozenset` and dict key views.
pub(crate) const SET: Methods = &[
    ("__or__", or, BuiltinKind::Method),
    ("__ror__", ror, BuiltinKind::Method),
    ("__and__", and, BuiltinKind::Method),
    ("__rand__", rand, BuiltinKind::Method),
    ("__sub__", sub, BuiltinKind::Method),
    ("__rsub__", rsub, BuiltinKind::Method),
    ("__xor__", xor, BuiltinKind::Method),
    ("__rxor__", rxor, BuiltinKind::Method),
];

/// `set`'s in-place operators.
pub(crate) const SET_INPLACE: Methods = &[
    ("__ior__", set_ior, BuiltinKind::Method),
    ("__iand__", set_iand, BuiltinKind::Method),
    ("__isub__", set_isub, BuiltinKind::Method),
    ("__ixor__", set_ixor, BuiltinKind::Method),
];

/// `range`'s indexing.
pub(crate) const RANGE: Methods = &[("__getitem__", getitem, BuiltinKind::Method)];

/// The iterators': `__iter__` (themselves) and `__next__`.
pub(crate) const ITERATOR: Methods = &[
    ("__iter__", iter, BuiltinKind::Method),
    ("__next__", next, BuiltinKind::Method),
];

/// The receiver, with no other arguments.
fn only_receiver(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<Value> {
    vm.no_keywords(name, args)?;
    match args.positional {
        [receiver] => Ok(*receiver),
        [] => Err(vm.type_error(format!("descriptor '{name}' needs an argument"))),
        more => Err(vm.type_error(format!("expected 0 arguments, got {}", more.len() - 1))),
    }
}

/// The receiver and one argument.
fn receiver_and_one(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<(Value, Value)> {
    vm.no_keywords(name, args)?;
    match args.positional {
        [receiver, other] => Ok((*receiver, *other)),
        [] => Err(vm.type_error(format!("descriptor '{name}' needs an argument"))),
        more => Err(vm.type_error(format!("expected 1 argument, got {}", more.len() - 1))),
    }
}

/// Whether the built-in operation of the receiver's type applies to the
/// other operand: an int's only to ints (`(1).__add__(1.0)` is
/// `NotImplemented`; float's handles it).
fn operand_applies(vm: &Vm, receiver: Value, other: Value) -> bool {
    let is_complex = |value: Value| matches!(value.payload(), Some(Payload::Complex(_)));
    if receiver.as_float().is_some() && is_complex(other) {
        return false;
    }
    vm.exact_int(receiver).is_none() || vm.exact_int(other).is_some()
}

/// A binary operator's method; `reflected` for `__radd__` and the like.
fn binary(vm: &mut Vm, args: &Args<'_>, name: &str, op: Op, reflected: bool) -> PyResult<Value> {
    let (receiver, other) = receiver_and_one(vm, args, name)?;
    if !operand_applies(vm, receiver, other) {
        return Ok(Value::NotImplemented);
    }
    if reflected {
        vm.builtin_binary(other, receiver, op)
    } else {
        vm.builtin_binary(receiver, other, op)
    }
}

fn add(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    binary(vm, &args, "__add__", Op::Add, false)
}

fn radd(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    binary(vm, &args, "__radd__", Op::Add, true)
}

fn sub(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    binary(vm, &args, "__sub__", Op::Subtract, false)
}

fn rsub(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    binary(vm, &args, "__rsub__", Op::Subtract, true)
}

fn mul(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    binary(vm, &args, "__mul__", Op::Multiply, false)
}

fn rmul(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    binary(vm, &args, "__rmul__", Op::Multiply, true)
}

fn truediv(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    binary(vm, &args, "__truediv__", Op::TrueDivide, false)
}

fn rtruediv(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    binary(vm, &args, "__rtruediv__", Op::TrueDivide, true)
}

fn floordiv(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    binary(vm, &args, "__floordiv__", Op::FloorDivide, false)
}

fn rfloordiv(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    binary(vm, &args, "__rfloordiv__", Op::FloorDivide, true)
}

fn mod_(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    binary(vm, &args, "__mod__", Op::Remainder, false)
}

fn rmod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    binary(vm, &args, "__rmod__", Op::Remainder, true)
}

/// `__pow__` and `__rpow__`, with the optional modulus of three-argument
/// `pow` (CPython's `wrap_ternaryfunc`).
fn power(vm: &mut Vm, args: &Args<'_>, name: &str, reflected: bool) -> PyResult<Value> {
    let modulus = match args.positional {
        [_, _, modulus] if !modulus.is_none() => *modulus,
        [receiver, other, _] => {
            let positional = [*receiver, *other];
            let args = Args {
                positional: &positional,
                ..*args
            };
            return binary(vm, &args, name, Op::Power, reflected);
        }
        _ => return binary(vm, args, name, Op::Power, reflected),
    };
    vm.no_keywords(name, args)?;
    let (receiver, other) = (args.positional[0], args.positional[1]);
    if !operand_applies(vm, receiver, other) {
        return Ok(Value::NotImplemented);
    }
    // An int's `pow` takes only int operands; a float's refuses a modulus
    // and a complex's raises "complex modulo", as `pow()` does.
    if vm.exact_int(receiver).is_some() && vm.exact_int(modulus).is_none() {
        return Ok(Value::NotImplemented);
    }
    let (base, exponent) = if reflected {
        (other, receiver)
    } else {
        (receiver, other)
    };
    vm.ternary_pow(base, exponent, modulus)
}

fn pow(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    power(vm, &args, "__pow__", false)
}

fn rpow(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    power(vm, &args, "__rpow__", true)
}

fn and(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    binary(vm, &args, "__and__", Op::And, false)
}

fn rand(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    binary(vm, &args, "__rand__", Op::And, true)
}

fn or(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    binary(vm, &args, "__or__", Op::Or, false)
}

fn ror(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    binary(vm, &args, "__ror__", Op::Or, true)
}

fn xor(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    binary(vm, &args, "__xor__", Op::Xor, false)
}

fn rxor(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    binary(vm, &args, "__rxor__", Op::Xor, true)
}

fn lshift(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    binary(vm, &args, "__lshift__", Op::LShift, false)
}

fn rlshift(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    binary(vm, &args, "__rlshift__", Op::LShift, true)
}

fn rshift(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    binary(vm, &args, "__rshift__", Op::RShift, false)
}

fn rrshift(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    binary(vm, &args, "__rrshift__", Op::RShift, true)
}

fn divmod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (receiver, other) = receiver_and_one(vm, &args, "__divmod__")?;
    if !operand_applies(vm, receiver, other) {
        return Ok(Value::NotImplemented);
    }
    vm.builtin_divmod(receiver, other)
}

fn rdivmod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (receiver, other) = receiver_and_one(vm, &args, "__rdivmod__")?;
    if !operand_applies(vm, receiver, other) {
        return Ok(Value::NotImplemented);
    }
    vm.builtin_divmod(other, receiver)
}

/// A unary operator's method.
fn unary(vm: &mut Vm, args: &Args<'_>, name: &str, instruction: Instruction) -> PyResult<Value> {
    let receiver = only_receiver(vm, args, name)?;
    match vm.builtin_unary(instruction, receiver) {
        Some(result) => Ok(result),
        None => Ok(Value::NotImplemented),
    }
}

fn neg(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    unary(vm, &args, "__neg__", Instruction::UnaryNegative)
}

fn pos(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    unary(vm, &args, "__pos__", Instruction::UnaryPositive)
}

fn invert(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    unary(vm, &args, "__invert__", Instruction::UnaryInvert)
}

/// The receiver as an int, or as a float (`None` for other values).
enum Number {
    Int(crate::number::Int),
    Float(f64),
}

fn number(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<Number> {
    let receiver = only_receiver(vm, args, name)?;
    if let Some(int) = vm.exact_int(receiver) {
        return Ok(Number::Int(int));
    }
    match receiver.as_float() {
        Some(value) => Ok(Number::Float(value)),
        None => {
            let type_name = vm.type_name(receiver);
            Err(vm.type_error(format!(
                "descriptor '{name}' doesn't apply to a '{type_name}' object"
            )))
        }
    }
}

fn abs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(match number(vm, &args, "__abs__")? {
        Number::Int(int) => vm.int_value(int.abs()),
        Number::Float(value) => Value::float(value.abs()),
    })
}

fn bool_(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::bool(match number(vm, &args, "__bool__")? {
        Number::Int(int) => !int.is_zero(),
        Number::Float(value) => value != 0.0,
    }))
}

/// `__int__`, `__trunc__`: towards zero.
fn truncated(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<Value> {
    let int = match number(vm, args, name)? {
        Number::Int(int) => int,
        Number::Float(value) => float::trunc(value).map_err(|e| vm.number_error(e))?,
    };
    Ok(vm.int_value(int))
}

fn int(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    truncated(vm, &args, "__int__")
}

fn trunc(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    truncated(vm, &args, "__trunc__")
}

fn index(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match number(vm, &args, "__index__")? {
        Number::Int(int) => Ok(vm.int_value(int)),
        Number::Float(_) => {
            Err(vm.type_error("'float' object cannot be interpreted as an integer"))
        }
    }
}

fn float_(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match number(vm, &args, "__float__")? {
        Number::Int(int) => int
            .to_f64()
            .map(Value::float)
            .map_err(|e| vm.number_error(e)),
        Number::Float(value) => Ok(Value::float(value)),
    }
}

fn floor(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let int = match number(vm, &args, "__floor__")? {
        Number::Int(int) => int,
        Number::Float(value) => float::floor(value).map_err(|e| vm.number_error(e))?,
    };
    Ok(vm.int_value(int))
}

fn ceil(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let int = match number(vm, &args, "__ceil__")? {
        Number::Int(int) => int,
        Number::Float(value) => float::ceil(value).map_err(|e| vm.number_error(e))?,
    };
    Ok(vm.int_value(int))
}

fn round(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let value = match args.positional.first() {
        // As a plain number, so that a subclass's `__round__` is not
        // called again.
        Some(&receiver) => match (receiver.as_float(), vm.exact_int(receiver)) {
            (Some(value), _) => Value::float(value),
            (None, Some(int)) => vm.int_value(int),
            (None, None) => receiver,
        },
        None => return Err(vm.type_error("descriptor '__round__' needs an argument")),
    };
    let mut positional = args.positional.to_vec();
    positional[0] = value;
    crate::builtins::functions::round(
        vm,
        Args {
            positional: &positional,
            ..args
        },
    )
}

/// A comparison's method: the built-in comparison, `NotImplemented` when
/// the types do not compare.
fn compare(vm: &mut Vm, args: &Args<'_>, name: &str, op: Cmp) -> PyResult<Value> {
    let (receiver, other) = receiver_and_one(vm, args, name)?;
    if !operand_applies(vm, receiver, other) {
        return Ok(Value::NotImplemented);
    }
    Ok(match vm.builtin_compare(receiver, other, op)? {
        Some(result) => Value::bool(result),
        None => Value::NotImplemented,
    })
}

/// `object.__eq__`: identical objects are equal; anything else is left
/// to the other operand.
fn object_eq(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (receiver, other) = receiver_and_one(vm, &args, "__eq__")?;
    Ok(if receiver.is(other) {
        Value::bool(true)
    } else {
        Value::NotImplemented
    })
}

/// `object.__ne__`: the receiver type's `==`, inverted unless it is
/// `NotImplemented` (CPython's `object_richcompare`).
fn object_ne(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (receiver, other) = receiver_and_one(vm, &args, "__ne__")?;
    let equal = vm.type_equal(receiver, other)?;
    if matches!(equal, Value::NotImplemented) {
        return Ok(equal);
    }
    Ok(Value::bool(!vm.truthy(equal)?))
}

/// `object.__lt__` and the other orders: `NotImplemented`.
fn object_order(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    receiver_and_one(vm, &args, "__lt__")?;
    Ok(Value::NotImplemented)
}

fn eq(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    compare(vm, &args, "__eq__", Cmp::Equal)
}

fn ne(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    compare(vm, &args, "__ne__", Cmp::NotEqual)
}

fn lt(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    compare(vm, &args, "__lt__", Cmp::Less)
}

fn le(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    compare(vm, &args, "__le__", Cmp::LessEqual)
}

fn gt(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    compare(vm, &args, "__gt__", Cmp::Greater)
}

fn ge(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    compare(vm, &args, "__ge__", Cmp::GreaterEqual)
}

fn hash(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let receiver = only_receiver(vm, &args, "__hash__")?;
    vm.builtin_hash(receiver).map(Value::Int)
}

fn format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (receiver, spec) = receiver_and_one(vm, &args, "__format__")?;
    let Some(spec) = spec
        .object()
        .and_then(|s| s.as_str())
        .map(|s| s.as_str().to_owned())
    else {
        let name = vm.type_name(spec);
        return Err(vm.type_error(format!("__format__() argument must be str, not {name}")));
    };
    vm.builtin_format(receiver, &spec).map(Value::Obj)
}

fn getattribute(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (receiver, name) = receiver_and_one(vm, &args, "__getattribute__")?;
    let name = crate::builtins::functions::attribute_name(vm, name)?;
    match vm.find_attr(receiver, name)? {
        Some(found) => Ok(found),
        None => Err(vm.attribute_error(receiver, name)),
    }
}

/// `object.__setattr__`: not for classes, whose `type.__setattr__`
/// keeps their attribute caches right (CPython's `hackcheck`).
fn setattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    refuse_type_receiver(vm, &args, "__setattr__")?;
    type_setattr(vm, args)
}

/// `object.__delattr__`: not for classes, as [`setattr`].
fn delattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    refuse_type_receiver(vm, &args, "__delattr__")?;
    type_delattr(vm, args)
}

/// CPython's "can't apply this __setattr__ to type object".
fn refuse_type_receiver(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<()> {
    match args.positional.first() {
        Some(receiver) if matches!(receiver.payload(), Some(Payload::Type(_))) => {
            let type_name = vm.type_name(*receiver);
            Err(vm.type_error(format!("can't apply this {name} to {type_name} object")))
        }
        _ => Ok(()),
    }
}

/// `type.__setattr__`, and `object.__setattr__` once its receiver is
/// checked: the generic assignment.
fn type_setattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.no_keywords("__setattr__", &args)?;
    let [receiver, name, value] = args.positional else {
        return Err(vm.type_error(format!(
            "expected 2 arguments, got {}",
            args.positional.len().saturating_sub(1)
        )));
    };
    let name = crate::builtins::functions::attribute_name(vm, *name)?;
    vm.generic_set_attr(*receiver, name, *value)?;
    Ok(Value::None)
}

/// `type.__delattr__`, and `object.__delattr__` once its receiver is
/// checked: the generic deletion.
fn type_delattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (receiver, name) = receiver_and_one(vm, &args, "__delattr__")?;
    let name = crate::builtins::functions::attribute_name(vm, name)?;
    vm.generic_del_attr(receiver, name)?;
    Ok(Value::None)
}

/// `object.__init_subclass__()`: nothing, and no keyword arguments.
fn init_subclass(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.has_keywords() || args.positional.len() > 1 {
        let name = args
            .positional
            .first()
            .and_then(|c| c.as_object())
            .and_then(|c| c.as_type().map(|d| d.qualname.borrow().clone()))
            .unwrap_or_else(|| "object".to_owned());
        return Err(vm.type_error(format!(
            "{name}.__init_subclass__() takes no keyword arguments"
        )));
    }
    Ok(Value::None)
}

fn len(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let receiver = only_receiver(vm, &args, "__len__")?;
    vm.builtin_len(receiver).map(|n| Value::Int(n as i64))
}

fn contains(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (receiver, item) = receiver_and_one(vm, &args, "__contains__")?;
    vm.builtin_contains(receiver, item).map(Value::bool)
}

fn iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let receiver = only_receiver(vm, &args, "__iter__")?;
    vm.builtin_iter(receiver)
}

fn reversed(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let receiver = only_receiver(vm, &args, "__reversed__")?;
    match receiver.as_object() {
        Some(object) => match vm.builtin_reversed(object) {
            Some(iterator) => Ok(iterator),
            None => {
                let name = vm.type_name(receiver);
                Err(vm.type_error(format!("'{name}' object is not reversible")))
            }
        },
        None => {
            let name = vm.type_name(receiver);
            Err(vm.type_error(format!("'{name}' object is not reversible")))
        }
    }
}

fn next(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let receiver = only_receiver(vm, &args, "__next__")?;
    if let Some(generator) = receiver
        .as_object()
        .filter(|g| matches!(g.payload, Payload::Generator(_)))
    {
        return match vm.resume(generator, Value::None, None)? {
            crate::ops::generator::Resumed::Yielded(item) => Ok(item),
            crate::ops::generator::Resumed::Returned(value) => Err(vm.stop_iteration(value)),
        };
    }
    match vm.next(receiver)? {
        Some(item) => Ok(item),
        None => {
            let class = vm.exception_type(ExceptionClass::StopIteration);
            let exception = vm.new_exception(class, Vec::new());
            Err(crate::vm::PyErr { exception })
        }
    }
}

fn getitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (receiver, key) = receiver_and_one(vm, &args, "__getitem__")?;
    vm.builtin_get_item(receiver, key)
}

fn setitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.no_keywords("__setitem__", &args)?;
    let [receiver, key, value] = args.positional else {
        return Err(vm.type_error(format!(
            "expected 2 arguments, got {}",
            args.positional.len().saturating_sub(1)
        )));
    };
    vm.builtin_set_item(*receiver, *key, *value)?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (receiver, key) = receiver_and_one(vm, &args, "__delitem__")?;
    vm.builtin_del_item(receiver, key)?;
    Ok(Value::None)
}

/// `list.__iadd__`: what `list += other` does.
fn list_iadd(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (list, other) = receiver_and_one(vm, &args, "__iadd__")?;
    match list.as_object().filter(|l| l.as_list().is_some()) {
        Some(object) => vm.sequence_inplace_concat(object, other),
        None => Ok(Value::NotImplemented),
    }
}

/// `list.__imul__`: what `list *= count` does.
fn list_imul(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (list, count) = receiver_and_one(vm, &args, "__imul__")?;
    let count = index_count(vm, count)?;
    match list.as_object().filter(|l| l.as_list().is_some()) {
        Some(object) => vm.sequence_inplace_repeat(object, count),
        None => Ok(Value::NotImplemented),
    }
}

/// A repeat count passed to `__mul__` (CPython's `wrap_indexargfunc`):
/// an integer, or a `TypeError`.
fn index_count(vm: &mut Vm, count: Value) -> PyResult<usize> {
    match vm.repeat_count(count)? {
        Some(count) => Ok(count),
        None => {
            let name = vm.type_name(count);
            Err(vm.type_error(format!(
                "'{name}' object cannot be interpreted as an integer"
            )))
        }
    }
}

/// `str.__add__`, `list.__add__`…: the concatenation, which raises for an
/// operand of another kind rather than returning `NotImplemented`.
fn sequence_add(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (receiver, other) = receiver_and_one(vm, &args, "__add__")?;
    match receiver.as_object().filter(|o| is_sequence(*o)) {
        Some(sequence) => vm.sequence_concat(sequence, other),
        None => Ok(Value::NotImplemented),
    }
}

/// `str.__mul__`, `list.__rmul__`…: the repetition.
fn sequence_repeat(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<Value> {
    let (receiver, count) = receiver_and_one(vm, args, name)?;
    let count = index_count(vm, count)?;
    match receiver.as_object().filter(|o| is_sequence(*o)) {
        Some(sequence) => vm.sequence_repeat(sequence, count),
        None => Ok(Value::NotImplemented),
    }
}

fn sequence_mul(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    sequence_repeat(vm, &args, "__mul__")
}

fn sequence_rmul(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    sequence_repeat(vm, &args, "__rmul__")
}

fn dict_ior(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (dict, other) = receiver_and_one(vm, &args, "__ior__")?;
    vm.dict_update(dict, other, None)?;
    Ok(dict)
}

/// A set's in-place operator's method.
fn set_inplace(vm: &mut Vm, args: &Args<'_>, name: &str, op: Op) -> PyResult<Value> {
    let (set, other) = receiver_and_one(vm, args, name)?;
    vm.set_binary(set, other, op)
}

fn set_ior(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    set_inplace(vm, &args, "__ior__", Op::InplaceOr)
}

fn set_iand(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    set_inplace(vm, &args, "__iand__", Op::InplaceAnd)
}

fn set_isub(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    set_inplace(vm, &args, "__isub__", Op::InplaceSubtract)
}

fn set_ixor(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    set_inplace(vm, &args, "__ixor__", Op::InplaceXor)
}
