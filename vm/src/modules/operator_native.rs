//! `_operator`: the operators as functions, what the `operator` module
//! (written in Python, `python/operator.py`) re-exports. They are native,
//! as CPython's `_operator` is, so that they are as fast as the operators
//! themselves and check their arguments with CPython's messages
//! (`add expected 2 arguments, got 1`).

use pyvm_bytecode::{BinaryOperator as Op, ComparisonOperator as Cmp, Instruction};

use crate::exception_class::ExceptionClass;
use crate::objects::function::{Args, NativeFn};
use crate::ops::sequence_arith;
use crate::value::{ObjRef, Value};
use crate::vm::{PyErr, PyResult, Vm};

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("lt", lt),
    ("le", le),
    ("eq", eq),
    ("ne", ne),
    ("ge", ge),
    ("gt", gt),
    ("not_", not_),
    ("truth", truth),
    ("is_", is_),
    ("is_not", is_not),
    ("abs", abs),
    ("add", add),
    ("and_", and_),
    ("floordiv", floordiv),
    ("index", index),
    ("inv", inv),
    ("invert", invert),
    ("lshift", lshift),
    ("mod", mod_),
    ("mul", mul),
    ("matmul", matmul),
    ("neg", neg),
    ("or_", or_),
    ("pos", pos),
    ("pow", pow),
    ("rshift", rshift),
    ("sub", sub),
    ("truediv", truediv),
    ("xor", xor),
    ("concat", concat),
    ("contains", contains),
    ("countOf", count_of),
    ("delitem", delitem),
    ("getitem", getitem),
    ("indexOf", index_of),
    ("setitem", setitem),
    ("length_hint", length_hint),
    ("call", call),
    ("iadd", iadd),
    ("iand", iand),
    ("iconcat", iconcat),
    ("ifloordiv", ifloordiv),
    ("ilshift", ilshift),
    ("imod", imod),
    ("imul", imul),
    ("imatmul", imatmul),
    ("ior", ior),
    ("ipow", ipow),
    ("irshift", irshift),
    ("isub", isub),
    ("itruediv", itruediv),
    ("ixor", ixor),
];

/// Fills `_operator`.
pub(crate) fn init(vm: &mut Vm, module: ObjRef) -> PyResult<()> {
    vm.add_module_functions(module, FUNCTIONS);
    Ok(())
}

/// The one argument of a function CPython declares `METH_O`:
/// `_operator.neg() takes exactly one argument (2 given)`.
fn one(vm: &mut Vm, name: &str, args: &Args<'_>) -> PyResult<Value> {
    let qualified = format!("_operator.{name}");
    vm.no_keywords(&qualified, args)?;
    vm.exactly_one(&qualified, args.positional)
}

/// The `N` positional arguments of an Argument Clinic function:
/// `add expected 2 arguments, got 1`.
fn exactly<const N: usize>(vm: &mut Vm, name: &str, args: &Args<'_>) -> PyResult<[Value; N]> {
    vm.no_keywords(format!("_operator.{name}"), args)?;
    vm.check_positional(name, args.positional, N, N)?;
    Ok(std::array::from_fn(|i| args.positional[i]))
}

/// `a <op> b` with the two arguments of `name`.
fn binary(vm: &mut Vm, name: &str, args: &Args<'_>, op: Op) -> PyResult<Value> {
    let [a, b] = exactly(vm, name, args)?;
    vm.binary_op(a, b, op)
}

/// `a <cmp> b` with the two arguments of `name`.
fn comparison(vm: &mut Vm, name: &str, args: &Args<'_>, op: Cmp) -> PyResult<Value> {
    let [a, b] = exactly(vm, name, args)?;
    vm.compare(a, b, op)
}

/// `lt(a, b)`: `a < b`.
fn lt(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    comparison(vm, "lt", &args, Cmp::Less)
}

/// `le(a, b)`: `a <= b`.
fn le(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    comparison(vm, "le", &args, Cmp::LessEqual)
}

/// `eq(a, b)`: `a == b`.
fn eq(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    comparison(vm, "eq", &args, Cmp::Equal)
}

