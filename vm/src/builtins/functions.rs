//! The built-in functions that are not types: `print`, `len`, `repr`,
//! `isinstance`, `min`, `sorted`, `getattr`…

use crate::exception_class::ExceptionClass;
use crate::number::float;
use crate::object::Payload;
use crate::objects::function::Args;
use crate::objects::iterator::IterState;
use crate::ops::container::sequence_item;
use crate::ops::generator::{plain_generator, Consumer};
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// `print(*objects, sep=' ', end='\n', file=None, flush=False)`
pub(crate) fn print(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [sep, end, file, flush] = vm.keywords("print", &args, ["sep", "end", "file", "flush"])?;
    let text_of =
        |vm: &mut Vm, value: Option<Value>, default: &str, what: &str| -> PyResult<String> {
            match value {
                None | Some(Value::None) => Ok(default.to_owned()),
                Some(Value::Obj(object)) if object.as_str().is_some() => {
                    Ok(object.as_str().expect("checked").as_str().to_owned())
                }
                Some(other) => {
                    let name = vm.type_name(other);
                    Err(vm.type_error(format!("{what} must be None or a string, not {name}")))
                }
            }
        };
    let sep = text_of(vm, sep, " ", "sep")?;
    let end = text_of(vm, end, "\n", "end")?;
    // Where to write: `file`, else `sys.stdout` (which a program may have
    // replaced); a file object of the VM's takes the text in one piece.
    let target = match file {
        Some(file) if !file.is_none() => Some(file),
        _ => {
            let stdout = vm.stdio().stdout;
            match vm.replaced_stream("stdout", stdout) {
                Some(Value::None) => return Ok(Value::None),
                Some(replaced) => Some(replaced),
                None => None,
            }
        }
    };
    let own_file = match target {
        None => Some(vm.stdio().stdout),
        Some(Value::Obj(object))
            if matches!(object.payload, Payload::File(_)) && vm.user_class(object).is_none() =>
        {
            Some(object)
        }
        Some(_) => None,
    };
    if let Some(own) = own_file {
        let mut text = String::new();
        for (i, &value) in args.positional.iter().enumerate() {
            if i > 0 {
                text.push_str(&sep);
            }
            match value.object().and_then(|o| o.as_str()) {
                Some(s) if value.as_object().is_some_and(|o| o.class() == vm.types.str) => {
                    text.push_str(s.as_str())
                }
                _ => text.push_str(&vm.str_string(value)?),
            }
        }
        text.push_str(&end);
        vm.print_to_file(own, &text)?;
        if let Some(flush) = flush {
            if vm.truthy(flush)? {
                vm.flush_file(own);
            }
        }
        return Ok(Value::None);
    }
    // Another object: `write` once per piece, as CPython's `print`.
    let file = target.expect("a target");
    let write = vm.intern("write");
    let method = vm.get_attr(file, write)?;
    let mark = vm.root(method);
    let result = (|| {
        for (i, &value) in args.positional.iter().enumerate() {
            if i > 0 {
                let sep = vm.str_value(&sep);
                vm.call_function(method, &[sep])?;
            }
            let text = vm.to_str(value)?;
            vm.call_function(method, &[Value::Obj(text)])?;
        }
        let end = vm.str_value(&end);
        vm.call_function(method, &[end])?;
        if let Some(flush) = flush {
            if vm.truthy(flush)? {
                let flush_name = vm.intern("flush");
                let method = vm.get_attr(file, flush_name)?;
                vm.call_function(method, &[])?;
            }
        }
        Ok(Value::None)
    })();
    vm.release_roots(mark);
    result
}

/// `len(obj)`
pub(crate) fn len(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let value = vm.one_arg("len", &args)?;
    let length = vm.len(value)?;
    Ok(Value::Int(length as i64))
}

/// `repr(obj)`
pub(crate) fn repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let value = vm.one_arg("repr", &args)?;
    Ok(Value::Obj(vm.repr(value)?))
}

/// `ascii(obj)`
pub(crate) fn ascii(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let value = vm.one_arg("ascii", &args)?;
    let repr = vm.repr_string(value)?;
    Ok(vm.str_value(&crate::format::ascii_escape(&repr)))
}

/// `format(value, spec='')`
pub(crate) fn format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.positional_range("format", &args, 1, 2)?;
    let spec = match args.positional.get(1) {
        None => String::new(),
        Some(&spec) => match spec.object().and_then(|s| s.as_str()) {
            Some(text) => text.as_str().to_owned(),
            None => {
                let name = vm.type_name(spec);
                return Err(vm.type_error(format!("format() argument 2 must be str, not {name}")));
            }
        },
    };
    Ok(Value::Obj(vm.format(args.positional[0], &spec)?))
}

/// `isinstance(obj, class_or_tuple)`
pub(crate) fn isinstance(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.positional_range("isinstance", &args, 2, 2)?;
    let result = vm.isinstance_of(args.positional[0], args.positional[1])?;
    Ok(Value::bool(result))
}

/// `issubclass(cls, class_or_tuple)`
pub(crate) fn issubclass(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.positional_range("issubclass", &args, 2, 2)?;
    let result = vm.issubclass_of(args.positional[0], args.positional[1])?;
    Ok(Value::bool(result))
}

