//! The `sys` module.

use crate::exception_class::ExceptionClass;
use crate::number::complex::HASH_IMAG;
use crate::number::{DEFAULT_MAX_STR_DIGITS, HASH_INF, HASH_MODULUS, MAX_STR_DIGITS_THRESHOLD};
use crate::objects::function::{Args, NativeFn};
use crate::objects::struct_seq::StructSeqFields;
use crate::value::{ObjRef, Value};
use crate::vm::{PyErr, PyResult, Vm};

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("exit", exit),
    ("getrecursionlimit", getrecursionlimit),
    ("getsizeof", getsizeof),
    ("setrecursionlimit", setrecursionlimit),
    ("intern", intern),
    ("exc_info", exc_info),
    ("_getframe", getframe),
    ("exception", exception),
    ("get_int_max_str_digits", get_int_max_str_digits),
    ("set_int_max_str_digits", set_int_max_str_digits),
    ("get_asyncgen_hooks", get_asyncgen_hooks),
    ("set_asyncgen_hooks", set_asyncgen_hooks),
];

/// `sys.version_info`
static VERSION_INFO: StructSeqFields = StructSeqFields {
    name: "sys.version_info",
    fields: &["major", "minor", "micro", "releaselevel", "serial"],
    n_sequence_fields: 5,
    constructible: false,
};

/// `sys.float_info`
static FLOAT_INFO: StructSeqFields = StructSeqFields {
    name: "sys.float_info",
    fields: &[
        "max",
        "max_exp",
        "max_10_exp",
        "min",
        "min_exp",
        "min_10_exp",
        "dig",
        "mant_dig",
        "epsilon",
        "radix",
        "rounds",
    ],
    n_sequence_fields: 11,
    constructible: true,
};

/// `sys.int_info`
static INT_INFO: StructSeqFields = StructSeqFields {
    name: "sys.int_info",
    fields: &[
        "bits_per_digit",
        "sizeof_digit",
        "default_max_str_digits",
        "str_digits_check_threshold",
    ],
    n_sequence_fields: 4,
    constructible: true,
};

/// `sys.hash_info`
static HASH_INFO: StructSeqFields = StructSeqFields {
    name: "sys.hash_info",
    fields: &[
        "width",
        "modulus",
        "inf",
        "nan",
        "imag",
        "algorithm",
        "hash_bits",
        "seed_bits",
        "cutoff",
    ],
    n_sequence_fields: 9,
    constructible: true,
};

/// What `sys.get_asyncgen_hooks()` gives.
static ASYNCGEN_HOOKS: StructSeqFields = StructSeqFields {
    name: "asyncgen_hooks",
    fields: &["firstiter", "finalizer"],
    n_sequence_fields: 2,
    constructible: false,
};

/// Sets `sys.<name>` to an instance of a new struct sequence type with
/// the values `make` gives.
fn set_struct_seq(
    vm: &mut Vm,
    module: ObjRef,
    fields: &'static StructSeqFields,
    make: impl FnOnce(&mut Vm) -> Vec<Value>,
) {
    let class = vm.new_struct_seq_type(fields);
    let mark = vm.root(Value::Obj(class));
    let values = make(vm);
    let instance = vm.new_struct_seq(class, values);
    vm.release_roots(mark);
    let name = fields.name.trim_start_matches("sys.");
    vm.set_module_attr(module, name, Value::Obj(instance));
}

