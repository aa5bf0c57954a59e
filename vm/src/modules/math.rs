//! The `math` module: CPython's functions over floats and ints, with its
//! "math domain error" and "math range error".

use num_bigint::BigInt;
use num_traits::{Signed, Zero};

use crate::exception_class::ExceptionClass;
use crate::number::special::{self, MathError};
use crate::number::{float, Int};
use crate::object::Payload;
use crate::objects::function::{Args, NativeFn};
use crate::value::{ObjRef, Value};
use crate::vm::{PyErr, PyResult, Vm};

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("floor", floor),
    ("ceil", ceil),
    ("trunc", trunc),
    ("sqrt", sqrt),
    ("isqrt", isqrt),
    ("exp", exp),
    ("log", log),
    ("log2", log2),
    ("log10", log10),
    ("pow", pow),
    ("fabs", fabs),
    ("fmod", fmod),
    ("copysign", copysign),
    ("hypot", hypot),
    ("sin", sin),
    ("cos", cos),
    ("tan", tan),
    ("asin", asin),
    ("acos", acos),
    ("atan", atan),
    ("atan2", atan2),
    ("sinh", sinh),
    ("cosh", cosh),
    ("tanh", tanh),
    ("degrees", degrees),
    ("radians", radians),
    ("isnan", isnan),
    ("isinf", isinf),
    ("isfinite", isfinite),
    ("isclose", isclose),
    ("gcd", gcd),
    ("lcm", lcm),
    ("factorial", factorial),
    ("comb", comb),
    ("perm", perm),
    ("prod", prod),
    ("fsum", fsum),
    ("modf", modf),
    ("acosh", acosh),
    ("asinh", asinh),
    ("atanh", atanh),
    ("cbrt", cbrt),
    ("gamma", gamma),
    ("lgamma", lgamma),
    ("erf", erf),
    ("erfc", erfc),
    ("nextafter", nextafter),
    ("ulp", ulp),
    ("exp2", exp2),
    ("expm1", expm1),
    ("log1p", log1p),
    ("frexp", frexp),
    ("ldexp", ldexp),
    ("remainder", remainder),
    ("dist", dist),
];

/// Fills `math`.
pub(crate) fn init(vm: &mut Vm, module: ObjRef) -> PyResult<()> {
    let doc = vm.str_value(
        "This module provides access to the mathematical functions\ndefined by the C standard.",
    );
    vm.set_module_attr(module, "__doc__", doc);
    vm.add_module_functions(module, FUNCTIONS);
    for (name, value) in [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        vm.set_module_attr(module, name, Value::float(value));
    }
    Ok(())
}

fn domain_error(vm: &mut Vm) -> PyErr {
    vm.value_error("math domain error")
}

fn range_error(vm: &mut Vm) -> PyErr {
    vm.error(ExceptionClass::OverflowError, "math range error")
}

/// A real number argument as a float (`__float__`, then `__index__`).
fn real(vm: &mut Vm, value: Value) -> PyResult<f64> {
    if let Some(f) = value.as_float() {
        return Ok(f);
    }
    // An int subclass's `__float__` counts; a float subclass's does not
    // (CPython's `PyFloat_AsDouble`).
    if let Some(f) = vm.user_float(value)? {
        return Ok(f);
    }
    if let Some(int) = vm.index_value(value)? {
        return int.to_f64().map_err(|e| vm.number_error(e));
    }
    let name = vm.type_name(value);
    Err(vm.type_error(format!("must be real number, not {name}")))
}