/// `abs(x)`
pub(crate) fn abs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let value = vm.one_arg("abs", &args)?;
    // A class's `__abs__` first, a float or int subclass's too.
    let name = vm.names.__abs__;
    if let Some(result) = vm.call_user_dunder(value, name, &[])? {
        return Ok(result);
    }
    match value.float_normalized() {
        Value::Float(f) => return Ok(Value::float(f.get().abs())),
        Value::Bool(b) => return Ok(Value::Int(i64::from(b.get()))),
        _ => {}
    }
    if let Some(int) = vm.exact_int(value) {
        return Ok(vm.int_value(int.abs()));
    }
    if let Some(Payload::Complex(z)) = value.payload() {
        return z.abs().map(Value::float).map_err(|e| vm.complex_error(e));
    }
    let type_name = vm.type_name(value);
    Err(vm.type_error(format!("bad operand type for abs(): '{type_name}'")))
}

/// `min(…)` and `max(…)`: `pick` says whether a candidate beats the best.
fn min_max(
    vm: &mut Vm,
    args: Args<'_>,
    name: &str,
    op: pyvm_bytecode::ComparisonOperator,
) -> PyResult<Value> {
    let [key, default] = vm.keywords(name, &args, ["key", "default"])?;
    let key = key.filter(|k| !k.is_none());
    // One iterable is taken item by item, as CPython does: the key of
    // each is asked before the next item is.
    let (iterator, several) = match args.positional {
        [] => return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0"))),
        [iterable] => (Some(vm.get_iter(*iterable)?), &[][..]),
        several => {
            if default.is_some() {
                return Err(vm.type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            (None, several)
        }
    };
    let mark = vm.root(iterator.unwrap_or(Value::None));
    // The best item and its measure so far, rooted while the iterator and
    // the key run Python code.
    let best_slot = vm.root(Value::Null);
    vm.root(Value::Null);
    let result = (|| {
        let mut best: Option<(Value, Value)> = None;
        let mut rest = several.iter();
        loop {
            let item = match iterator {
                Some(iterator) => match vm.next(iterator)? {
                    Some(item) => item,
                    None => break,
                },
                None => match rest.next() {
                    Some(&item) => item,
                    None => break,
                },
            };
            vm.roots.push(item);
            let measure = match key {
                Some(key) => vm.call_function(key, &[item])?,
                None => item,
            };
            vm.roots.push(measure);
            let beats = match best {
                None => true,
                Some((_, best_measure)) => {
                    let beats = vm.compare(measure, best_measure, op)?;
                    vm.truthy(beats)?
                }
            };
            vm.roots.truncate(best_slot + 2);
            if beats {
                best = Some((item, measure));
                vm.roots[best_slot] = item;
                vm.roots[best_slot + 1] = measure;
            }
        }
        match (best, default) {
            (Some((item, _)), _) => Ok(item),
            (None, Some(default)) => Ok(default),
            (None, None) => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
        }
    })();
    vm.release_roots(mark);
    result
}

/// `min(iterable, *, key, default)` / `min(a, b, *args, key)`
pub(crate) fn min(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    min_max(vm, args, "min", pyvm_bytecode::ComparisonOperator::Less)
}

/// `max(iterable, *, key, default)` / `max(a, b, *args, key)`
pub(crate) fn max(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    min_max(vm, args, "max", pyvm_bytecode::ComparisonOperator::Greater)
}

/// `sum(iterable, /, start=0)`
pub(crate) fn sum(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [start_keyword] = vm.keywords("sum", &args, ["start"])?;
    if args.positional.is_empty() || args.positional.len() > 2 {
        return Err(vm.type_error(format!(
            "sum() takes at most 2 arguments ({} given)",
            args.positional.len()
        )));
    }
    // The iterator comes first, as in CPython. A list or tuple (not a
    // subclass, which may iterate otherwise) is read by index, as its
    // iterator would, without making one.
    let iterable = args.positional[0];
    let sequence = iterable
        .as_object()
        .filter(|o| o.class() == vm.types.list || o.class() == vm.types.tuple);
    let iterator = match sequence {
        Some(_) => Value::Null,
        None => vm.get_iter(iterable)?,
    };
    let start = args
        .positional
        .get(1)
        .copied()
        .or(start_keyword)
        .unwrap_or(Value::Int(0));
    if let Some(Payload::Str(_)) = start.payload() {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    if let Some(Payload::Bytes(_)) = start.payload() {
        return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
    }
    if let Some(Payload::ByteArray(_)) = start.payload() {
        return Err(vm.type_error("sum() can't sum bytearray [use b''.join(seq) instead]"));
    }
    let mark = vm.roots.len();
    vm.roots.push(iterator);
    let result = (|| {
        let add = pyvm_bytecode::BinaryOperator::Add;
        // The total stays rooted in this slot: an addition may make a new
        // object, and the iterator may run Python code, and a collection,
        // before the next one.
        let slot = vm.roots.len();
        vm.roots.push(start);
        let mut total = start;
        // A generator adds small ints and floats as it yields them.
        if let (Some(generator), Value::Int(_) | Value::Float(_)) =
            (plain_generator(iterator), total)
        {
            match vm.consume_generator(generator, Consumer::Sum(total))? {
                (Consumer::Sum(sum), None) => return Ok(sum),
                (Consumer::Sum(sum), Some(item)) => {
                    vm.roots.push(item);
                    total = vm.binary_op(sum, item, add)?;
                    vm.roots.pop();
                    vm.roots[slot] = total;
                }
                _ => unreachable!("the consumer stays a sum"),
            }
        }
        let mut index = 0;
        loop {
            let item = match sequence {
                Some(sequence) => sequence_item(sequence, index),
                None => vm.next(iterator)?,
            };
            let Some(item) = item else {
                break;
            };
            index += 1;
            // Small ints and floats add in place, as CPython's `sum`
            // accumulates them in a C long or double.
            total = match crate::ops::arith::fast_binary(total, item, add) {
                Some(sum) => sum,
                None => {
                    vm.roots.push(item);
                    let sum = vm.binary_op(total, item, add)?;
                    vm.roots.pop();
                    sum
                }
            };
            vm.roots[slot] = total;
        }
        Ok(total)
    })();
    vm.roots.truncate(mark);
    result
}

/// `sorted(iterable, /, *, key=None, reverse=False)`
pub(crate) fn sorted(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.positional.len() != 1 {
        return Err(vm.type_error(format!(
            "sorted expected 1 argument, got {}",
            args.positional.len()
        )));
    }
    vm.sort_keyword_count(&args)?;
    let [key, reverse] = vm.keywords("sort", &args, ["key", "reverse"])?;
    let items = vm.collect_iterable(args.positional[0])?;
    let list = vm.new_list(items);
    let mark = vm.root(Value::Obj(list));
    let result = vm.sort_list(
        list,
        key.unwrap_or(Value::None),
        reverse.unwrap_or(Value::bool(false)),
    );
    vm.release_roots(mark);
    result?;
    Ok(Value::Obj(list))
}

/// `reversed(sequence)`
pub(crate) fn reversed(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let value = vm.one_arg("reversed", &args)?;
    vm.reversed(value)
}

/// `iter(object)` / `iter(callable, sentinel)`
pub(crate) fn iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.positional_range("iter", &args, 1, 2)?;
    match args.positional {
        [value] => vm.get_iter(*value),
        [callable, sentinel] => {
            if !is_callable(vm, *callable) {
                return Err(vm.type_error("iter(v, w): v must be callable"));
            }
            let class = vm.types.callable_iterator;
            Ok(vm.new_iterator(
                class,
                IterState::Callable {
                    callable: *callable,
                    sentinel: *sentinel,
                },
            ))
        }
        _ => unreachable!("checked"),
    }
}

/// `next(iterator[, default])`
pub(crate) fn next(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.positional_range("next", &args, 1, 2)?;
    let iterator = args.positional[0];
    if !vm.is_iterator(iterator) {
        let name = vm.type_name(iterator);
        return Err(vm.type_error(format!("'{name}' object is not an iterator")));
    }
    // A generator's return value travels in its StopIteration.
    if let Some(generator) = iterator
        .as_object()
        .filter(|g| matches!(g.payload, Payload::Generator(_)))
    {
        return match vm.resume(generator, Value::None, None)? {
            crate::ops::generator::Resumed::Yielded(item) => Ok(item),
            crate::ops::generator::Resumed::Returned(value) => match args.positional.get(1) {
                Some(&default) => Ok(default),
                None => Err(vm.stop_iteration(value)),
            },
        };
    }
    // A user iterator's own StopIteration (with its args) propagates, as
    // does the result of a coroutine a `coroutine_wrapper` drives.
    let wrapper = iterator
        .as_object()
        .filter(|o| matches!(o.payload, Payload::AwaitWrapper(_)));
    if wrapper.is_some()
        || iterator
            .as_object()
            .is_some_and(|o| vm.user_class(o).is_some())
    {
        let name = vm.names.__next__;
        let stepped = match wrapper {
            Some(wrapper) => vm.await_wrapper_send(wrapper, Value::None).map(Some),
            None => vm.call_user_dunder(iterator, name, &[]),
        };
        match stepped {
            Ok(Some(item)) => return Ok(item),
            Ok(None) => {}
            Err(error)
                if args.positional.len() == 2
                    && vm.is_exception(
                        Value::Obj(error.exception),
                        ExceptionClass::StopIteration,
                    ) =>
            {
                return Ok(args.positional[1]);
            }
            Err(error) => return Err(error),
        }
    }
    match vm.next(iterator)? {
        Some(item) => Ok(item),
        None => match args.positional.get(1) {
            Some(&default) => Ok(default),
            None => {
                let class = vm.exception_type(ExceptionClass::StopIteration);
                let exception = vm.new_exception(class, Vec::new());
                Err(crate::vm::PyErr { exception })
            }
        },
    }
}

/// `hash(obj)`
pub(crate) fn hash(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let value = vm.one_arg("hash", &args)?;
    Ok(Value::Int(vm.hash(value)?))
}

/// `id(obj)`
pub(crate) fn id(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let value = vm.one_arg("id", &args)?;
    Ok(Value::Int(match value {
        Value::Obj(object) => object.address() as i64,
        Value::Int(i) => 0x1000_0000 + i.wrapping_mul(32),
        Value::Float(f) => (f.get().to_bits() >> 4) as i64,
        Value::Bool(b) => 0x100 + i64::from(b.get()) * 16,
        _ => 0x80,
    }))
}

/// `chr(i)`
pub(crate) fn chr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let value = vm.one_arg("chr", &args)?;
    let code = vm.index_int(value)?;
    match code.to_i64() {
        Some(code @ 0..=0x10FFFF) => match char::from_u32(code as u32) {
            Some(c) => Ok(vm.char_value(c)),
            None => Err(vm.value_error("pyvm cannot represent lone surrogates yet")),
        },
        Some(_) => Err(vm.value_error("chr() arg not in range(0x110000)")),
        None => Err(vm.error(
            ExceptionClass::OverflowError,
            "Python int too large to convert to C int",
        )),
    }
}

/// `ord(c)`
pub(crate) fn ord(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let value = vm.one_arg("ord", &args)?;
    match value.payload() {
        Some(Payload::Str(text)) => {
            if text.len() == 1 {
                Ok(Value::Int(i64::from(u32::from(
                    text.char_at(0).expect("one char"),
                ))))
            } else {
                Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    text.len()
                )))
            }
        }
        Some(Payload::Bytes(_) | Payload::ByteArray(_)) => {
            let bytes = vm.bytes_like(value)?;
            if bytes.len() == 1 {
                Ok(Value::Int(i64::from(bytes[0])))
            } else {
                Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    bytes.len()
                )))
            }
        }
        _ => {
            let name = vm.type_name(value);
            Err(vm.type_error(format!(
                "ord() expected string of length 1, but {name} found"
            )))
        }
    }
}

