//! The `gc` module: the collector as Python code sees it.

use crate::objects::function::{Args, NativeFn};
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("collect", collect),
    ("enable", enable),
    ("disable", disable),
    ("isenabled", isenabled),
    ("get_count", get_count),
    ("get_threshold", get_threshold),
    ("get_stats", get_stats),
    ("set_threshold", set_threshold),
];

/// Fills `gc`.
pub(crate) fn init(vm: &mut Vm, module: ObjRef) -> PyResult<()> {
    vm.add_module_functions(module, FUNCTIONS);
    Ok(())
}

fn collect(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.positional_range("collect", &args, 0, 1)?;
    let freed = vm.collect_garbage();
    Ok(Value::Int(freed as i64))
}

fn enable(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.positional_range("enable", &args, 0, 0)?;
    vm.gc.set_enabled(true);
    Ok(Value::None)
}

fn disable(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.positional_range("disable", &args, 0, 0)?;
    vm.gc.set_enabled(false);
    Ok(Value::None)
}

fn isenabled(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.positional_range("isenabled", &args, 0, 0)?;
    Ok(Value::bool(vm.gc.is_enabled()))
}

fn get_count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.positional_range("get_count", &args, 0, 0)?;
    let count = vm.heap.allocated_since_collection() as i64;
    Ok(Value::Obj(vm.new_tuple([
        Value::Int(count),
        Value::Int(0),
        Value::Int(0),
    ])))
}

fn get_threshold(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.positional_range("get_threshold", &args, 0, 0)?;
    let threshold = vm.gc.threshold() as i64;
    Ok(Value::Obj(vm.new_tuple([
        Value::Int(threshold),
        Value::Int(10),
        Value::Int(10),
    ])))
}

/// `gc.get_stats()`: a dict per generation. pyvm's collector has one, so
/// the two older ones count nothing.
fn get_stats(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.positional_range("get_stats", &args, 0, 0)?;
    let youngest = [vm.gc.collections, vm.gc.collected];
    let mut generations = Vec::with_capacity(3);
    for [collections, collected] in [youngest, [0, 0], [0, 0]] {
        let stats = vm.new_dict();
        for (key, count) in [
            ("collections", collections),
            ("collected", collected),
            ("uncollectable", 0),
        ] {
            let key = vm.intern(key);
            vm.dict_set_str(stats, key, Value::Int(count as i64));
        }
        generations.push(Value::Obj(stats));
    }
    Ok(Value::Obj(vm.new_list(generations)))
}

fn set_threshold(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.positional_range("set_threshold", &args, 1, 3)?;
    let threshold = vm.index_arg(args.positional[0], "")?;
    vm.gc.set_threshold(threshold.max(1) as usize);
    Ok(Value::None)
}