/// The one argument of `math.name(x)`.
fn one(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<Value> {
    vm.no_keywords(name, args)?;
    vm.exactly_one(format_args!("math.{name}"), args.positional)
}

/// The two arguments of `math.name(x, y)`.
fn two(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<(Value, Value)> {
    vm.positional_range(name, args, 2, 2)?;
    Ok((args.positional[0], args.positional[1]))
}

/// A float function of one float: a domain error where it gives NaN for
/// a number, a range error where it overflows.
fn unary(vm: &mut Vm, args: &Args<'_>, name: &str, function: fn(f64) -> f64) -> PyResult<Value> {
    let value = one(vm, args, name)?;
    let x = real(vm, value)?;
    let result = function(x);
    if result.is_nan() && !x.is_nan() {
        return Err(domain_error(vm));
    }
    if result.is_infinite() && x.is_finite() {
        return Err(range_error(vm));
    }
    Ok(Value::float(result))
}

/// `floor`/`ceil`/`trunc`: a class's `__floor__`/`__ceil__`/`__trunc__`,
/// else an int's own value or a float rounded.
fn rounding(
    vm: &mut Vm,
    args: &Args<'_>,
    name: &str,
    dunder: &str,
    function: fn(f64) -> Result<Int, crate::number::NumberError>,
) -> PyResult<Value> {
    let value = one(vm, args, name)?;
    // A class's method first, a float or int subclass's too.
    let method = vm.intern(dunder);
    if let Some(result) = vm.call_user_dunder(value, method, &[])? {
        return Ok(result);
    }
    if let Some(int) = vm.exact_int(value) {
        return Ok(vm.int_value(int));
    }
    if let Some(f) = value.as_float() {
        let int = function(f).map_err(|e| vm.number_error(e))?;
        return Ok(vm.int_value(int));
    }
    if name == "trunc" {
        let type_name = vm.type_name(value);
        return Err(vm.type_error(format!("type {type_name} doesn't define __trunc__ method")));
    }
    let f = real(vm, value)?;
    let int = function(f).map_err(|e| vm.number_error(e))?;
    Ok(vm.int_value(int))
}

fn floor(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    rounding(vm, &args, "floor", "__floor__", float::floor)
}

fn ceil(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    rounding(vm, &args, "ceil", "__ceil__", float::ceil)
}

fn trunc(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    rounding(vm, &args, "trunc", "__trunc__", float::trunc)
}

fn sqrt(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    unary(vm, &args, "sqrt", f64::sqrt)
}

fn isqrt(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let value = one(vm, &args, "isqrt")?;
    let int = vm.index_int(value)?;
    if int.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(vm.int_value(Int::from(int.to_bigint().sqrt())))
}

fn exp(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    unary(vm, &args, "exp", f64::exp)
}

/// The natural logarithm of a positive number, ints of any size included.
fn ln(vm: &mut Vm, value: Value) -> PyResult<f64> {
    if let Some(int) = vm.exact_int(value) {
        if int.is_negative() || int.is_zero() {
            return Err(domain_error(vm));
        }
        if let Ok(x) = int.to_f64() {
            return Ok(x.ln());
        }
        // Too large for a float: x = m × 2**e with m in [0.5, 1), and
        // log(x) = log(m) + e × log(2), as CPython's `loghelper`.
        let big = int.to_bigint();
        let bits = big.bits();
        let top: BigInt = &big >> (bits - 64);
        let top = Int::from(top).to_f64().map_err(|e| vm.number_error(e))?;
        let mantissa = top / 2f64.powi(64);
        return Ok(mantissa.ln() + bits as f64 * std::f64::consts::LN_2);
    }
    let x = real(vm, value)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain_error(vm));
    }
    Ok(x.ln())
}

fn log(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.no_keywords("log", &args)?;
    match args.positional {
        [x] => ln(vm, *x).map(Value::float),
        [x, base] => {
            let numerator = ln(vm, *x)?;
            let denominator = ln(vm, *base)?;
            if denominator == 0.0 {
                return Err(vm.error(ExceptionClass::ZeroDivisionError, "float division by zero"));
            }
            Ok(Value::float(numerator / denominator))
        }
        other => Err(vm.type_error(format!(
            "log expected 1 or 2 arguments, got {}",
            other.len()
        ))),
    }
}