/// `hex`, `oct` and `bin`.
fn radix(vm: &mut Vm, args: Args<'_>, name: &str, base: u32) -> PyResult<Value> {
    let value = vm.one_arg(name, &args)?;
    let int = vm.index_int(value)?;
    Ok(vm.str_value(&int.to_prefixed_str(base)))
}

/// `hex(x)`
pub(crate) fn hex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    radix(vm, args, "hex", 16)
}

/// `oct(x)`
pub(crate) fn oct(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    radix(vm, args, "oct", 8)
}

/// `bin(x)`
pub(crate) fn bin(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    radix(vm, args, "bin", 2)
}

/// `round(number, ndigits=None)`
pub(crate) fn round(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [number_keyword, ndigits_keyword] = vm.keywords("round", &args, ["number", "ndigits"])?;
    let (number, ndigits) = match (args.positional, number_keyword) {
        ([], Some(number)) => (number, ndigits_keyword.unwrap_or(Value::None)),
        ([number], None) => (*number, ndigits_keyword.unwrap_or(Value::None)),
        ([number, ndigits], None) if ndigits_keyword.is_none() => (*number, *ndigits),
        ([], None) => {
            return Err(vm.type_error("round() missing required argument 'number' (pos 1)"))
        }
        (positional, _) if positional.len() + args.keyword_names.len() > 2 => {
            return Err(vm.type_error(format!(
                "round() takes at most 2 arguments ({} given)",
                positional.len() + args.keyword_names.len()
            )))
        }
        _ => {
            let (name, position) = if number_keyword.is_some() {
                ("number", 1)
            } else {
                ("ndigits", 2)
            };
            return Err(vm.type_error(format!(
                "argument for round() given by name ('{name}') and position ({position})"
            )));
        }
    };
    // A class's `__round__` first, a float or int subclass's too.
    let round_name = vm.names.__round__;
    let extra: &[Value] = if ndigits.is_none() { &[] } else { &[ndigits] };
    if let Some(result) = vm.call_user_dunder(number, round_name, extra)? {
        return Ok(result);
    }
    match number.float_normalized() {
        Value::Float(f) => {
            if ndigits.is_none() {
                let rounded = float::round(f.get()).map_err(|e| vm.number_error(e))?;
                return Ok(vm.int_value(rounded));
            }
            let digits = vm.index_int(ndigits)?;
            let rounded = float::round_digits(f.get(), &digits).map_err(|e| vm.number_error(e))?;
            Ok(Value::float(rounded))
        }
        other => {
            if let Some(int) = vm.exact_int(other) {
                if ndigits.is_none() {
                    return Ok(vm.int_value(int));
                }
                let digits = vm.index_int(ndigits)?;
                return Ok(vm.int_value(int.round(&digits)));
            }
            let type_name = vm.type_name(other);
            Err(vm.type_error(format!("type {type_name} doesn't define __round__ method")))
        }
    }
}

