//! `__length_hint__` of the built-in iterators: how many items are left,
//! as CPython's `listiter_len`, `rangeiter_len`, `dictiter_len`… give it
//! (`list(iterator)` may use it to size its result).

use crate::object::Payload;
use crate::objects::function::{Args, BuiltinKind};
use crate::objects::iterator::IterState;
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

use super::Methods;

/// The iterators' `__length_hint__`.
pub(crate) const METHODS: Methods = &[("__length_hint__", length_hint, BuiltinKind::Method)];

/// How many items a sequence (list, tuple, str, bytes, bytearray) holds.
fn sequence_len(sequence: ObjRef) -> usize {
    match &sequence.payload {
        Payload::List(items) => items.borrow().len(),
        Payload::Tuple(items) => items.len(),
        Payload::Bytes(bytes) => bytes.len(),
        Payload::ByteArray(bytes) => bytes.borrow().len(),
        _ => 0,
    }
}

fn length_hint(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let iterator = match args.positional {
        [Value::Obj(iterator)] if matches!(iterator.payload, Payload::Iterator(_)) => *iterator,
        [first, ..] => {
            let owner = vm.type_name(*first);
            return Err(vm.descriptor_mismatch("__length_hint__", &owner, Some(*first)));
        }
        [] => return Err(vm.type_error("__length_hint__ needs an iterator")),
    };
    let Payload::Iterator(state) = &iterator.payload else {
        unreachable!("checked")
    };
    // Only what is needed is copied out, so that `len` below may run
    // Python code without the state borrowed.
    let left = match &*state.borrow() {
        IterState::Exhausted => 0,
        IterState::Sequence { sequence, index } => sequence_len(*sequence).saturating_sub(*index),
        IterState::Reversed { sequence, left } => (*left).min(sequence_len(*sequence)),
        IterState::SmallRange { left, .. } => *left as usize,
        IterState::ReversedGetItem { left, .. } => *left,
        IterState::BigRange(range) => {
            return Ok(vm.int_value(range.left.clone()));
        }
        IterState::Str { string, offset } => string
            .as_str()
            .map_or(0, |text| text.as_str()[*offset..].chars().count()),
        IterState::Bytes { bytes, index } => sequence_len(*bytes).saturating_sub(*index),
        IterState::Set { set, slot, size } => {
            let table = set.as_set().expect("a set").borrow();
            if table.len() != *size {
                0
            } else {
                let (mut count, mut next) = (0, *slot);
                while let Some((found, _)) = table.next_entry(next) {
                    count += 1;
                    next = found + 1;
                }
                count
            }
        }
        IterState::Dict {
            dict, index, size, ..
        } => {
            let table = dict.as_dict().expect("a dict").borrow();
            if table.len() != *size {
                0
            } else {
                let done = (0..*index).filter(|&i| table.entry(i).is_some()).count();
                size.saturating_sub(done)
            }
        }
        IterState::GetItem { object, index } => {
            let (object, index) = (*object, *index);
            return match vm.len(object) {
                Ok(len) => Ok(Value::Int((len as i64 - index).max(0))),
                Err(_) => Ok(Value::NotImplemented),
            };
        }
        _ => return Ok(Value::NotImplemented),
    };
    Ok(Value::Int(left as i64))
}