fn log2(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let value = one(vm, &args, "log2")?;
    if let Some(x) = value.as_float() {
        if x > 0.0 {
            return Ok(Value::float(x.log2()));
        }
    }
    Ok(Value::float(ln(vm, value)? / std::f64::consts::LN_2))
}

fn log10(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let value = one(vm, &args, "log10")?;
    if let Some(x) = value.as_float() {
        if x > 0.0 {
            return Ok(Value::float(x.log10()));
        }
    }
    if let Some(x) = vm.exact_int(value).and_then(|i| i.to_f64().ok()) {
        if x > 0.0 {
            return Ok(Value::float(x.log10()));
        }
    }
    Ok(Value::float(ln(vm, value)? / std::f64::consts::LN_10))
}

fn pow(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (x, y) = two(vm, &args, "pow")?;
    let (x, y) = (real(vm, x)?, real(vm, y)?);
    if x == 0.0 && y < 0.0 {
        return Err(domain_error(vm));
    }
    let result = x.powf(y);
    if result.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    if result.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_error(vm));
    }
    Ok(Value::float(result))
}

fn fabs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    unary(vm, &args, "fabs", f64::abs)
}

fn fmod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (x, y) = two(vm, &args, "fmod")?;
    let (x, y) = (real(vm, x)?, real(vm, y)?);
    if (y == 0.0 || x.is_infinite()) && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    Ok(Value::float(x % y))
}

fn copysign(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (x, y) = two(vm, &args, "copysign")?;
    let (x, y) = (real(vm, x)?, real(vm, y)?);
    Ok(Value::float(x.copysign(y)))
}

fn hypot(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.no_keywords("hypot", &args)?;
    let mut values = Vec::with_capacity(args.positional.len());
    for &value in args.positional {
        values.push(real(vm, value)?.abs());
    }
    if values.iter().any(|v| v.is_infinite()) {
        return Ok(Value::float(f64::INFINITY));
    }
    let largest = values.iter().copied().fold(0.0, f64::max);
    if largest == 0.0 || largest.is_nan() {
        return Ok(Value::float(largest));
    }
    let sum: f64 = values.iter().map(|v| (v / largest).powi(2)).sum();
    Ok(Value::float(largest * sum.sqrt()))
}

fn sin(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    unary(vm, &args, "sin", f64::sin)
}

fn cos(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    unary(vm, &args, "cos", f64::cos)
}

fn tan(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    unary(vm, &args, "tan", f64::tan)
}

fn asin(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    unary(vm, &args, "asin", f64::asin)
}

fn acos(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    unary(vm, &args, "acos", f64::acos)
}

fn atan(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    unary(vm, &args, "atan", f64::atan)
}

fn atan2(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (y, x) = two(vm, &args, "atan2")?;
    let (y, x) = (real(vm, y)?, real(vm, x)?);
    Ok(Value::float(y.atan2(x)))
}

fn sinh(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    unary(vm, &args, "sinh", f64::sinh)
}

fn cosh(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    unary(vm, &args, "cosh", f64::cosh)
}

fn tanh(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    unary(vm, &args, "tanh", f64::tanh)
}

fn degrees(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    unary(vm, &args, "degrees", f64::to_degrees)
}

fn radians(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    unary(vm, &args, "radians", f64::to_radians)
}

/// A predicate on one float.
fn test(vm: &mut Vm, args: &Args<'_>, name: &str, predicate: fn(f64) -> bool) -> PyResult<Value> {
    let value = one(vm, args, name)?;
    let x = real(vm, value)?;
    Ok(Value::bool(predicate(x)))
}

fn isnan(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    test(vm, &args, "isnan", f64::is_nan)
}

fn isinf(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    test(vm, &args, "isinf", f64::is_infinite)
}

fn isfinite(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    test(vm, &args, "isfinite", f64::is_finite)
}

/// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
fn isclose(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [rel_kw, abs_kw] = vm.keywords("isclose", &args, ["rel_tol", "abs_tol"])?;
    let [a, b] = args.positional else {
        return Err(vm.type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            args.positional.len()
        )));
    };
    let (a, b) = (real(vm, *a)?, real(vm, *b)?);
    let rel_tol = match rel_kw {
        Some(value) => real(vm, value)?,
        None => 1e-9,
    };
    let abs_tol = match abs_kw {
        Some(value) => real(vm, value)?,
        None => 0.0,
    };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::bool(false));
    }
    let diff = (b - a).abs();
    let close = diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol;
    Ok(Value::bool(close))
}

fn big_gcd(mut a: BigInt, mut b: BigInt) -> BigInt {
    while !b.is_zero() {
        let r = &a % &b;
        a = b;
        b = r;
    }
    a.abs()
}

fn gcd(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.no_keywords("gcd", &args)?;
    let mut result = BigInt::zero();
    for &value in args.positional {
        let int = vm.index_int(value)?;
        result = big_gcd(result, int.to_bigint());
    }
    Ok(vm.int_value(Int::from(result)))
}

fn lcm(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.no_keywords("lcm", &args)?;
    let mut result = BigInt::from(1);
    for &value in args.positional {
        let int = vm.index_int(value)?.to_bigint();
        if int.is_zero() || result.is_zero() {
            result = BigInt::zero();
            continue;
        }
        let divisor = big_gcd(result.clone(), int.clone());
        result = (&result / divisor * int).abs();
    }
    Ok(vm.int_value(Int::from(result)))
}

/// The product of the ints from `low` to `high` (inclusive).
fn product(low: u64, high: u64) -> BigInt {
    let mut result = BigInt::from(1);
    for n in low..=high {
        result *= n;
    }
    result
}

/// A non-negative int argument that fits a machine word.
fn count(vm: &mut Vm, value: Value, function: &str) -> PyResult<u64> {
    let int = vm.index_int(value)?;
    if int.is_negative() {
        return Err(vm.value_error(match function {
            "factorial" => "factorial() not defined for negative values".to_owned(),
            _ => format!("{function} must be a non-negative integer"),
        }));
    }
    match int.to_i64() {
        Some(n) => Ok(n as u64),
        None => Err(vm.error(
            ExceptionClass::OverflowError,
            format!("{function} must not exceed {}", i64::MAX),
        )),
    }
}

fn factorial(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let value = one(vm, &args, "factorial")?;
    let n = count(vm, value, "factorial")?;
    Ok(vm.int_value(Int::from(product(2, n))))
}

fn comb(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (n, k) = two(vm, &args, "comb")?;
    let (n, k) = (count(vm, n, "n")?, count(vm, k, "k")?);
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = k.min(n - k);
    let result = product(n - k + 1, n) / product(2, k);
    Ok(vm.int_value(Int::from(result)))
}

fn perm(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.no_keywords("perm", &args)?;
    let (n, k) = match args.positional {
        [n] => {
            let n = count(vm, *n, "n")?;
            (n, n)
        }
        [n, k] if k.is_none() => {
            let n = count(vm, *n, "n")?;
            (n, n)
        }
        [n, k] => (count(vm, *n, "n")?, count(vm, *k, "k")?),
        other => {
            return Err(vm.type_error(format!(
                "perm expected at most 2 arguments, got {}",
                other.len()
            )))
        }
    };
    if k > n {
        return Ok(Value::Int(0));
    }
    Ok(vm.int_value(Int::from(product(n - k + 1, n))))
}