/// `divmod(a, b)`
pub(crate) fn divmod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.positional_range("divmod", &args, 2, 2)?;
    let (a, b) = (args.positional[0], args.positional[1]);
    vm.divmod(a, b)
}

/// `pow(base, exp, mod=None)`
pub(crate) fn pow(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [base_kw, exp_kw, mod_kw] = vm.keywords("pow", &args, ["base", "exp", "mod"])?;
    let mut positional = args.positional.iter().copied();
    let base = positional.next().or(base_kw);
    let exponent = positional.next().or(exp_kw);
    let modulus = positional.next().or(mod_kw).unwrap_or(Value::None);
    let (Some(base), Some(exponent)) = (base, exponent) else {
        return Err(vm.type_error("pow() missing required argument 'exp' (pos 2)"));
    };
    if modulus.is_none() {
        return vm.binary_op(base, exponent, pyvm_bytecode::BinaryOperator::Power);
    }
    vm.ternary_pow(base, exponent, modulus)
}

/// `all(iterable)` and `any(iterable)`.
fn all_any(vm: &mut Vm, args: Args<'_>, name: &str, want: bool) -> PyResult<Value> {
    let iterable = vm.one_arg(name, &args)?;
    let iterator = vm.get_iter(iterable)?;
    let mark = vm.root(iterator);
    let result = (|| {
        // A generator's yields whose truth is known are passed over as
        // they come.
        if let Some(generator) = plain_generator(iterator) {
            match vm.consume_generator(generator, Consumer::Truth { stop: want })? {
                (_, None) => return Ok(Value::bool(!want)),
                (_, Some(item)) => {
                    if vm.truthy(item)? == want {
                        return Ok(Value::bool(want));
                    }
                }
            }
        }
        while let Some(item) = vm.next(iterator)? {
            if vm.truthy(item)? == want {
                return Ok(Value::bool(want));
            }
        }
        Ok(Value::bool(!want))
    })();
    vm.release_roots(mark);
    result
}

/// `all(iterable)`
pub(crate) fn all(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    all_any(vm, args, "all", false)
}

/// `any(iterable)`
pub(crate) fn any(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    all_any(vm, args, "any", true)
}

/// `callable(obj)`
pub(crate) fn callable(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let value = vm.one_arg("callable", &args)?;
    Ok(Value::bool(is_callable(vm, value)))
}