/// `ne(a, b)`: `a != b`.
fn ne(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    comparison(vm, "ne", &args, Cmp::NotEqual)
}

/// `ge(a, b)`: `a >= b`.
fn ge(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    comparison(vm, "ge", &args, Cmp::GreaterEqual)
}

/// `gt(a, b)`: `a > b`.
fn gt(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    comparison(vm, "gt", &args, Cmp::Greater)
}

/// `not_(a)`: `not a`.
fn not_(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let value = one(vm, "not_", &args)?;
    Ok(Value::bool(!vm.truthy(value)?))
}

/// `truth(a)`: `bool(a)`.
fn truth(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let value = one(vm, "truth", &args)?;
    Ok(Value::bool(vm.truthy(value)?))
}

/// `is_(a, b)`: `a is b`.
fn is_(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [a, b] = exactly(vm, "is_", &args)?;
    Ok(Value::bool(a.is(b)))
}

/// `is_not(a, b)`: `a is not b`.
fn is_not(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [a, b] = exactly(vm, "is_not", &args)?;
    Ok(Value::bool(!a.is(b)))
}

/// `abs(a)`, as the built-in.
fn abs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let value = one(vm, "abs", &args)?;
    crate::builtins::functions::abs(vm, Args::positional(&[value]))
}

/// `index(a)`: `a.__index__()` as an exact int (`PyNumber_Index`).
fn index(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let value = one(vm, "index", &args)?;
    match vm.index_value(value)? {
        Some(int) => Ok(vm.int_value(int)),
        None => Err(not_an_integer(vm, value)),
    }
}

/// `'str' object cannot be interpreted as an integer`.
fn not_an_integer(vm: &mut Vm, value: Value) -> PyErr {
    let name = vm.type_name(value);
    vm.type_error(format!(
        "'{name}' object cannot be interpreted as an integer"
    ))
}

/// `inv(a)`: `~a`.
fn inv(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let value = one(vm, "inv", &args)?;
    vm.unary_op(Instruction::UnaryInvert, value)
}

/// `invert(a)`: `~a`.
fn invert(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let value = one(vm, "invert", &args)?;
    vm.unary_op(Instruction::UnaryInvert, value)
}

/// `neg(a)`: `-a`.
fn neg(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let value = one(vm, "neg", &args)?;
    vm.unary_op(Instruction::UnaryNegative, value)
}

/// `pos(a)`: `+a`.
fn pos(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let value = one(vm, "pos", &args)?;
    vm.unary_op(Instruction::UnaryPositive, value)
}

/// `add(a, b)`: `a + b`.
fn add(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    binary(vm, "add", &args, Op::Add)
}

/// `and_(a, b)`: `a & b`.
fn and_(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    binary(vm, "and_", &args, Op::And)
}

/// `floordiv(a, b)`: `a // b`.
fn floordiv(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    binary(vm, "floordiv", &args, Op::FloorDivide)
}

/// `lshift(a, b)`: `a << b`.
fn lshift(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    binary(vm, "lshift", &args, Op::LShift)
}

/// `mod(a, b)`: `a % b`.
fn mod_(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    binary(vm, "mod", &args, Op::Remainder)
}

/// `mul(a, b)`: `a * b`.
fn mul(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    binary(vm, "mul", &args, Op::Multiply)
}

/// `matmul(a, b)`: `a @ b`.
fn matmul(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    binary(vm, "matmul", &args, Op::MatrixMultiply)
}

/// `or_(a, b)`: `a | b`.
fn or_(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    binary(vm, "or_", &args, Op::Or)
}

/// `pow(a, b)`: `a ** b`.
fn pow(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    binary(vm, "pow", &args, Op::Power)
}

/// `rshift(a, b)`: `a >> b`.
fn rshift(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    binary(vm, "rshift", &args, Op::RShift)
}

/// `sub(a, b)`: `a - b`.
fn sub(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    binary(vm, "sub", &args, Op::Subtract)
}

/// `truediv(a, b)`: `a / b`.
fn truediv(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    binary(vm, "truediv", &args, Op::TrueDivide)
}

/// `xor(a, b)`: `a ^ b`.
fn xor(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    binary(vm, "xor", &args, Op::Xor)
}

