//! The `random` module: `random.Random` (a Mersenne Twister,
//! [`Mt19937`]) with the methods of CPython's `random.py` drawing exactly
//! as it does, and the module functions bound to one hidden instance, as
//! CPython's `random.random = _inst.random`.

use std::cell::RefCell;

use crate::exception_class::ExceptionClass;
use crate::number::Int;
use crate::object::Payload;
use crate::objects::function::{Args, Builtin, BuiltinKind, NativeFn};
use crate::objects::random::Mt19937;
use crate::ops::fast_call::CallShortcut;
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// `Random`'s methods, which are also the module's functions.
const METHODS: &[(&str, NativeFn)] = &[
    ("seed", seed),
    ("random", random),
    ("getrandbits", getrandbits),
    ("randrange", randrange),
    ("randint", randint),
    ("choice", choice),
    ("choices", choices),
    ("shuffle", shuffle),
    ("sample", sample),
    ("uniform", uniform),
    ("getstate", getstate),
    ("setstate", setstate),
];

/// Fills `random`.
pub(crate) fn init(vm: &mut Vm, module: ObjRef) -> PyResult<()> {
    let class = vm.types.random;
    let dict = class.dict().expect("a built-in type has a dict");
    for &(name, function) in METHODS {
        let method = vm.new_builtin(name, Some("Random"), function, BuiltinKind::Method);
        let key = vm.intern(name);
        vm.dict_set_str(dict, key, Value::Obj(method));
    }
    let module_name = vm.str_value("random");
    let key = vm.names.__module__;
    vm.dict_set_str(dict, key, module_name);
    vm.set_module_attr(module, "Random", Value::Obj(class));
    let instance = vm.new_random(None)?;
    vm.set_module_attr(module, "_inst", Value::Obj(instance));
    let builtin_function = vm.types.builtin_function;
    for &(name, function) in METHODS {
        let bound = vm.alloc(
            builtin_function,
            Payload::Builtin(Box::new(Builtin {
                name,
                owner: Some("Random"),
                function,
                kind: BuiltinKind::Method,
                receiver: Value::Obj(instance),
                module: Value::Null,
                shortcut: CallShortcut::of(function),
            })),
        );
        vm.set_module_attr(module, name, Value::Obj(bound));
    }
    Ok(())
}

impl Vm {
    /// `random.Random(seed)`.
    pub(crate) fn new_random(&mut self, seed_value: Option<Value>) -> PyResult<ObjRef> {
        let mut generator = Box::<Mt19937>::default();
        seed_generator(self, &mut generator, seed_value.unwrap_or(Value::None))?;
        let class = self.types.random;
        Ok(self.alloc(class, Payload::Random(RefCell::new(generator))))
    }
}

/// `random_seed`: an int by its absolute value, `None` from the
/// operating system, anything else (floats…) by its hash.
fn seed_generator(vm: &mut Vm, generator: &mut Mt19937, value: Value) -> PyResult<()> {
    if value.is_none() {
        generator.seed_from_os();
        return Ok(());
    }
    let exact_int = matches!(value, Value::Int(_))
        || value
            .as_object()
            .is_some_and(|o| o.class() == vm.types.int && matches!(o.payload, Payload::Int(_)));
    let seed = if exact_int {
        vm.exact_int(value).expect("an int")
    } else {
        let allowed = matches!(value, Value::Float(_) | Value::Bool(_))
            || matches!(
                value.payload(),
                Some(Payload::Int(_) | Payload::Float(_) | Payload::Str(_) | Payload::Bytes(_))
            );
        if !allowed {
            return Err(vm.type_error(
                "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.",
            ));
        }
        if matches!(value.payload(), Some(Payload::Str(_) | Payload::Bytes(_))) {
            return Err(vm.error(
                ExceptionClass::NotImplementedError,
                "seeding from str or bytes is not supported",
            ));
        }
        // As C's `(size_t)hash`.
        Int::from(vm.hash(value)? as u64)
    };
    generator.seed_int(&seed);
    Ok(())
}