/// Whether calling `value` can work (CPython's `PyCallable_Check`).
pub(crate) fn is_callable(vm: &mut Vm, value: Value) -> bool {
    match value.as_object() {
        Some(object) => match &object.payload {
            Payload::Function(_)
            | Payload::Builtin(_)
            | Payload::Method { .. }
            | Payload::StaticMethod(_)
            | Payload::Type(_) => true,
            _ => {
                let class = object.class();
                let name = vm.names.__call__;
                vm.lookup_type(class, name).is_some()
            }
        },
        None => false,
    }
}

/// The attribute name argument of `getattr` and friends (and of
/// `object.__getattribute__`…).
pub(crate) fn attribute_name(vm: &mut Vm, name: Value) -> PyResult<ObjRef> {
    match name.as_object().filter(|n| n.as_str().is_some()) {
        Some(object) => Ok(vm.intern_object(object)),
        None => {
            let type_name = vm.type_name(name);
            Err(vm.type_error(format!("attribute name must be string, not '{type_name}'")))
        }
    }
}

/// `getattr(object, name[, default])`
pub(crate) fn getattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.positional_range("getattr", &args, 2, 3)?;
    if let Some(value) = vm.getattr_fast(args.positional[0], args.positional[1]) {
        return Ok(value);
    }
    let name = attribute_name(vm, args.positional[1])?;
    match args.positional.get(2) {
        Some(&default) => Ok(vm.lookup_attr(args.positional[0], name)?.unwrap_or(default)),
        None => vm.get_attr(args.positional[0], name),
    }
}

/// `setattr(object, name, value)`
pub(crate) fn setattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.positional_range("setattr", &args, 3, 3)?;
    let [target, original, value] = [args.positional[0], args.positional[1], args.positional[2]];
    if vm.setattr_fast(target, original, value) {
        return Ok(Value::None);
    }
    let name = attribute_name(vm, original)?;
    if !set_attr_under_name_object(vm, target, name, original, value)? {
        vm.set_attr(target, name, value)?;
    }
    Ok(Value::None)
}

/// `setattr` with a name that is an instance of a `str` subclass, making
/// a new attribute of an instance of a plain user class: the name object
/// itself becomes the key of the instance dict, as in CPython. `false`
/// leaves the assignment to the usual path.
fn set_attr_under_name_object(
    vm: &mut Vm,
    target: Value,
    name: ObjRef,
    original: Value,
    value: Value,
) -> PyResult<bool> {
    let str_type = vm.types.str;
    let (Some(object), Some(name_object)) = (target.as_object(), original.as_object()) else {
        return Ok(false);
    };
    let Some(class) = vm.user_class(object) else {
        return Ok(false);
    };
    if name_object.class() == str_type || !vm.has_instance_dict(object) {
        return Ok(false);
    }
    let hook = vm.names.__setattr__;
    if vm.lookup_user(class, hook).is_some() || vm.lookup_type(class, name).is_some() {
        return Ok(false);
    }
    let dict = vm.instance_dict(object);
    if vm.dict_get_str(dict, name).is_some() {
        return Ok(false);
    }
    vm.dict_set(dict, original, value)?;
    Ok(true)
}

/// `hasattr(object, name)`
pub(crate) fn hasattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.positional_range("hasattr", &args, 2, 2)?;
    let name = attribute_name(vm, args.positional[1])?;
    let found = vm.lookup_attr(args.positional[0], name)?;
    Ok(Value::bool(found.is_some()))
}

/// `delattr(object, name)`
pub(crate) fn delattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.positional_range("delattr", &args, 2, 2)?;
    let name = attribute_name(vm, args.positional[1])?;
    vm.del_attr(args.positional[0], name)?;
    Ok(Value::None)
}

/// `globals()`
pub(crate) fn globals(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.positional_range("globals", &args, 0, 0)?;
    match vm.frames.last() {
        Some(frame) => Ok(Value::Obj(frame.globals)),
        None => Ok(Value::None),
    }
}

/// `locals()`
pub(crate) fn locals(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.positional_range("locals", &args, 0, 0)?;
    vm.current_locals()
}

/// `vars([object])`
pub(crate) fn vars(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.positional_range("vars", &args, 0, 1)?;
    match args.positional {
        [] => vm.current_locals(),
        [object] => {
            let dict_name = vm.names.__dict__;
            match vm.find_attr(*object, dict_name)? {
                Some(dict) => Ok(dict),
                None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
            }
        }
        _ => unreachable!("checked"),
    }
}

