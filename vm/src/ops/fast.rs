//! The interpreter's fast paths for the built-in containers: subscripts,
//! unpacking and iteration of exact lists, tuples, dicts and the
//! built-in iterators, when they can neither fail nor run Python code.
//!
//! Each returns `None` when the general operation must decide (a
//! subclass, an index out of range, a key that is not there…), so the
//! general path keeps every error message and every hook.

use pyvm_bytecode::Instruction;

use crate::number::parse_small_decimal;
use crate::object::Payload;
use crate::objects::iterator::IterState;
use crate::ops::index::item_position;
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// `int(value)` for an int, or an exact str of plain decimal digits
    /// that fit in an `i64` (`int("42")`).
    #[inline]
    pub(crate) fn int_fast(&self, value: Value) -> Option<Value> {
        match value {
            Value::Int(_) => Some(value),
            Value::Obj(object) if object.class() == self.types.str => match &object.payload {
                Payload::Str(text) => parse_small_decimal(text.as_str()).map(Value::Int),
                _ => None,
            },
            _ => None,
        }
    }

    /// `len(value)` for an exact str, list, tuple or dict.
    #[inline]
    pub(crate) fn len_fast(&self, value: Value) -> Option<usize> {
        let Value::Obj(object) = value else {
            return None;
        };
        let class = object.class();
        let types = &self.types;
        match &object.payload {
            Payload::Str(text) if class == types.str => Some(text.len()),
            Payload::List(items) if class == types.list => Some(items.borrow().len()),
            Payload::Tuple(items) if class == types.tuple => Some(items.len()),
            Payload::Dict(table) if class == types.dict => Some(table.borrow().len()),
            _ => None,
        }
    }

    /// `container[key]` for an exact list or tuple and an int key in
    /// range, or an exact dict and a `str` key it holds.
    #[inline]
    pub(crate) fn get_item_fast(&mut self, container: Value, key: Value) -> Option<Value> {
        let Value::Obj(object) = container else {
            return None;
        };
        match (&object.payload, key) {
            (Payload::List(items), Value::Int(index)) if object.class() == self.types.list => {
                let items = items.borrow();
                items.get(item_position(index, items.len())?).copied()
            }
            (Payload::Tuple(items), Value::Int(index)) if object.class() == self.types.tuple => {
                items.get(item_position(index, items.len())?).copied()
            }
            // A key that only its `__eq__` can tell from this one (a `str`
            // subclass's) leaves it to the general lookup.
            (Payload::Dict(table), Value::Obj(key))
                if object.class() == self.types.dict && key.class() == self.types.str =>
            {
                self.exact_str_value(table, key).flatten()
            }
            _ => None,
        }
    }

    /// `container[key] = value` for an exact list and an int key in
    /// range, or an exact dict and a `str` key whose equality with the
    /// keys there needs no `__eq__`. Returns whether it stored the value.
    #[inline]
    pub(crate) fn set_item_fast(&mut self, container: Value, key: Value, value: Value) -> bool {
        let Value::Obj(object) = container else {
            return false;
        };
        if let Value::Obj(key) = key {
            return object.class() == self.types.dict
                && key.class() == self.types.str
                && self.dict_store_str(object, key, value, false).is_some();
        }
        let Value::Int(index) = key else {
            return false;
        };
        if object.class() != self.types.list {
            return false;
        }
        let Payload::List(items) = &object.payload else {
            return false;
        };
        let mut items = items.borrow_mut();
        match item_position(index, items.len()) {
            Some(index) => {
                items[index] = value;
                true
            }
            None => false,
        }
    }

    /// Pushes the `count` items of an exact tuple or list of that length,
    /// the last first (`UnpackSequence`). Returns whether it did; the
    /// sequence itself stays where it was.
    #[inline]
    pub(crate) fn unpack_fast(&mut self, sequence: Value, count: usize) -> Option<()> {
        let object = sequence.as_object()?;
        match &object.payload {
            Payload::Tuple(items) if items.len() == count && object.class() == self.types.tuple => {
                self.stack.extend(items.iter().rev());
            }
            Payload::List(items) if object.class() == self.types.list => {
                let items = items.borrow();
                if items.len() != count {
                    return None;
                }
                self.stack.extend(items.iter().rev());
            }
            _ => return None,
        }
        Some(())
    }

    /// `UnpackSequence` of an exact tuple or list followed by one
    /// `StoreFast` per item (`stores`): each item goes straight to its
    /// variable in the frame whose variables start at `base`. Returns
    /// whether it did; nothing is changed when it did not.
    #[inline]
    pub(crate) fn unpack_to_locals(
        &mut self,
        sequence: Value,
        stores: &[Instruction],
        base: usize,
    ) -> bool {
        let Some(object) = sequence.as_object() else {
            return false;
        };
        if !stores
            .iter()
            .all(|store| matches!(store, Instruction::StoreFast { .. }))
        {
            return false;
        }
        match &object.payload {
            Payload::Tuple(items)
                if items.len() == stores.len() && object.class() == self.types.tuple =>
            {
                store_items(&mut self.stack, stores, base, items);
            }
            Payload::List(items) if object.class() == self.types.list => {
                let items = items.borrow();
                if items.len() != stores.len() {
                    return false;
                }
                store_items(&mut self.stack, stores, base, &items);
            }
            _ => return false,
        }
        true
    }

    /// The next item of a built-in iterator over a list, a tuple or a
    /// range: `Some(None)` when it is exhausted, `None` when the general
    /// `next` must run.
    #[inline(always)]
    pub(crate) fn next_fast(iterator: Value) -> Option<Option<Value>> {
        let Payload::Iterator(state) = iterator.payload()? else {
            return None;
        };
        let mut current = state.borrow_mut();
        match &mut *current {
            IterState::SmallRange { next, left, step } => {
                if *left == 0 {
                    return Some(None);
                }
                let value = *next;
                *left -= 1;
                *next = next.wrapping_add(*step);
                Some(Some(Value::Int(value)))
            }
            IterState::Sequence { sequence, index } => {
                let item = match &sequence.payload {
                    Payload::List(items) => items.borrow().get(*index).copied(),
                    Payload::Tuple(items) => items.get(*index).copied(),
                    _ => None,
                };
                match item {
                    Some(item) => {
                        *index += 1;
                        Some(Some(item))
                    }
                    None => {
                        *current = IterState::Exhausted;
                        Some(None)
                    }
                }
            }
            IterState::Exhausted => Some(None),
            _ => None,
        }
    }
}

/// Stores `items` in the variables of the `StoreFast`s `stores`, of the
/// frame whose variables start at `base` (see [`Vm::unpack_to_locals`]).
/// Inlined: as a closure it stayed a call.
#[inline(always)]
fn store_items(stack: &mut [Value], stores: &[Instruction], base: usize, items: &[Value]) {
    for (store, &item) in stores.iter().zip(items) {
        if let Instruction::StoreFast { local } = store {
            stack[base + local.0 as usize] = item;
        }
    }
}
