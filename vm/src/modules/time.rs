//! The `time` module: the clocks and `sleep`.

use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::exception_class::ExceptionClass;
use crate::number::Int;
use crate::object::Payload;
use crate::objects::function::{Args, Builtin, BuiltinKind, NativeFn};
use crate::objects::struct_seq::StructSeqFields;
use crate::ops::fast_call::CallShortcut;
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

/// `time.struct_time`
static STRUCT_TIME: StructSeqFields = StructSeqFields {
    name: "time.struct_time",
    fields: &[
        "tm_year",
        "tm_mon",
        "tm_mday",
        "tm_hour",
        "tm_min",
        "tm_sec",
        "tm_wday",
        "tm_yday",
        "tm_isdst",
        "tm_zone",
        "tm_gmtoff",
    ],
    n_sequence_fields: 9,
    constructible: true,
};

/// Fills `time`.
pub(crate) fn init(vm: &mut Vm, module: ObjRef) -> PyResult<()> {
    vm.add_module_functions(module, FUNCTIONS);
    let struct_time = vm.new_struct_seq_type(&STRUCT_TIME);
    vm.set_module_attr(module, "struct_time", Value::Obj(struct_time));
    // `gmtime` is bound to the type it makes instances of.
    let gmtime = Builtin {
        name: "gmtime",
        owner: None,
        function: gmtime,
        kind: BuiltinKind::Function,
        receiver: Value::Obj(struct_time),
        module: Value::Null,
        shortcut: CallShortcut::of(gmtime),
    };
    let builtin_type = vm.types.builtin_function;
    let gmtime = vm.alloc(builtin_type, Payload::Builtin(Box::new(gmtime)));
    vm.set_module_attr(module, "gmtime", Value::Obj(gmtime));
    Ok(())
}

/// `time.gmtime([seconds])`: the UTC calendar time of a count of seconds
/// since the epoch (now by default), floored to a whole second.
fn gmtime(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some((&Value::Obj(struct_time), rest)) = args.positional.split_first() else {
        return Err(vm.type_error("gmtime is bound to struct_time"));
    };
    vm.no_keywords("gmtime", &args)?;
    vm.check_positional("gmtime", rest, 0, 1)?;
    let seconds = match rest.first().map(|v| v.float_normalized()) {
        None | Some(Value::None) => now_ns().div_euclid(1_000_000_000) as i64,
        Some(Value::Float(f)) => {
            if f.get().is_nan() {
                return Err(vm.value_error("Invalid value NaN (not a number)"));
            }
            let floored = f.get().floor();
            if !(-1e18..=1e18).contains(&floored) {
                return Err(vm.error(
                    ExceptionClass::OverflowError,
                    "timestamp out of range for platform time_t",
                ));
            }
            floored as i64
        }
        Some(other) => match vm.exact_int(other).map(|int| int.to_i64()) {
            Some(Some(int)) if int.unsigned_abs() <= 1_000_000_000_000_000_000 => int,
            Some(_) => {
                return Err(vm.error(
                    ExceptionClass::OverflowError,
                    "timestamp out of range for platform time_t",
                ))
            }
            None => {
                let name = vm.type_name(other);
                return Err(vm.type_error(format!(
                    "'{name}' object cannot be interpreted as an integer"
                )));
            }
        },
    };
    let days = seconds.div_euclid(86_400);
    let of_day = seconds.rem_euclid(86_400);
    let (year, month, day) = civil_from_days(days);
    let year_start = days_from_civil(year, 1, 1);
    let zone = vm.str_value("GMT");
    let values = vec![
        Value::Int(year),
        Value::Int(month),
        Value::Int(day),
        Value::Int(of_day / 3600),
        Value::Int(of_day % 3600 / 60),
        Value::Int(of_day % 60),
        // 1970-01-01 was a Thursday; Monday is 0.
        Value::Int((days + 3).rem_euclid(7)),
        Value::Int(days - year_start + 1),
        Value::Int(0),
        zone,
        Value::Int(0),
    ];
    Ok(Value::Obj(vm.new_struct_seq(struct_time, values)))
}

/// The proleptic Gregorian (year, month, day) of a count of days since
/// 1970-01-01 (Howard Hinnant's `civil_from_days`).
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
    let month = if shifted_month < 10 {
        shifted_month + 3
    } else {
        shifted_month - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// The count of days since 1970-01-01 of a proleptic Gregorian date
/// (Howard Hinnant's `days_from_civil`).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year.rem_euclid(400);
    let shifted_month = if month > 2 { month - 3 } else { month + 9 };
    let day_of_year = (153 * shifted_month + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
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
    Ok(Value::float(now_ns() as f64 / 1e9))
}

fn time_ns(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_args(vm, &args, "time_ns")?;
    Ok(vm.int_value(Int::from(now_ns() as i64)))
}

fn monotonic(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_args(vm, &args, "monotonic")?;
    Ok(Value::float(monotonic_now_ns() as f64 / 1e9))
}

fn monotonic_ns(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_args(vm, &args, "monotonic_ns")?;
    Ok(Value::Int(monotonic_now_ns() as i64))
}

fn process_time(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_args(vm, &args, "process_time")?;
    Ok(Value::float(process_now_ns() as f64 / 1e9))
}

fn process_time_ns(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_args(vm, &args, "process_time_ns")?;
    Ok(Value::Int(process_now_ns() as i64))
}

fn sleep(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let seconds = vm.one_arg("sleep", &args)?;
    let seconds = match seconds.float_normalized() {
        Value::Float(f) => f.get(),
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
