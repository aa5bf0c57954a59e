//! The `time` module: the clocks and `sleep`.

use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::exception_class::ExceptionClass;
use crate::number::Int;
use crate::objects::function::{Args, BuiltinKind, NativeFn};
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("time", time),
    ("time_ns", time_ns),
    ("perf_counter", monotonic),
    ("perf_counter_ns", monotonic_ns),
    ("monotonic", monotonic),
    ("monotonic_ns", monotonic_ns),
    ("process_time", process_time),
    ("process_time_ns", process_time_ns),
    ("sleep", sleep),
];

/// Fills `time`.
pub(crate) fn init(vm: &mut Vm, module: ObjRef) -> PyResult<()> {
    for &(name, function) in FUNCTIONS {
        let builtin = vm.new_builtin(name, None, function, BuiltinKind::Function);
        vm.set_module_attr(module, name, Value::Obj(builtin));
    }
    Ok(())
}

/// Nanoseconds since the Unix epoch.
fn now_ns() -> i128 {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(since) => since.as_nanos() as i128,
        Err(before) => -(before.duration().as_nanos() as i128),
    }
}

/// Nanoseconds of a monotonic clock (from the first reading on; only
/// differences mean anything, as with CPython's).
fn monotonic_now_ns() -> u128 {
    static START: OnceLock<Instant> = OnceLock::new();
    let start = *START.get_or_init(Instant::now);
    // Start above zero, so that a first reading is not 0.
    start.elapsed().as_nanos() + 1_000_000_000
}

/// Nanoseconds of processor time the process has used: the scheduler's
/// count from `/proc`, or the monotonic clock where there is none.
fn process_now_ns() -> u128 {
    let scheduled = std::fs::read_to_string("/proc/self/schedstat")
        .ok()
        .and_then(|text| text.split_whitespace().next()?.parse::<u128>().ok());
    scheduled.unwrap_or_else(monotonic_now_ns)
}

fn no_args(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<()> {
    vm.no_keywords(name, args)?;
    if !args.positional.is_empty() {
        return Err(vm.type_error(format!(
            "time.{name}() takes no arguments ({} given)",
            args.positional.len()
        )));
    }
    Ok(())
}

fn time(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_args(vm, &args, "time")?;
    Ok(Value::Float(now_ns() as f64 / 1e9))
}

fn time_ns(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_args(vm, &args, "time_ns")?;
    Ok(vm.int_value(Int::from(now_ns() as i64)))
}

fn monotonic(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_args(vm, &args, "monotonic")?;
    Ok(Value::Float(monotonic_now_ns() as f64 / 1e9))
}

fn monotonic_ns(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_args(vm, &args, "monotonic_ns")?;
    Ok(Value::Int(monotonic_now_ns() as i64))
}

fn process_time(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_args(vm, &args, "process_time")?;
    Ok(Value::Float(process_now_ns() as f64 / 1e9))
}

fn process_time_ns(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_args(vm, &args, "process_time_ns")?;
    Ok(Value::Int(process_now_ns() as i64))
}

fn sleep(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let seconds = vm.one_arg("sleep", &args)?;
    let seconds = match seconds.float_normalized() {
        Value::Float(f) => f,
        other => match vm.exact_int(other) {
            Some(int) => int.to_f64().map_err(|e| vm.number_error(e))?,
            None => {
                let name = vm.type_name(other);
                return Err(vm.type_error(format!(
                    "'{name}' object cannot be interpreted as an integer"
                )));
            }
        },
    };
    if seconds.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    if seconds < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    if !seconds.is_finite() || seconds > 1e18 {
        return Err(vm.error(
            ExceptionClass::OverflowError,
            "timestamp too large to convert to C _PyTime_t",
        ));
    }
    vm.flush_stdout()?;
    vm.interruptible_sleep(Duration::from_secs_f64(seconds))?;
    Ok(Value::None)
}
