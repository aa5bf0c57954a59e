//! `str` data: Unicode text with its length in code points and a cached
//! hash.
//!
//! A long concatenation is kept as its two parts until its text is first
//! read, so that building a string piece by piece (`s += part` in a loop)
//! copies each piece once, not the whole string at every step: CPython
//! gets the same by growing a string in place when nothing else refers
//! to it, which a tracing collector cannot know.

use std::cell::{Cell, OnceCell};

use compact_str::CompactString;
use pyvm_heap::Tracer;

use crate::object::{Object, Payload};
use crate::value::ObjRef;

/// The text of a `str` object.
///
/// Indexing is O(1) when the text is ASCII (one byte per code point);
/// other text is walked by code point.
pub struct Str {
    /// The text: up to 24 bytes inline, so that most strings are one
    /// allocation (the object), not two. Made from `parts` when first
    /// read, for a concatenation.
    text: OnceCell<CompactString>,
    /// The operands of a concatenation whose text is not made yet.
    parts: Cell<Option<Box<Parts>>>,
    /// Its length in code points.
    chars: usize,
    /// Its hash once computed ([`Str::NO_HASH`] until then; -1 is never a
    /// Python hash).
    hash: Cell<i64>,
    /// Whether it is the VM's interned string of its text.
    interned: bool,
}

/// The two `str` objects a concatenation joins.
#[derive(Clone, Copy)]
struct Parts {
    left: ObjRef,
    right: ObjRef,
    /// The length of the text in bytes.
    bytes: usize,
    /// How many concatenations not joined yet the text is made of, this
    /// one included.
    nodes: usize,
}

impl Str {
    /// The `hash` of a `Str` not hashed yet.
    const NO_HASH: i64 = -1;

    /// The longest text kept inline, in bytes: longer text takes an
    /// allocation of its own.
    pub const INLINE: usize = std::mem::size_of::<CompactString>();

    /// The average bytes per concatenation below which pending ones are
    /// joined (each costs an object and a box, about a hundred bytes).
    const MIN_PIECE: usize = 16;

    /// Concatenations at least this long (in code points) keep their
    /// parts until read; shorter ones are joined at once.
    pub const LAZY_CONCATENATION: usize = 256;

    /// A `str` holding `text`.
    pub fn new(text: impl Into<CompactString>) -> Str {
        let text = text.into();
        let chars = if text.is_ascii() {
            text.len()
        } else {
            text.chars().count()
        };
        Str::with_len(text, chars)
    }

    /// A `str` holding `text` of `chars` code points, which the caller
    /// knows (a part of ASCII text, a join of strings): no second pass
    /// over the text to count them.
    pub fn with_len(text: impl Into<CompactString>, chars: usize) -> Str {
        let text = text.into();
        debug_assert_eq!(chars, text.chars().count());
        Str {
            text: OnceCell::from(text),
            parts: Cell::new(None),
            chars,
            hash: Cell::new(Str::NO_HASH),
            interned: false,
        }
    }

    /// `left + right` of two `str` objects, joined when first read, or
    /// at once when the concatenations not joined yet would take much
    /// more memory than their text: many short pieces are joined every
    /// so often, which still copies each byte only a few times.
    pub fn concatenation(left: ObjRef, right: ObjRef) -> Str {
        let ((left_bytes, left_nodes), (right_bytes, right_nodes)) =
            (str_of(&left).extent(), str_of(&right).extent());
        let bytes = left_bytes + right_bytes;
        let nodes = 1 + left_nodes + right_nodes;
        let joined = Str {
            text: OnceCell::new(),
            parts: Cell::new(Some(Box::new(Parts {
                left,
                right,
                bytes,
                nodes,
            }))),
            chars: str_of(&left).chars + str_of(&right).chars,
            hash: Cell::new(Str::NO_HASH),
            interned: false,
        };
        if nodes > 64 && nodes * Str::MIN_PIECE > bytes {
            joined.as_str();
        }
        joined
    }

    /// The length of the text in bytes, made or not, and how many
    /// concatenations not joined yet make it.
    fn extent(&self) -> (usize, usize) {
        match self.text.get() {
            Some(text) => (text.len(), 0),
            None => self
                .parts()
                .map_or((0, 0), |parts| (parts.bytes, parts.nodes)),
        }
    }

    /// The parts of a concatenation not joined yet.
    fn parts(&self) -> Option<Parts> {
        let parts = self.parts.take();
        let copy = parts.as_deref().copied();
        self.parts.set(parts);
        copy
    }

