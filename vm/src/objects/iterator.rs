//! The built-in iterators: over sequences, ranges, strings and dicts, and
//! the lazy ones the builtins make (`enumerate`, `zip`, `map`, `filter`,
//! `reversed`…).

use pyvm_heap::Tracer;

use crate::number::Int;
use crate::object::{trace_value, trace_values, Object};
use crate::value::{ObjRef, Value};

/// Which view of a dict a dict iterator walks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictView {
    /// The keys.
    Keys,
    /// The values.
    Values,
    /// `(key, value)` pairs.
    Items,
}

/// The state of a built-in iterator; [`IterState::Exhausted`] once done.
pub enum IterState {
    /// Done: `next` raises `StopIteration` from now on.
    Exhausted,
    /// Over a list or tuple, by index (a list may grow while iterated).
    Sequence {
        /// The list or tuple.
        sequence: ObjRef,
        /// The next index.
        index: usize,
    },
    /// Over a list backwards (`reversed(list)`).
    Reversed {
        /// The list or tuple.
        sequence: ObjRef,
        /// How many items are left (the next index is `left - 1`).
        left: usize,
    },
    /// Over a `range` whose values fit in `i64`.
    SmallRange {
        /// The next value.
        next: i64,
        /// How many values are left.
        left: u64,
        /// The step.
        step: i64,
    },
    /// Over any other `range`.
    BigRange(Box<BigRange>),
    /// Over the characters of a `str`.
    Str {
        /// The string.
        string: ObjRef,
        /// The byte offset of the next character.
        offset: usize,
    },
    /// Over the bytes of a `bytes`.
    Bytes {
        /// The bytes object.
        bytes: ObjRef,
        /// The next index.
        index: usize,
    },
    /// Over a set's entries, in slot order.
    Set {
        /// The set.
        set: ObjRef,
        /// The next slot to look at.
        slot: usize,
        /// The size it had when iteration started: a change is an error.
        size: usize,
    },
    /// Over a dict's keys, values or items.
    Dict {
        /// The dict.
        dict: ObjRef,
        /// The next entry.
        index: usize,
        /// The size it had when iteration started: a change is an error.
        size: usize,
        /// What it yields.
        view: DictView,
    },
    /// `iter(obj)` on an object with `__getitem__` but no `__iter__`.
    GetItem {
        /// The object.
        object: Value,
        /// The next index.
        index: i64,
    },
    /// `reversed(obj)` on a sequence without `__reversed__`: asks
    /// `obj[left - 1]` next.
    ReversedGetItem {
        /// The sequence.
        object: Value,
        /// How many items are left.
        left: usize,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        /// What to call.
        callable: Value,
        /// The value that ends iteration.
        sentinel: Value,
    },
    /// `enumerate(iterable, start)`.
    Enumerate {
        /// The underlying iterator.
        iterator: Value,
        /// The next count (boxed: it is rarely big, and an `Int` would
        /// double the size of every iterator).
        count: Box<Int>,
    },
    /// `zip(*iterables, strict=…)`.
    Zip {
        /// The underlying iterators.
        iterators: Box<[Value]>,
        /// Whether unequal lengths are an error.
        strict: bool,
    },
    /// `map(function, *iterables)`.
    Map {
        /// The function.
        function: Value,
        /// The underlying iterators.
        iterators: Box<[Value]>,
    },
    /// `filter(function, iterable)`.
    Filter {
        /// The predicate, or `None` for truthiness.
        function: Value,
        /// The underlying iterator.
        iterator: Value,
    },
}

impl IterState {
    /// Marks what the iterator refers to.
    pub fn trace(&self, tracer: &mut Tracer<Object>) {
        match self {
            IterState::Exhausted | IterState::SmallRange { .. } | IterState::BigRange(_) => {}
            IterState::Sequence { sequence, .. } | IterState::Reversed { sequence, .. } => {
                tracer.mark(*sequence)
            }
            IterState::Str { string, .. } => tracer.mark(*string),
            IterState::Bytes { bytes, .. } => tracer.mark(*bytes),
            IterState::Dict { dict, .. } => tracer.mark(*dict),
            IterState::Set { set, .. } => tracer.mark(*set),
            IterState::GetItem { object, .. } | IterState::ReversedGetItem { object, .. } => {
                trace_value(*object, tracer)
            }
            IterState::Callable { callable, sentinel } => {
                trace_value(*callable, tracer);
                trace_value(*sentinel, tracer);
            }
            IterState::Enumerate { iterator, .. } => trace_value(*iterator, tracer),
            IterState::Zip { iterators, .. } => trace_values(iterators, tracer),
            IterState::Map {
                function,
                iterators,
            } => {
                trace_value(*function, tracer);
                trace_values(iterators, tracer);
            }
            IterState::Filter { function, iterator } => {
                trace_value(*function, tracer);
                trace_value(*iterator, tracer);
            }
        }
    }
}

/// The state of an iterator over a `range` whose values do not all fit in
/// `i64` (boxed: most iterators are much smaller).
pub struct BigRange {
    /// The next value.
    pub next: Int,
    /// How many values are left.
    pub left: Int,
    /// The step.
    pub step: Int,
}