/// `prod(iterable, *, start=1)`.
fn prod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [start] = vm.keywords("prod", &args, ["start"])?;
    let [iterable] = args.positional else {
        return Err(vm.type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            args.positional.len()
        )));
    };
    let items = vm.collect_iterable(*iterable)?;
    let mark = vm.roots.len();
    vm.roots.extend_from_slice(&items);
    let mut result = start.unwrap_or(Value::Int(1));
    for item in items {
        vm.roots.push(result);
        let next = vm.binary_op(result, item, pyvm_bytecode::BinaryOperator::Multiply);
        vm.roots.pop();
        match next {
            Ok(value) => result = value,
            Err(error) => {
                vm.roots.truncate(mark);
                return Err(error);
            }
        }
    }
    vm.roots.truncate(mark);
    Ok(result)
}

/// `fsum(iterable)`: the correctly rounded sum (Shewchuk's algorithm, as
/// CPython's).
fn fsum(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let iterable = one(vm, &args, "fsum")?;
    let items = vm.collect_iterable(iterable)?;
    let mut partials: Vec<f64> = Vec::new();
    let (mut special_sum, mut inf_sum) = (0.0, 0.0);
    for item in items {
        let mut x = real(vm, item)?;
        if !x.is_finite() {
            if x.is_infinite() {
                inf_sum += x;
            }
            special_sum += x;
            continue;
        }
        let mut kept = 0;
        for i in 0..partials.len() {
            let mut y = partials[i];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let high = x + y;
            let low = y - (high - x);
            if low != 0.0 {
                partials[kept] = low;
                kept += 1;
            }
            x = high;
        }
        partials.truncate(kept);
        partials.push(x);
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum"));
        }
        return Ok(Value::float(special_sum));
    }
    let mut high = 0.0;
    if let Some(top) = partials.pop() {
        high = top;
        let mut low = 0.0;
        while let Some(y) = partials.pop() {
            let x = high;
            high = x + y;
            low = y - (high - x);
            if low != 0.0 {
                break;
            }
        }
        // Round half to even when the rest would tip the balance.
        if let Some(&next) = partials.last() {
            if (low < 0.0 && next < 0.0) || (low > 0.0 && next > 0.0) {
                let y = low * 2.0;
                let x = high + y;
                if y == x - high {
                    high = x;
                }
            }
        }
    }
    Ok(Value::float(high))
}

fn modf(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let value = one(vm, &args, "modf")?;
    let x = real(vm, value)?;
    let whole = if x.is_infinite() { x } else { x.trunc() };
    let fraction = if x.is_infinite() {
        0.0_f64.copysign(x)
    } else {
        x - whole
    };
    Ok(Value::Obj(
        vm.new_tuple([Value::float(fraction), Value::float(whole)]),
    ))
}

fn acosh(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    unary(vm, &args, "acosh", f64::acosh)
}

fn asinh(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    unary(vm, &args, "asinh", f64::asinh)
}

fn atanh(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let value = one(vm, &args, "atanh")?;
    let x = real(vm, value)?;
    // ±1 is a pole: CPython calls it a domain error, not a range error.
    if x.abs() >= 1.0 {
        return Err(domain_error(vm));
    }
    Ok(Value::float(x.atanh()))
}

fn cbrt(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    unary(vm, &args, "cbrt", special::cbrt)
}

/// A function of one float that reports its own domain and range
/// errors (`gamma`, `lgamma`).
fn checked_unary(
    vm: &mut Vm,
    args: &Args<'_>,
    name: &str,
    function: fn(f64) -> Result<f64, MathError>,
) -> PyResult<Value> {
    let value = one(vm, args, name)?;
    let x = real(vm, value)?;
    match function(x) {
        Ok(result) => Ok(Value::float(result)),
        Err(MathError::Domain) => Err(domain_error(vm)),
        Err(MathError::Range) => Err(range_error(vm)),
    }
}

fn gamma(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    checked_unary(vm, &args, "gamma", special::gamma)
}

fn lgamma(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    checked_unary(vm, &args, "lgamma", special::lgamma)
}

/// The error function. CPython calls the C library's `erf`, so its last
/// bit differs between platforms; `libm`'s is fdlibm's, within an ulp of
/// glibc's.
fn erf(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    checked_unary(vm, &args, "erf", |x| Ok(libm::erf(x)))
}