    /// Joins a concatenation's parts, walking them with a stack of its
    /// own: a string built by ten thousand `+=` is that deep.
    fn join_parts(&self) -> CompactString {
        let parts = self.parts.take().expect("a str has text or parts");
        let mut text = String::with_capacity(parts.bytes);
        let mut pending = vec![parts.right, parts.left];
        while let Some(next) = pending.pop() {
            let next = str_of(&next);
            match next.text.get() {
                Some(part) => text.push_str(part),
                None => {
                    let inner = next.parts().expect("a str has text or parts");
                    pending.push(inner.right);
                    pending.push(inner.left);
                }
            }
        }
        CompactString::from(text)
    }

    /// Whether it holds `Gc`s: the parts of a concatenation not joined
    /// yet.
    pub(crate) fn has_parts(&self) -> bool {
        self.text.get().is_none()
    }

    /// Marks the parts of a concatenation not joined yet.
    pub(crate) fn trace(&self, tracer: &mut Tracer<Object>) {
        if let Some(parts) = self.parts() {
            tracer.mark(parts.left);
            tracer.mark(parts.right);
        }
    }

    /// The text.
    #[inline]
    pub fn as_str(&self) -> &str {
        self.text.get_or_init(|| self.join_parts())
    }

    /// The interned `str` holding `text` (see `Vm::intern`).
    pub fn interned(text: &str) -> Str {
        Str {
            interned: true,
            ..Str::new(text)
        }
    }

    /// Whether it is the VM's interned string of its text.
    pub fn is_interned(&self) -> bool {
        self.interned
    }

    /// The length in code points (`len()`).
    pub fn len(&self) -> usize {
        self.chars
    }

    /// Whether it is the empty string.
    pub fn is_empty(&self) -> bool {
        self.chars == 0
    }

    /// Whether every code point is ASCII.
    pub fn is_ascii(&self) -> bool {
        self.chars == self.extent().0
    }

    /// The code point at `index` (< `len()`).
    pub fn char_at(&self, index: usize) -> Option<char> {
        if self.is_ascii() {
            self.as_str().as_bytes().get(index).map(|&b| char::from(b))
        } else {
            self.as_str().chars().nth(index)
        }
    }

    /// The byte offset of code point `index` (≤ `len()`).
    pub fn byte_offset(&self, index: usize) -> usize {
        if self.is_ascii() {
            index
        } else {
            let text = self.as_str();
            text.char_indices()
                .nth(index)
                .map_or(text.len(), |(offset, _)| offset)
        }
    }

    /// The cached hash, if computed.
    #[inline]
    pub fn cached_hash(&self) -> Option<i64> {
        let hash = self.hash.get();
        (hash != Str::NO_HASH).then_some(hash)
    }

    /// Caches the hash.
    pub fn cache_hash(&self, hash: i64) {
        self.hash.set(hash);
    }

    /// Whether `other` has the same text. Dict keys are mostly short, and
    /// a short text is compared in two loads of each side rather than
    /// through a call to `memcmp`.
    #[inline]
    pub fn same_text(&self, other: &Str) -> bool {
        same_bytes(self.as_str().as_bytes(), other.as_str().as_bytes())
    }
}

/// Whether `a` and `b` are the same bytes: up to 16 bytes as two
/// (overlapping) words of each, longer ones by the slice comparison.
#[inline]
fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    let n = a.len();
    if n != b.len() {
        return false;
    }
    match n {
        0 => true,
        1..=3 => a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1],
        4..=7 => word4(a, 0) == word4(b, 0) && word4(a, n - 4) == word4(b, n - 4),
        8..=16 => word8(a, 0) == word8(b, 0) && word8(a, n - 8) == word8(b, n - 8),
        _ => a == b,
    }
}

/// The four bytes of `bytes` from `at`, as one word.
#[inline]
fn word4(bytes: &[u8], at: usize) -> u32 {
    u32::from_ne_bytes(bytes[at..at + 4].try_into().expect("four bytes"))
}

/// The eight bytes of `bytes` from `at`, as one word.
#[inline]
fn word8(bytes: &[u8], at: usize) -> u64 {
    u64::from_ne_bytes(bytes[at..at + 8].try_into().expect("eight bytes"))
}

/// The `str` data of a `str` object.
fn str_of(object: &ObjRef) -> &Str {
    match &object.payload {
        Payload::Str(text) => text,
        _ => unreachable!("the parts of a concatenation are strs"),
    }
}

#[cfg(test)]
mod tests {
    use super::same_bytes;

    #[test]
    fn same_bytes_sees_a_difference_at_every_position() {
        for n in 0..40 {
            let a: Vec<u8> = (0..n as u8).collect();
            assert!(same_bytes(&a, &a.clone()));
            for at in 0..n {
                let mut b = a.clone();
                b[at] ^= 0x80;
                assert!(!same_bytes(&a, &b), "length {n}, byte {at}");
            }
            assert!(!same_bytes(&a, &a[..n.saturating_sub(1)]) || n == 0);
        }
    }
}