/// `iadd(a, b)`: `a += b`, returning `a`'s new value.
fn iadd(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    binary(vm, "iadd", &args, Op::InplaceAdd)
}

/// `iand(a, b)`: `a &= b`.
fn iand(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    binary(vm, "iand", &args, Op::InplaceAnd)
}

/// `ifloordiv(a, b)`: `a //= b`.
fn ifloordiv(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    binary(vm, "ifloordiv", &args, Op::InplaceFloorDivide)
}

/// `ilshift(a, b)`: `a <<= b`.
fn ilshift(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    binary(vm, "ilshift", &args, Op::InplaceLShift)
}

/// `imod(a, b)`: `a %= b`.
fn imod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    binary(vm, "imod", &args, Op::InplaceRemainder)
}

/// `imul(a, b)`: `a *= b`.
fn imul(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    binary(vm, "imul", &args, Op::InplaceMultiply)
}

/// `imatmul(a, b)`: `a @= b`.
fn imatmul(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    binary(vm, "imatmul", &args, Op::InplaceMatrixMultiply)
}

/// `ior(a, b)`: `a |= b`.
fn ior(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    binary(vm, "ior", &args, Op::InplaceOr)
}

/// `ipow(a, b)`: `a **= b`.
fn ipow(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    binary(vm, "ipow", &args, Op::InplacePower)
}

/// `irshift(a, b)`: `a >>= b`.
fn irshift(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    binary(vm, "irshift", &args, Op::InplaceRShift)
}

/// `isub(a, b)`: `a -= b`.
fn isub(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    binary(vm, "isub", &args, Op::InplaceSubtract)
}

/// `itruediv(a, b)`: `a /= b`.
fn itruediv(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    binary(vm, "itruediv", &args, Op::InplaceTrueDivide)
}

/// `ixor(a, b)`: `a ^= b`.
fn ixor(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    binary(vm, "ixor", &args, Op::InplaceXor)
}

/// Whether `value`'s type concatenates itself (CPython's `sq_concat`):
/// a str, bytes, bytearray, tuple or list, or a subclass.
fn concatenates(value: Value) -> bool {
    value.as_object().is_some_and(sequence_arith::is_sequence)
}

/// `a + b` (or `a += b`) for sequences only, as CPython's
/// `PySequence_Concat` and `PySequence_InPlaceConcat`.
fn sequence_concat(vm: &mut Vm, name: &str, args: &Args<'_>, op: Op) -> PyResult<Value> {
    let [a, b] = exactly(vm, name, args)?;
    if concatenates(a) || (vm.is_sequence(a) && vm.is_sequence(b)) {
        return vm.binary_op(a, b, op);
    }
    let type_name = vm.type_name(a);
    Err(vm.type_error(format!("'{type_name}' object can't be concatenated")))
}

/// `concat(a, b)`: `a + b` for sequences.
fn concat(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    sequence_concat(vm, "concat", &args, Op::Add)
}

/// `iconcat(a, b)`: `a += b` for sequences.
fn iconcat(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    sequence_concat(vm, "iconcat", &args, Op::InplaceAdd)
}

/// `contains(a, b)`: `b in a`.
fn contains(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [a, b] = exactly(vm, "contains", &args)?;
    Ok(Value::bool(vm.contains(a, b)?))
}

/// `getitem(a, b)`: `a[b]`.
fn getitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [a, b] = exactly(vm, "getitem", &args)?;
    vm.get_item(a, b)
}

/// `setitem(a, b, c)`: `a[b] = c`.
fn setitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [a, b, c] = exactly(vm, "setitem", &args)?;
    vm.set_item(a, b, c)?;
    Ok(Value::None)
}

/// `delitem(a, b)`: `del a[b]`.
fn delitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [a, b] = exactly(vm, "delitem", &args)?;
    vm.del_item(a, b)?;
    Ok(Value::None)
}

/// What [`search`] looks for.
enum Search {
    /// How many items equal the target.
    Count,
    /// Where the first item equal to the target is.
    Index,
}