/// The receiver's generator.
fn generator(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<ObjRef> {
    match args.positional.first().and_then(|v| v.as_object()) {
        Some(object) if matches!(object.payload, Payload::Random(_)) => Ok(object),
        _ => Err(vm.type_error(format!("descriptor '{name}' requires a 'Random' object"))),
    }
}

/// Runs `draw` on the receiver's generator.
fn with_generator<T>(object: ObjRef, draw: impl FnOnce(&mut Mt19937) -> T) -> T {
    let Payload::Random(generator) = &object.payload else {
        unreachable!("checked by `generator`")
    };
    let mut generator = generator.borrow_mut();
    draw(&mut generator)
}

/// The method's arguments after the receiver, with keywords from `names`.
fn method_args<const N: usize>(
    vm: &mut Vm,
    args: &Args<'_>,
    name: &str,
    names: [&str; N],
    required: usize,
) -> PyResult<[Option<Value>; N]> {
    let keywords = vm.keywords(name, args, names)?;
    let positional = &args.positional[1..];
    if positional.len() > N {
        return Err(vm.type_error(format!(
            "{name}() takes from {} to {} positional arguments but {} were given",
            required + 1,
            N + 1,
            positional.len() + 1
        )));
    }
    let mut found = keywords;
    for (i, &value) in positional.iter().enumerate() {
        if found[i].is_some() {
            return Err(vm.type_error(format!(
                "{name}() got multiple values for argument '{}'",
                names[i]
            )));
        }
        found[i] = Some(value);
    }
    let missing: Vec<&str> = (0..required)
        .filter(|&i| found[i].is_none())
        .map(|i| names[i])
        .collect();
    if !missing.is_empty() {
        let quoted: Vec<String> = missing.iter().map(|n| format!("'{n}'")).collect();
        let list = match quoted.len() {
            1 => quoted[0].clone(),
            2 => format!("{} and {}", quoted[0], quoted[1]),
            _ => quoted.join(", "),
        };
        let plural = if missing.len() == 1 { "" } else { "s" };
        return Err(vm.type_error(format!(
            "{name}() missing {} required positional argument{plural}: {list}",
            missing.len()
        )));
    }
    Ok(found)
}

fn seed(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let object = generator(vm, &args, "seed")?;
    let [value, _version] = method_args(vm, &args, "seed", ["a", "version"], 0)?;
    let mut fresh = Mt19937::default();
    seed_generator(vm, &mut fresh, value.unwrap_or(Value::None))?;
    with_generator(object, |g| *g = fresh);
    Ok(Value::None)
}

fn random(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let object = generator(vm, &args, "random")?;
    method_args(vm, &args, "random", [], 0)?;
    Ok(Value::float(with_generator(object, Mt19937::random)))
}

fn getrandbits(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let object = generator(vm, &args, "getrandbits")?;
    let [bits] = method_args(vm, &args, "getrandbits", ["k"], 1)?;
    let bits = vm.index_arg(bits.expect("required"), "")?;
    if bits < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    let int = with_generator(object, |g| g.getrandbits(bits as u64));
    Ok(vm.int_value(int))
}

/// `_randbelow(n)` as a value.
fn randbelow(vm: &mut Vm, object: ObjRef, n: &Int) -> Value {
    let int = with_generator(object, |g| g.randbelow(n));
    vm.int_value(int)
}

/// A `randrange` argument as an int: an integral float is accepted (with
/// CPython's deprecation), another value is a ValueError naming `what`.
fn range_arg(vm: &mut Vm, value: Value, what: &str) -> PyResult<Int> {
    if let Some(int) = vm.index_value(value)? {
        return Ok(int);
    }
    let int_value = vm.call_type(vm.types.int, Args::positional(&[value]))?;
    let int = vm.exact_int(int_value).unwrap_or(Int::ZERO);
    if !vm.eq(int_value, value)? {
        return Err(vm.value_error(format!("non-integer {what} for randrange()")));
    }
    Ok(int)
}

fn randrange(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let object = generator(vm, &args, "randrange")?;
    let [start, stop, step] = method_args(vm, &args, "randrange", ["start", "stop", "step"], 1)?;
    let start = range_arg(vm, start.expect("required"), "arg 1")?;
    randrange_ints(vm, object, start, stop, step)
}

/// `randrange(start, stop, step)` once `start` is an int.
fn randrange_ints(
    vm: &mut Vm,
    object: ObjRef,
    start: Int,
    stop: Option<Value>,
    step: Option<Value>,
) -> PyResult<Value> {
    let Some(stop) = stop.filter(|s| !s.is_none()) else {
        if step.is_some() {
            return Err(vm.type_error("Missing a non-None stop argument"));
        }
        if start > Int::ZERO {
            return Ok(randbelow(vm, object, &start));
        }
        return Err(vm.value_error("empty range for randrange()"));
    };
    let stop = range_arg(vm, stop, "stop")?;
    let width = &stop - &start;
    let step = match step {
        Some(step) => range_arg(vm, step, "step")?,
        None => Int::ONE,
    };
    if step == Int::ONE {
        if width > Int::ZERO {
            let offset = with_generator(object, |g| g.randbelow(&width));
            return Ok(vm.int_value(&start + &offset));
        }
        return Err(vm.value_error(format!(
            "empty range for randrange() ({start}, {stop}, {width})"
        )));
    }
    let n = if step > Int::ZERO {
        (&(&width + &step) - &Int::ONE).floor_div(&step)
    } else if step < Int::ZERO {
        (&(&width + &step) + &Int::ONE).floor_div(&step)
    } else {
        return Err(vm.value_error("zero step for randrange()"));
    }
    .map_err(|e| vm.number_error(e))?;
    if n <= Int::ZERO {
        return Err(vm.value_error("empty range for randrange()"));
    }
    let offset = with_generator(object, |g| g.randbelow(&n));
    Ok(vm.int_value(&start + &(&step * &offset)))
}

fn randint(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let object = generator(vm, &args, "randint")?;
    let [a, b] = method_args(vm, &args, "randint", ["a", "b"], 2)?;
    let (a, b) = (a.expect("required"), b.expect("required"));
    let stop = vm.binary_op(b, Value::Int(1), pyvm_bytecode::BinaryOperator::Add)?;
    let start = range_arg(vm, a, "arg 1")?;
    randrange_ints(vm, object, start, Some(stop), None)
}

fn choice(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let object = generator(vm, &args, "choice")?;
    let [seq] = method_args(vm, &args, "choice", ["seq"], 1)?;
    let seq = seq.expect("required");
    let length = vm.len(seq)?;
    if length == 0 {
        return Err(vm.error(
            ExceptionClass::IndexError,
            "Cannot choose from an empty sequence",
        ));
    }
    let index = with_generator(object, |g| g.randbelow_usize(length));
    vm.get_item(seq, Value::Int(index as i64))
}

fn choices(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let object = generator(vm, &args, "choices")?;
    let [population, weights, cum_weights, k] = method_args(
        vm,
        &args,
        "choices",
        ["population", "weights", "cum_weights", "k"],
        1,
    )?;
    let population = population.expect("required");
    let n = vm.len(population)?;
    let k = match k {
        Some(k) => vm.index_arg(k, "")?.max(0) as usize,
        None => 1,
    };
    let result = vm.new_list(Vec::with_capacity(k));
    let mark = vm.root(Value::Obj(result));
    let outcome = choices_into(vm, object, population, n, weights, cum_weights, k, result);
    vm.release_roots(mark);
    outcome.map(|()| Value::Obj(result))
}

/// Fills `result` with `k` choices, as `random.py`'s `choices`.
#[allow(clippy::too_many_arguments)]
fn choices_into(
    vm: &mut Vm,
    object: ObjRef,
    population: Value,
    n: usize,
    weights: Option<Value>,
    cum_weights: Option<Value>,
    k: usize,
    result: ObjRef,
) -> PyResult<()> {
    let (weights, cum_weights) = (
        weights.filter(|w| !w.is_none()),
        cum_weights.filter(|w| !w.is_none()),
    );
    let push = |vm: &mut Vm, index: usize| -> PyResult<()> {
        let item = vm.get_item(population, Value::Int(index as i64))?;
        result.as_list().expect("a list").borrow_mut().push(item);
        Ok(())
    };
    let cumulative: Vec<f64> = match (weights, cum_weights) {
        (None, None) => {
            for _ in 0..k {
                let index = (with_generator(object, Mt19937::random) * n as f64).floor() as usize;
                push(vm, index)?;
            }
            return Ok(());
        }
        (Some(_), Some(_)) => {
            return Err(vm.type_error("Cannot specify both weights and cumulative weights"))
        }
        (Some(weights), None) => {
            let mut total = 0.0;
            let mut sums = Vec::new();
            for weight in vm.collect_iterable(weights)? {
                total += float_arg(vm, weight)?;
                sums.push(total);
            }
            sums
        }
        (None, Some(cum_weights)) => {
            let mut sums = Vec::new();
            for weight in vm.collect_iterable(cum_weights)? {
                sums.push(float_arg(vm, weight)?);
            }
            sums
        }
    };
    if cumulative.len() != n {
        return Err(vm.value_error("The number of weights does not match the population"));
    }
    let total = cumulative.last().copied().unwrap_or(0.0);
    if total <= 0.0 {
        return Err(vm.value_error("Total of weights must be greater than zero"));
    }
    if !total.is_finite() {
        return Err(vm.value_error("Total of weights must be finite"));
    }
    let hi = n - 1;
    for _ in 0..k {
        let x = with_generator(object, Mt19937::random) * total;
        // bisect_right(cum_weights, x, 0, hi)
        let index = cumulative[..hi].partition_point(|&c| c <= x);
        push(vm, index)?;
    }
    Ok(())
}

/// A number as a float (`float(x)` of a weight or bound).
fn float_arg(vm: &mut Vm, value: Value) -> PyResult<f64> {
    let float = vm.construct_float(Args::positional(&[value]))?;
    Ok(float.as_float().unwrap_or(0.0))
}

fn shuffle(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let object = generator(vm, &args, "shuffle")?;
    let [x] = method_args(vm, &args, "shuffle", ["x"], 1)?;
    let x = x.expect("required");
    let length = vm.len(x)?;
    for i in (1..length).rev() {
        let j = with_generator(object, |g| g.randbelow_usize(i + 1));
        if let Some(items) = x.object().and_then(|o| o.as_list()) {
            if x.as_object().map(|o| o.class()) == Some(vm.types.list) {
                items.borrow_mut().swap(i, j);
                continue;
            }
        }
        let (key_i, key_j) = (Value::Int(i as i64), Value::Int(j as i64));
        let item_i = vm.get_item(x, key_i)?;
        let mark = vm.root(item_i);
        let item_j = vm.get_item(x, key_j)?;
        vm.root(item_j);
        let swapped = vm
            .set_item(x, key_i, item_j)
            .and_then(|()| vm.set_item(x, key_j, item_i));
        vm.release_roots(mark);
        swapped?;
    }
    Ok(Value::None)
}

fn sample(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let object = generator(vm, &args, "sample")?;
    let [population, k, counts] =
        method_args(vm, &args, "sample", ["population", "k", "counts"], 2)?;
    let (population, k) = (population.expect("required"), k.expect("required"));
    if counts.is_some_and(|c| !c.is_none()) {
        return Err(vm.error(
            ExceptionClass::NotImplementedError,
            "sample() with counts is not supported",
        ));
    }
    let is_sequence = matches!(
        population.payload(),
        Some(
            Payload::List(_)
                | Payload::Tuple(_)
                | Payload::Str(_)
                | Payload::Bytes(_)
                | Payload::Range(_)
        )
    );
    if !is_sequence {
        return Err(
            vm.type_error("Population must be a sequence.  For dicts or sets, use sorted(d).")
        );
    }
    let n = vm.len(population)?;
    let k = vm.index_arg(k, "")?;
    if k < 0 || k as usize > n {
        return Err(vm.value_error("Sample larger than population or is negative"));
    }
    let k = k as usize;
    let result = vm.new_list(vec![Value::None; k]);
    let mark = vm.root(Value::Obj(result));
    let outcome = sample_into(vm, object, population, n, k, result);
    vm.release_roots(mark);
    outcome.map(|()| Value::Obj(result))
}

/// Fills `result` with `k` of the `n` items, as `random.py`'s `sample`:
/// from a pool list when it is small, else by reselecting into a set.
fn sample_into(
    vm: &mut Vm,
    object: ObjRef,
    population: Value,
    n: usize,
    k: usize,
    result: ObjRef,
) -> PyResult<()> {
    let mut setsize = 21usize;
    if k > 5 {
        let exponent = ((k as f64 * 3.0).ln() / 4f64.ln()).ceil() as u32;
        setsize += 4usize.saturating_pow(exponent);
    }
    let items = result.as_list().expect("a list");
    if n <= setsize {
        let pool = vm.collect_iterable(population)?;
        let mut pool = pool;
        for i in 0..k {
            let j = with_generator(object, |g| g.randbelow_usize(n - i));
            items.borrow_mut()[i] = pool[j];
            pool[j] = pool[n - i - 1];
        }
        return Ok(());
    }
    let mut selected = std::collections::HashSet::new();
    for i in 0..k {
        let mut j = with_generator(object, |g| g.randbelow_usize(n));
        while selected.contains(&j) {
            j = with_generator(object, |g| g.randbelow_usize(n));
        }
        selected.insert(j);
        let item = vm.get_item(population, Value::Int(j as i64))?;
        items.borrow_mut()[i] = item;
    }
    Ok(())
}

fn uniform(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let object = generator(vm, &args, "uniform")?;
    let [a, b] = method_args(vm, &args, "uniform", ["a", "b"], 2)?;
    let (a, b) = (a.expect("required"), b.expect("required"));
    let r = Value::float(with_generator(object, Mt19937::random));
    use pyvm_bytecode::BinaryOperator as Op;
    let width = vm.binary_op(b, a, Op::Subtract)?;
    let scaled = vm.binary_op(width, r, Op::Multiply)?;
    vm.binary_op(a, scaled, Op::Add)
}

fn getstate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let object = generator(vm, &args, "getstate")?;
    method_args(vm, &args, "getstate", [], 0)?;
    let mut words: Vec<Value> = with_generator(object, |g| {
        let (state, index) = g.state();
        let mut words: Vec<Value> = state.iter().map(|&w| Value::Int(i64::from(w))).collect();
        words.push(Value::Int(index as i64));
        words
    });
    let internal = Value::Obj(vm.new_tuple(std::mem::take(&mut words)));
    Ok(Value::Obj(vm.new_tuple([
        Value::Int(3),
        internal,
        Value::None,
    ])))
}

fn setstate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let object = generator(vm, &args, "setstate")?;
    let [state] = method_args(vm, &args, "setstate", ["state"], 1)?;
    let parts = state
        .expect("required")
        .object()
        .and_then(|o| o.as_tuple().map(<[Value]>::to_vec))
        .unwrap_or_default();
    let internal = parts
        .get(1)
        .and_then(|v| v.object().and_then(|o| o.as_tuple().map(<[Value]>::to_vec)));
    let (Some(Value::Int(3)), Some(internal)) = (parts.first().copied(), internal) else {
        return Err(vm.value_error("state with version 3 expected"));
    };
    if internal.len() != 625 {
        return Err(vm.value_error("state vector is the wrong size"));
    }
    let mut words = [0u32; 624];
    for (word, value) in words.iter_mut().zip(&internal) {
        *word = match value {
            Value::Int(w) => *w as u32,
            _ => return Err(vm.type_error("state vector items must be integers")),
        };
    }
    let index = match internal[624] {
        Value::Int(i) if (0..=624).contains(&i) => i as usize,
        _ => return Err(vm.value_error("invalid state")),
    };
    with_generator(object, |g| g.set_state(words, index));
    Ok(Value::None)
}
