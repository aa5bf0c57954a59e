//! `memoryview`: a window onto the bytes of a `bytes` or a `bytearray`.
//!
//! Only CPython's default format `'B'` (unsigned bytes) exists here, so a
//! view is a start, a step and a length over its source's bytes. Slicing a
//! view makes a view of the same source, so `obj` is always the `bytes`
//! or `bytearray` the first view was made of.

use std::cell::Cell;

use pyvm_heap::Tracer;

use crate::object::{Object, Payload};
use crate::value::ObjRef;

/// The state of one `memoryview`.
pub struct MemoryView {
    /// The `bytes` or `bytearray` it shows (`obj`).
    pub source: ObjRef,
    /// The index in the source of the view's first byte.
    pub start: usize,
    /// How far apart in the source consecutive bytes of the view are.
    pub step: isize,
    /// How many bytes it shows (`len()`, `nbytes`).
    pub length: usize,
    /// Whether `release()` has been called (or its `with` block ended).
    pub released: Cell<bool>,
}

impl MemoryView {
    /// The source index of the view's byte `index` (`index < length`).
    pub fn source_index(&self, index: usize) -> usize {
        (self.start as isize + index as isize * self.step) as usize
    }

    /// Whether writes through the view are refused (a view of `bytes`).
    pub fn readonly(&self) -> bool {
        !matches!(self.source.payload, Payload::ByteArray(_))
    }

    /// The bytes the view shows, copied. A `bytearray` may have shrunk
    /// since the view was made: bytes past its end are left out.
    pub fn to_vec(&self) -> Vec<u8> {
        let collect = |bytes: &[u8]| -> Vec<u8> {
            (0..self.length)
                .map(|i| self.source_index(i))
                .map_while(|i| bytes.get(i).copied())
                .collect()
        };
        match &self.source.payload {
            Payload::Bytes(bytes) => collect(bytes),
            Payload::ByteArray(bytes) => collect(&bytes.borrow()),
            _ => Vec::new(),
        }
    }

    /// The view's byte `index`, if the source still has it.
    pub fn get(&self, index: usize) -> Option<u8> {
        if index >= self.length {
            return None;
        }
        let at = self.source_index(index);
        match &self.source.payload {
            Payload::Bytes(bytes) => bytes.get(at).copied(),
            Payload::ByteArray(bytes) => bytes.borrow().get(at).copied(),
            _ => None,
        }
    }

    /// Marks the source.
    pub fn trace(&self, tracer: &mut Tracer<Object>) {
        tracer.mark(self.source);
    }
}