/// Walks `sequence` for items equal to `target` (identity first), as
/// CPython's `_PySequence_IterSearch`: the count of them, or the position
/// of the first.
fn search(vm: &mut Vm, sequence: Value, target: Value, what: Search) -> PyResult<Value> {
    let iterator = match vm.get_iter(sequence) {
        Ok(iterator) => iterator,
        Err(error) if is_type_error(vm, error) => {
            let name = vm.type_name(sequence);
            return Err(vm.type_error(format!("argument of type '{name}' is not iterable")));
        }
        Err(error) => return Err(error),
    };
    let mark = vm.root(iterator);
    let result = (|| {
        let (mut count, mut position): (i64, i64) = (0, 0);
        while let Some(item) = vm.next(iterator)? {
            if item.is(target) || vm.item_eq(item, target)? {
                match what {
                    Search::Count => count += 1,
                    Search::Index => return Ok(Value::Int(position)),
                }
            }
            position += 1;
        }
        match what {
            Search::Count => Ok(Value::Int(count)),
            Search::Index => Err(vm.value_error("sequence.index(x): x not in sequence")),
        }
    })();
    vm.release_roots(mark);
    result
}

/// `countOf(a, b)`: how many items of `a` equal `b`.
fn count_of(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [a, b] = exactly(vm, "countOf", &args)?;
    search(vm, a, b, Search::Count)
}

/// `indexOf(a, b)`: where the first item of `a` equal to `b` is.
fn index_of(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [a, b] = exactly(vm, "indexOf", &args)?;
    search(vm, a, b, Search::Index)
}

/// Whether a raised exception is a `TypeError`.
fn is_type_error(vm: &Vm, error: PyErr) -> bool {
    vm.is_exception(Value::Obj(error.exception), ExceptionClass::TypeError)
}

/// A size as CPython's `Py_ssize_t` converter takes it: an int that
/// fits in 64 bits.
fn ssize(vm: &mut Vm, int: &crate::number::Int) -> PyResult<i64> {
    int.to_i64().ok_or_else(|| {
        vm.error(
            ExceptionClass::OverflowError,
            "Python int too large to convert to C ssize_t",
        )
    })
}

/// `length_hint(obj, default=0, /)`: `len(obj)` if it has one, else what
/// its type's `__length_hint__` says, else `default` (CPython's
/// `PyObject_LengthHint`). A `TypeError` from either, or
/// `NotImplemented` from `__length_hint__`, means no answer.
fn length_hint(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.no_keywords("_operator.length_hint", &args)?;
    vm.check_positional("length_hint", args.positional, 1, 2)?;
    let object = args.positional[0];
    let default = match args.positional.get(1) {
        Some(&value) => match vm.index_value(value)? {
            Some(int) => ssize(vm, &int)?,
            None => return Err(not_an_integer(vm, value)),
        },
        None => 0,
    };
    match vm.len(object) {
        Ok(length) => return Ok(Value::Int(length as i64)),
        Err(error) if is_type_error(vm, error) => {}
        Err(error) => return Err(error),
    }
    let class = vm.type_of(object);
    let name = vm.names.__length_hint__;
    let Some(method) = vm.lookup_type(class, name) else {
        return Ok(Value::Int(default));
    };
    let result = match vm.call_method_value(method, object, &[]) {
        Ok(result) => result,
        Err(error) if is_type_error(vm, error) => return Ok(Value::Int(default)),
        Err(error) => return Err(error),
    };
    if matches!(result, Value::NotImplemented) {
        return Ok(Value::Int(default));
    }
    let Some(int) = vm.exact_int(result) else {
        let type_name = vm.type_name(result);
        return Err(vm.type_error(format!(
            "__length_hint__ must be an integer, not {type_name}"
        )));
    };
    let hint = ssize(vm, &int)?;
    if hint < 0 {
        return Err(vm.value_error("__length_hint__() should return >= 0"));
    }
    Ok(Value::Int(hint))
}

/// `call(obj, /, *args, **kwargs)`: `obj(*args, **kwargs)`.
fn call(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some((&callable, positional)) = args.positional.split_first() else {
        return Err(vm.type_error("call expected at least 1 argument, got 0"));
    };
    vm.call(callable, Args { positional, ..args })
}