/// `dir([object])`
pub(crate) fn dir(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.positional_range("dir", &args, 0, 1)?;
    let mut names: Vec<String> = Vec::new();
    let add_dict = |vm: &mut Vm, dict: ObjRef, names: &mut Vec<String>| {
        if let Some(table) = dict.as_dict() {
            let keys: Vec<Value> = table.borrow().iter().map(|(k, _)| k.key).collect();
            for key in keys {
                names.push(vm.str_text(key));
            }
        }
    };
    match args.positional {
        [] => {
            if let Value::Obj(dict) = vm.current_locals()? {
                add_dict(vm, dict, &mut names);
            }
        }
        [object] => {
            // A class's `__dir__` (a metaclass's, for a class) answers.
            let hook = vm.intern("__dir__");
            let class = vm.type_of(*object);
            if let Some(method) = vm.lookup_user(class, hook) {
                let listed = vm.call_method_value(method, *object, &[])?;
                return sorted_list(vm, listed);
            }
            // A module lists its namespace, or what its own `__dir__`
            // function returns (PEP 562).
            if let Some((Payload::Module(_), Some(dict))) =
                object.object().map(|o| (&o.payload, o.dict()))
            {
                match vm.dict_get_str(dict, hook) {
                    Some(function) => {
                        let listed = vm.call_function(function, &[])?;
                        return sorted_list(vm, listed);
                    }
                    None => {
                        add_dict(vm, dict, &mut names);
                        names.sort();
                        let values: Vec<Value> = names.iter().map(|n| vm.str_value(n)).collect();
                        return Ok(Value::Obj(vm.new_list(values)));
                    }
                }
            }
            if let Some(dict) = object.object().and_then(|o| o.dict()) {
                add_dict(vm, dict, &mut names);
            }
            let class = vm.type_of(*object);
            let mro = class
                .as_type()
                .map(|d| d.mro.borrow().clone())
                .unwrap_or_default();
            let classes = match object.object().and_then(|o| o.as_type()) {
                Some(data) => data.mro.borrow().clone(),
                None => mro,
            };
            for class in classes {
                if let Some(dict) = class.dict() {
                    add_dict(vm, dict, &mut names);
                }
            }
        }
        _ => unreachable!("checked"),
    }
    names.sort();
    names.dedup();
    let values: Vec<Value> = names.iter().map(|n| vm.str_value(n)).collect();
    Ok(Value::Obj(vm.new_list(values)))
}

/// What a `__dir__` returned, as a sorted list (`dir`'s result).
fn sorted_list(vm: &mut Vm, listed: Value) -> PyResult<Value> {
    let items = vm.collect_iterable(listed)?;
    let list = vm.new_list(items);
    vm.roots.push(Value::Obj(list));
    let sorted = vm.sort_list(list, Value::None, Value::bool(false));
    vm.roots.pop();
    sorted?;
    Ok(Value::Obj(list))
}