/// Fills `sys`.
pub(crate) fn init(vm: &mut Vm, module: ObjRef) -> PyResult<()> {
    vm.add_module_functions(module, FUNCTIONS);
    let argv: Vec<Value> = vm.argv.clone().iter().map(|a| vm.str_value(a)).collect();
    let argv = Value::Obj(vm.new_list(argv));
    vm.set_module_attr(module, "argv", argv);
    let path: Vec<Value> = vm.path.clone().iter().map(|p| vm.str_value(p)).collect();
    let path = Value::Obj(vm.new_list(path));
    vm.set_module_attr(module, "path", path);
    let modules = Value::Obj(vm.modules);
    vm.set_module_attr(module, "modules", modules);
    vm.set_module_attr(module, "maxsize", Value::Int(i64::MAX));
    let version = vm.str_value("3.11.7 (pyvm)");
    vm.set_module_attr(module, "version", version);
    set_struct_seq(vm, module, &VERSION_INFO, |vm| {
        let release = vm.str_value("final");
        vec![
            Value::Int(3),
            Value::Int(11),
            Value::Int(7),
            release,
            Value::Int(0),
        ]
    });
    set_struct_seq(vm, module, &FLOAT_INFO, |_| {
        vec![
            Value::float(f64::MAX),
            Value::Int(f64::MAX_EXP.into()),
            Value::Int(f64::MAX_10_EXP.into()),
            Value::float(f64::MIN_POSITIVE),
            Value::Int(f64::MIN_EXP.into()),
            Value::Int(f64::MIN_10_EXP.into()),
            Value::Int(f64::DIGITS.into()),
            Value::Int(f64::MANTISSA_DIGITS.into()),
            Value::float(f64::EPSILON),
            Value::Int(f64::RADIX.into()),
            // FLT_ROUNDS: to nearest.
            Value::Int(1),
        ]
    });
    set_struct_seq(vm, module, &INT_INFO, |_| {
        // pyvm's big ints are not CPython's 30-bit digits, but the
        // values are CPython's, which programs compare against.
        vec![
            Value::Int(30),
            Value::Int(4),
            Value::Int(DEFAULT_MAX_STR_DIGITS as i64),
            Value::Int(MAX_STR_DIGITS_THRESHOLD as i64),
        ]
    });
    set_struct_seq(vm, module, &HASH_INFO, |vm| {
        let algorithm = vm.str_value("siphash13");
        vec![
            Value::Int(64),
            Value::Int(HASH_MODULUS as i64),
            Value::Int(HASH_INF),
            Value::Int(0),
            Value::Int(HASH_IMAG as i64),
            algorithm,
            Value::Int(64),
            Value::Int(128),
            // Short strings are hashed with SipHash too.
            Value::Int(0),
        ]
    });
    let platform = vm.str_value(std::env::consts::OS);
    vm.set_module_attr(module, "platform", platform);
    let byteorder = vm.str_value(if cfg!(target_endian = "little") {
        "little"
    } else {
        "big"
    });
    vm.set_module_attr(module, "byteorder", byteorder);
    let builtins = Value::Obj(vm.builtins);
    vm.set_module_attr(module, "builtins", builtins);
    let stdio = vm.stdio();
    for (name, file) in [
        ("stdin", stdio.stdin),
        ("stdout", stdio.stdout),
        ("stderr", stdio.stderr),
    ] {
        vm.set_module_attr(module, name, Value::Obj(file));
        vm.set_module_attr(module, &format!("__{name}__"), Value::Obj(file));
    }
    Ok(())
}

fn exit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.positional_range("exit", &args, 0, 1)?;
    let class = vm.exception_type(ExceptionClass::SystemExit);
    let code = args.positional.first().copied();
    let exception = vm.new_exception(class, code.into_iter().collect());
    if let Some(data) = exception.as_exception() {
        data.extra.set(code.unwrap_or(Value::None));
    }
    Err(PyErr { exception })
}

/// `sys.getsizeof(object[, default])`: `default` when the object's size
/// cannot be had (its `__sizeof__` raised `TypeError`).
fn getsizeof(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.positional_range("getsizeof", &args, 1, 2)?;
    match vm.getsizeof(args.positional[0]) {
        Err(error)
            if args.positional.len() == 2
                && vm.is_exception(Value::Obj(error.exception), ExceptionClass::TypeError) =>
        {
            Ok(args.positional[1])
        }
        other => other,
    }
}

fn getrecursionlimit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.positional_range("getrecursionlimit", &args, 0, 0)?;
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn setrecursionlimit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let value = vm.one_arg("setrecursionlimit", &args)?;
    let Value::Int(limit) = value else {
        let name = vm.type_name(value);
        return Err(vm.type_error(format!(
            "'{name}' object cannot be interpreted as an integer"
        )));
    };
    if limit < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    let limit = limit.min(i64::from(i32::MAX)) as usize;
    if limit <= vm.depth {
        return Err(vm.error(
            ExceptionClass::RecursionError,
            format!(
                "cannot set the recursion limit to {limit} at the recursion depth {}: the limit is too low",
                vm.depth
            ),
        ));
    }
    vm.recursion_limit = limit;
    Ok(Value::None)
}

fn intern(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let value = vm.one_arg("intern", &args)?;
    match value.object().and_then(|o| o.as_str()) {
        Some(text) => {
            let text = text.as_str().to_owned();
            Ok(Value::Obj(vm.intern(&text)))
        }
        None => {
            let name = vm.type_name(value);
            Err(vm.type_error(format!("intern() argument must be str, not {name}")))
        }
    }
}

