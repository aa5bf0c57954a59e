//! `tuple` data: the items, stored in the object itself when there are
//! at most two of them.

use std::ops::Deref;

use crate::object::{Object, Payload};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// The most items a tuple keeps inline.
const INLINE: usize = 2;

/// The items of a `tuple`. Pairs and single items (dict items, `enumerate`
/// and `zip` results, tree nodes, sort keys) are most of the tuples a
/// program makes; kept inline, each is one allocation instead of two. It
/// reads as a slice.
#[derive(Clone)]
pub enum TupleItems {
    /// Up to [`INLINE`] items: the first `len` of `items`.
    Inline { len: u8, items: [Value; INLINE] },
    /// More items.
    Heap(Box<[Value]>),
}

impl TupleItems {
    /// The items of `items`, copied.
    #[inline(always)]
    pub fn from_slice(items: &[Value]) -> TupleItems {
        match *items {
            [] => TupleItems::Inline {
                len: 0,
                items: [Value::None; INLINE],
            },
            [first] => TupleItems::Inline {
                len: 1,
                items: [first, Value::None],
            },
            [first, second] => TupleItems::Inline {
                len: 2,
                items: [first, second],
            },
            _ => TupleItems::Heap(items.into()),
        }
    }
}

impl Vm {
    /// A new `tuple` of the values on the stack from `start` (which stay
    /// there), written straight into the new object: `BuildTuple` makes
    /// more objects than anything else.
    pub(crate) fn new_tuple_from_stack(&mut self, start: usize) -> ObjRef {
        let Vm {
            heap, stack, types, ..
        } = self;
        let class = types.tuple;
        heap.alloc_with(|| {
            Object::new(
                class,
                Payload::Tuple(TupleItems::from_slice(&stack[start..])),
            )
        })
    }
}

impl Deref for TupleItems {
    type Target = [Value];

    #[inline]
    fn deref(&self) -> &[Value] {
        match self {
            TupleItems::Inline { len, items } => &items[..usize::from(*len)],
            TupleItems::Heap(items) => items,
        }
    }
}

impl From<Vec<Value>> for TupleItems {
    fn from(items: Vec<Value>) -> TupleItems {
        if items.len() <= INLINE {
            TupleItems::from_slice(&items)
        } else {
            TupleItems::Heap(items.into_boxed_slice())
        }
    }
}

/// A tuple of items known by number (`(key, value)`, `(index, item)`):
/// no vector is made for them first.
impl<const N: usize> From<[Value; N]> for TupleItems {
    fn from(items: [Value; N]) -> TupleItems {
        TupleItems::from_slice(&items)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_tuples_are_inline_and_read_back_as_given() {
        for n in 0..6 {
            let values: Vec<Value> = (0..n).map(Value::Int).collect();
            let items = TupleItems::from(values.clone());
            assert_eq!(
                matches!(items, TupleItems::Inline { .. }),
                n <= INLINE as i64
            );
            assert_eq!(items.len(), values.len());
            assert!(items.iter().zip(&values).all(|(a, b)| a.is(*b)));
        }
    }

    #[test]
    fn an_object_stays_small() {
        assert!(std::mem::size_of::<TupleItems>() <= 40);
        assert!(std::mem::size_of::<crate::object::Object>() <= 72);
    }
}