/// `__build_class__(func, name, *bases, **kwds)`
pub(crate) fn build_class(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.build_class(args)
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`
pub(crate) fn import(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [name_kw, _, _, fromlist_kw, level_kw] = vm.keywords(
        "__import__",
        &args,
        ["name", "globals", "locals", "fromlist", "level"],
    )?;
    let name = args.positional.first().copied().or(name_kw);
    let Some(name) = name
        .and_then(|n| n.as_object())
        .filter(|n| n.as_str().is_some())
    else {
        return Err(vm.type_error("__import__() argument 1 must be str"));
    };
    let fromlist = args
        .positional
        .get(3)
        .copied()
        .or(fromlist_kw)
        .unwrap_or(Value::None);
    let level = args
        .positional
        .get(4)
        .copied()
        .or(level_kw)
        .unwrap_or(Value::Int(0));
    vm.import_name(name, fromlist, level)
}

/// `input(prompt='')`: the prompt to `sys.stdout`, a line from
/// `sys.stdin` without its newline.
pub(crate) fn input(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.positional_range("input", &args, 0, 1)?;
    let stdio = vm.stdio();
    let stdout = vm.replaced_stream("stdout", stdio.stdout);
    let stdin = vm.replaced_stream("stdin", stdio.stdin);
    if let Some(&prompt) = args.positional.first() {
        let text = vm.to_str(prompt)?;
        let target = stdout.unwrap_or(Value::Obj(stdio.stdout));
        if target.is_none() {
            return Err(vm.error(ExceptionClass::RuntimeError, "input(): lost sys.stdout"));
        }
        let write = vm.intern("write");
        let method = vm.get_attr(target, write)?;
        vm.call_function(method, &[Value::Obj(text)])?;
    }
    match stdout {
        None => vm.flush_stdout()?,
        Some(Value::None) => {}
        Some(other) => {
            let flush = vm.intern("flush");
            if let Ok(method) = vm.get_attr(other, flush) {
                vm.call_function(method, &[])?;
            }
        }
    }
    let line = match stdin {
        Some(Value::None) => {
            return Err(vm.error(ExceptionClass::RuntimeError, "input(): lost sys.stdin"))
        }
        Some(other) => {
            let readline = vm.intern("readline");
            let method = vm.get_attr(other, readline)?;
            vm.call_function(method, &[])?
        }
        None => {
            let stdin = stdio.stdin;
            if let Some(Payload::File(data)) = Value::Obj(stdin).payload() {
                if data.borrow().closed {
                    return Err(vm.value_error("I/O operation on closed file."));
                }
            }
            vm.file_readline(stdin, None)?
        }
    };
    let Some(text) = line
        .object()
        .and_then(|o| o.as_str())
        .map(|s| s.as_str().to_owned())
    else {
        let name = vm.type_name(line);
        return Err(vm.type_error(format!("object.readline() returned non-string ({name})")));
    };
    if text.is_empty() {
        return Err(vm.error(ExceptionClass::EOFError, "EOF when reading a line"));
    }
    let text = text.strip_suffix('\n').unwrap_or(&text);
    Ok(vm.str_value(text))
}

/// The source text of `exec`/`eval`/`compile`'s first argument.
fn source_text(vm: &mut Vm, value: Value, function: &str) -> PyResult<Option<String>> {
    match value.payload() {
        Some(Payload::Str(text)) => Ok(Some(text.as_str().to_owned())),
        Some(Payload::Bytes(bytes)) => Ok(Some(String::from_utf8_lossy(bytes).into_owned())),
        Some(Payload::Code(_)) => Ok(None),
        _ => Err(vm.type_error(format!(
            "{function}() arg 1 must be a string, bytes or code object"
        ))),
    }
}

/// `exec`/`eval`: runs source or a code object in the given namespaces.
fn run_in(
    vm: &mut Vm,
    args: Args<'_>,
    function: &str,
    mode: pyvm_compiler::Mode,
) -> PyResult<Value> {
    let [globals_kw, locals_kw] = vm.keywords(function, &args, ["globals", "locals"])?;
    if args.positional.is_empty() || args.positional.len() > 3 {
        return Err(vm.type_error(format!(
            "{function} expected at least 1 argument, got {}",
            args.positional.len()
        )));
    }
    let globals = args
        .positional
        .get(1)
        .copied()
        .or(globals_kw)
        .unwrap_or(Value::None);
    let locals = args
        .positional
        .get(2)
        .copied()
        .or(locals_kw)
        .unwrap_or(Value::None);
    if !locals.is_none() {
        let class = vm.type_of(locals);
        let getitem = vm.names.__getitem__;
        if vm.lookup_type(class, getitem).is_none() {
            let message = if function == "eval" {
                "locals must be a mapping".to_owned()
            } else {
                let name = vm.type_name(locals);
                format!("locals must be a mapping or None, not {name}")
            };
            return Err(vm.type_error(message));
        }
    }
    let (globals, locals) = match globals {
        Value::None => {
            let frame = vm.frames.last().copied();
            match frame {
                Some(frame) => {
                    let locals = if locals.is_none() {
                        vm.current_locals()?
                    } else {
                        locals
                    };
                    (frame.globals, locals)
                }
                None => {
                    let main = vm.main_module();
                    let dict = main.dict().expect("a namespace");
                    (dict, Value::Obj(dict))
                }
            }
        }
        Value::Obj(dict) if dict.as_dict().is_some() => (
            dict,
            if locals.is_none() {
                Value::Obj(dict)
            } else {
                locals
            },
        ),
        other if function == "eval" => {
            // As CPython's `builtin_eval_impl`.
            let class = vm.type_of(other);
            let getitem = vm.names.__getitem__;
            let message = if vm.lookup_type(class, getitem).is_some() {
                "globals must be a real dict; try eval(expr, {}, mapping)"
            } else {
                "globals must be a dict"
            };
            return Err(vm.type_error(message));
        }
        other => {
            let name = vm.type_name(other);
            return Err(vm.type_error(format!("{function}() globals must be a dict, not {name}")));
        }
    };
    let code = match source_text(vm, args.positional[0], function)? {
        Some(source) => {
            let source = if mode == pyvm_compiler::Mode::Eval {
                source.trim_start_matches([' ', '\t']).to_owned()
            } else {
                source
            };
            vm.compile(&source, "<string>", mode)?
        }
        None => args.positional[0].as_object().expect("a code object"),
    };
    let result = vm.run_code(code, globals, locals)?;
    Ok(if mode == pyvm_compiler::Mode::Eval {
        result
    } else {
        Value::None
    })
}

/// `exec(source, globals=None, locals=None)`
pub(crate) fn exec(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    run_in(vm, args, "exec", pyvm_compiler::Mode::Exec)
}

/// `eval(source, globals=None, locals=None)`
pub(crate) fn eval(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    run_in(vm, args, "eval", pyvm_compiler::Mode::Eval)
}

/// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`
pub(crate) fn compile(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [source_kw, filename_kw, mode_kw, _, _, _] = vm.keywords(
        "compile",
        &args,
        [
            "source",
            "filename",
            "mode",
            "flags",
            "dont_inherit",
            "optimize",
        ],
    )?;
    let mut positional = args.positional.iter().copied();
    let source = positional.next().or(source_kw);
    let filename = positional.next().or(filename_kw);
    let mode = positional.next().or(mode_kw);
    let (Some(source), Some(filename), Some(mode)) = (source, filename, mode) else {
        return Err(vm.type_error("compile() missing required argument"));
    };
    let Some(source) = source_text(vm, source, "compile")? else {
        return Ok(source);
    };
    let filename = vm.str_string(filename)?;
    let mode = match vm.str_text(mode).as_str() {
        "exec" => pyvm_compiler::Mode::Exec,
        "eval" => pyvm_compiler::Mode::Eval,
        "single" => pyvm_compiler::Mode::Single,
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    Ok(Value::Obj(vm.compile(&source, &filename, mode)?))
}

impl Vm {
    /// `PrintExpr` (interactive mode): `sys.displayhook`'s default — the
    /// repr of a value that is not `None`, which also becomes `_`.
    pub(crate) fn print_expression(&mut self, value: Value) -> PyResult<()> {
        if value.is_none() {
            return Ok(());
        }
        let text = self.repr_string(value)?;
        self.write_stdout(&text)?;
        self.write_stdout("\n")?;
        let builtins = self.builtins;
        self.set_module_attr(builtins, "_", value);
        Ok(())
    }

    /// The current frame's locals as a mapping: its namespace, or a
    /// snapshot dict of a function's fast locals.
    pub(crate) fn current_locals(&mut self) -> PyResult<Value> {
        let Some(frame) = self.frames.last().copied() else {
            return Ok(Value::None);
        };
        if !frame.locals.is_null() {
            return Ok(frame.locals);
        }
        // The frame (a copy) keeps its code object alive and borrows
        // nothing of the VM.
        let code = &crate::interp::run::code_of(&frame.code).code;
        let names = &code.varnames;
        let cell_names: Vec<&str> = code
            .cellvars
            .iter()
            .chain(&code.freevars)
            .map(|name| name.as_str())
            .collect();
        let base = frame.base as usize;
        let dict = self.new_dict();
        for (i, name) in names.iter().enumerate() {
            let value = self.stack[base + i];
            if !value.is_null() && !cell_names.contains(&name.as_str()) {
                let key = self.intern(name);
                self.dict_set_str(dict, key, value);
            }
        }
        for (i, name) in cell_names.iter().enumerate() {
            let cell = self.stack[base + names.len() + i];
            if let Some(Payload::Cell(content)) = cell.payload() {
                let value = content.get();
                if !value.is_null() {
                    let key = self.intern(name);
                    self.dict_set_str(dict, key, value);
                }
            }
        }
        Ok(Value::Obj(dict))
    }

    /// Writes to standard output: `sys.stdout` when a program replaced it.
    pub(crate) fn write_stdout(&mut self, text: &str) -> PyResult<()> {
        if self.stdio.is_some() {
            let stdout = self.stdio().stdout;
            match self.replaced_stream("stdout", stdout) {
                Some(Value::None) => return Ok(()),
                Some(replaced) => {
                    let write = self.intern("write");
                    let method = self.get_attr(replaced, write)?;
                    let text = self.str_value(text);
                    self.call_function(method, &[text])?;
                    return Ok(());
                }
                None => {}
            }
        }
        self.stdout.write(text);
        Ok(())
    }

    /// Flushes standard output.
    pub(crate) fn flush_stdout(&mut self) -> PyResult<()> {
        self.stdout.flush();
        Ok(())
    }

    /// `list.sort`'s Argument Clinic check: at most its two keywords.
    pub(crate) fn sort_keyword_count(&mut self, args: &Args<'_>) -> PyResult<()> {
        let given = args.keyword_names.len();
        if given > 2 {
            return Err(self.type_error(format!(
                "sort() takes at most 2 keyword arguments ({given} given)"
            )));
        }
        Ok(())
    }

    /// `list.sort(key=None, reverse=False)`: CPython's timsort
    /// ([`super::timsort`]), comparing with `<` only and stopping at the
    /// first error.
    pub(crate) fn sort_list(&mut self, list: ObjRef, key: Value, reverse: Value) -> PyResult<()> {
        // `reverse` is an int as C's `_PyLong_AsInt` reads it.
        let reverse = match reverse {
            Value::Bool(flag) => flag.get(),
            other => self.index_arg(other, "")? != 0,
        };
        let items = std::mem::take(&mut *list.as_list().expect("a list").borrow_mut());
        let keys = if key.is_none() {
            items.clone()
        } else {
            let mut keys = Vec::with_capacity(items.len());
            let keys_list = self.new_list(Vec::new());
            let mark = self.root(Value::Obj(keys_list));
            for &item in &items {
                self.roots.push(item);
            }
            let mut failed = None;
            for &item in &items {
                match self.call_function(key, &[item]) {
                    Ok(k) => {
                        keys_list.as_list().expect("list").borrow_mut().push(k);
                        keys.push(k);
                    }
                    Err(error) => {
                        failed = Some(error);
                        break;
                    }
                }
            }
            self.release_roots(mark);
            if let Some(error) = failed {
                *list.as_list().expect("a list").borrow_mut() = items;
                return Err(error);
            }
            keys
        };
        let mark = self.roots.len();
        self.roots.extend_from_slice(&items);
        self.roots.extend_from_slice(&keys);
        let mut order: Vec<usize> = (0..items.len()).collect();
        if reverse {
            order.reverse();
        }
        let result = if sort_by_native_order(self, &mut order, &keys) {
            Ok(())
        } else {
            super::timsort::sort(self, &mut order, &keys)
        };
        self.roots.truncate(mark);
        if reverse {
            order.reverse();
        }
        let modified = !list.as_list().expect("a list").borrow().is_empty();
        // After an error too: the list is left as far as the sort got,
        // as CPython leaves it.
        let sorted: Vec<Value> = order.iter().map(|&i| items[i]).collect();
        *list.as_list().expect("a list").borrow_mut() = sorted;
        result?;
        if modified {
            return Err(self.value_error("list modified during sort"));
        }
        Ok(())
    }
}

/// Sorts the indices `order` by their keys, stably, when every key is a
/// small int, every key a float and none NaN, or every key an exact
/// `str`: Python's `<` on them is a total order that runs no Python code,
/// so the standard library's sort can do it. Returns whether it did.
fn sort_by_native_order(vm: &Vm, order: &mut [usize], keys: &[Value]) -> bool {
    fn exact_text(key: &Value, str_type: ObjRef) -> Option<&str> {
        match key {
            Value::Obj(object) if object.class() == str_type => object.as_str().map(|s| s.as_str()),
            _ => None,
        }
    }
    let str_type = vm.types.str;
    let text = |key| exact_text(key, str_type);
    // The first key says which kind to check all of.
    match keys.first() {
        Some(Value::Int(_)) if keys.iter().all(|key| matches!(key, Value::Int(_))) => {
            order.sort_by_key(|&i| match keys[i] {
                Value::Int(n) => n,
                _ => unreachable!("checked"),
            });
        }
        Some(Value::Float(_))
            if keys
                .iter()
                .all(|key| matches!(key, Value::Float(f) if !f.get().is_nan())) =>
        {
            let float = |i: usize| match keys[i] {
                Value::Float(f) => f.get(),
                _ => unreachable!("checked"),
            };
            // Without NaNs `partial_cmp` always answers, and -0.0 equals 0.0
            // as in Python, so equal keys keep their order.
            order.sort_by(|&i, &j| {
                float(i)
                    .partial_cmp(&float(j))
                    .unwrap_or(std::cmp::Ordering::Equal)
            });
        }
        Some(Value::Obj(_)) if keys.iter().all(|key| text(key).is_some()) => {
            // UTF-8 byte order is code point order, which is `str`'s.
            order.sort_by(|&i, &j| text(&keys[i]).cmp(&text(&keys[j])));
        }
        _ => return false,
    }
    true
}