/// `sys._getframe(depth=0, /)`: `depth` is a C `int`.
fn getframe(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.no_keywords("sys._getframe", &args)?;
    vm.check_positional("_getframe", args.positional, 0, 1)?;
    let depth = match args.positional.first() {
        Some(&depth) => match vm.index_arg(depth, "") {
            Ok(depth) if i32::try_from(depth).is_ok() => depth,
            Err(error)
                if !vm.is_exception(Value::Obj(error.exception), ExceptionClass::OverflowError) =>
            {
                return Err(error)
            }
            _ => {
                return Err(vm.error(
                    ExceptionClass::OverflowError,
                    "Python int too large to convert to C int",
                ))
            }
        },
        None => 0,
    };
    vm.getframe(depth)
}

fn exc_info(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.positional_range("exc_info", &args, 0, 0)?;
    let handled = vm.handled;
    let items = match handled
        .object()
        .and_then(|e| e.as_exception().map(|d| (e, d.traceback.get())))
    {
        Some((exception, traceback)) => {
            vec![Value::Obj(exception.class()), handled, traceback]
        }
        None => vec![Value::None, Value::None, Value::None],
    };
    Ok(Value::Obj(vm.new_tuple(items)))
}

fn exception(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.positional_range("exception", &args, 0, 0)?;
    Ok(match vm.handled {
        Value::Obj(e) if e.as_exception().is_some() => Value::Obj(e),
        _ => Value::None,
    })
}

fn get_int_max_str_digits(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.positional_range("get_int_max_str_digits", &args, 0, 0)?;
    Ok(Value::Int(vm.max_str_digits as i64))
}

/// `sys.set_int_max_str_digits(maxdigits)`: 0 for no limit, else at least
/// the threshold (640).
fn set_int_max_str_digits(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [keyword] = vm.keywords("set_int_max_str_digits", &args, ["maxdigits"])?;
    let value = match (args.positional, keyword) {
        ([value], None) => *value,
        ([], Some(value)) => value,
        _ => {
            return Err(
                vm.type_error("set_int_max_str_digits() takes exactly one argument (maxdigits)")
            )
        }
    };
    let digits = vm.index_int(value)?;
    match digits.to_i64() {
        Some(0) => vm.max_str_digits = 0,
        Some(n) if n >= MAX_STR_DIGITS_THRESHOLD as i64 => vm.max_str_digits = n as usize,
        _ => {
            return Err(vm.value_error(format!(
                "maxdigits must be 0 or larger than {MAX_STR_DIGITS_THRESHOLD}"
            )))
        }
    }
    Ok(Value::None)
}

/// `sys.get_asyncgen_hooks()`: `asyncgen_hooks(firstiter, finalizer)`.
fn get_asyncgen_hooks(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.positional_range("get_asyncgen_hooks", &args, 0, 0)?;
    let class = match vm.asyncgen_hooks_type {
        Some(class) => class,
        None => {
            let class = vm.new_struct_seq_type(&ASYNCGEN_HOOKS);
            vm.asyncgen_hooks_type = Some(class);
            class
        }
    };
    let hooks = vm.asyncgen_hooks.to_vec();
    Ok(Value::Obj(vm.new_struct_seq(class, hooks)))
}

/// `sys.set_asyncgen_hooks([firstiter[, finalizer]])`: each hook given
/// must be `None` or callable; one not given stays as it was.
fn set_asyncgen_hooks(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_positional("set_asyncgen_hooks", args.positional, 0, 2)?;
    let keywords = vm.keywords("set_asyncgen_hooks", &args, ["firstiter", "finalizer"])?;
    let mut hooks = [None; 2];
    for (index, hook) in hooks.iter_mut().enumerate() {
        *hook = args.positional.get(index).copied().or(keywords[index]);
    }
    // CPython checks the finalizer first.
    for (index, what) in [(1, "finalizer"), (0, "firstiter")] {
        if let Some(hook) = hooks[index].filter(|h| !h.is_none()) {
            if !crate::builtins::functions::is_callable(vm, hook) {
                let name = vm.type_name(hook);
                return Err(vm.type_error(format!("callable {what} expected, got {name}")));
            }
        }
    }
    for (index, hook) in hooks.into_iter().enumerate() {
        if let Some(hook) = hook {
            vm.asyncgen_hooks[index] = hook;
        }
    }
    Ok(Value::None)
}