/// The complementary error function, `1 - erf(x)` without the loss of
/// precision for large `x` (as [`erf`], from `libm`).
fn erfc(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    checked_unary(vm, &args, "erfc", |x| Ok(libm::erfc(x)))
}

fn nextafter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (x, y) = two(vm, &args, "nextafter")?;
    let (x, y) = (real(vm, x)?, real(vm, y)?);
    Ok(Value::float(special::next_after(x, y)))
}

fn ulp(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let value = one(vm, &args, "ulp")?;
    let x = real(vm, value)?;
    Ok(Value::float(special::ulp(x)))
}

fn exp2(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    unary(vm, &args, "exp2", f64::exp2)
}

fn expm1(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    unary(vm, &args, "expm1", f64::exp_m1)
}

fn log1p(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let value = one(vm, &args, "log1p")?;
    let x = real(vm, value)?;
    if x <= -1.0 {
        return Err(domain_error(vm));
    }
    Ok(Value::float(x.ln_1p()))
}

/// `frexp(x)`: `(m, e)` with `x == m * 2**e` and `0.5 <= |m| < 1`.
fn frexp(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let value = one(vm, &args, "frexp")?;
    let x = real(vm, value)?;
    let (mantissa, exponent) = special::frexp(x);
    Ok(Value::Obj(vm.new_tuple([
        Value::float(mantissa),
        Value::Int(i64::from(exponent)),
    ])))
}

/// `ldexp(x, i)`: `x * 2**i`, an `OverflowError` when that is too big.
fn ldexp(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (x, exponent) = two(vm, &args, "ldexp")?;
    let x = real(vm, x)?;
    let Some(exponent) = vm.exact_int(exponent) else {
        return Err(vm.type_error("Expected an int as second argument to ldexp."));
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::float(x));
    }
    // Beyond ±2200 every finite float overflows or underflows.
    let exponent = exponent
        .to_i64()
        .unwrap_or(if exponent.is_negative() { -2200 } else { 2200 });
    let mut left = exponent.clamp(-2200, 2200) as i32;
    let mut result = x;
    while left != 0 {
        let step = left.clamp(-1000, 1000);
        result *= 2f64.powi(step);
        left -= step;
    }
    if result.is_infinite() {
        return Err(range_error(vm));
    }
    Ok(Value::float(result))
}

/// `remainder(x, y)`: IEEE 754's remainder, as CPython's `m_remainder`.
fn remainder(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (x, y) = two(vm, &args, "remainder")?;
    let (x, y) = (real(vm, x)?, real(vm, y)?);
    if x.is_nan() || y.is_nan() {
        return Ok(Value::float(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain_error(vm));
    }
    if y.is_infinite() {
        return Ok(Value::float(x));
    }
    let (absx, absy) = (x.abs(), y.abs());
    let m = absx % absy;
    let c = absy - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        m - 2.0 * ((0.5 * (absx - m)) % absy)
    };
    Ok(Value::float(1f64.copysign(x) * r))
}

/// `dist(p, q)`: the Euclidean distance between two points.
fn dist(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (p, q) = two(vm, &args, "dist")?;
    let mut points = Vec::with_capacity(2);
    for point in [p, q] {
        if !matches!(point.payload(), Some(Payload::Tuple(_) | Payload::List(_))) {
            let name = vm.type_name(point);
            return Err(vm.type_error(format!("dist(): argument must be tuple, not {name}")));
        }
        points.push(vm.collect_iterable(point)?);
    }
    if points[0].len() != points[1].len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut differences = Vec::with_capacity(points[0].len());
    for (&a, &b) in points[0].iter().zip(&points[1]) {
        let difference = real(vm, a)? - real(vm, b)?;
        differences.push(Value::float(difference));
    }
    hypot(vm, Args::positional(&differences))
}
