//! The method cache: what a name resolves to on a type's MRO, remembered
//! so that attribute lookups and method calls skip the MRO walk (CPython's
//! type attribute cache).
//!
//! Entries are keyed by the type's and the name's addresses and stamped
//! with an epoch; the epoch moves on whenever any type's attributes
//! change and after every collection (a freed type's address may be
//! reused), which forgets every entry at once.

use crate::value::{ObjRef, Value};

/// The number of entries (a power of two).
const SIZE: usize = 4096;

/// The bits of a slot's pair index: `SIZE` is that many pairs of slots.
const PAIR_BITS: u32 = SIZE.trailing_zeros() - 1;

/// Which lookup an entry remembers.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum LookupKind {
    /// Every type of the MRO (`_PyType_Lookup`).
    All,
    /// Only user classes of the MRO (where dunder overrides live).
    User,
}

#[derive(Clone, Copy)]
struct Entry {
    epoch: u64,
    class: usize,
    name: usize,
    kind: LookupKind,
    /// The attribute found, or `Null` for "not found".
    found: Value,
}

/// The cache.
pub(crate) struct TypeCache {
    entries: Box<[Entry]>,
    epoch: u64,
}

impl TypeCache {
    /// An empty cache.
    pub fn new() -> TypeCache {
        let empty = Entry {
            epoch: 0,
            class: 0,
            name: 0,
            kind: LookupKind::All,
            found: Value::Null,
        };
        TypeCache {
            entries: vec![empty; SIZE].into_boxed_slice(),
            epoch: 1,
        }
    }

    fn slot(class: ObjRef, name: ObjRef, kind: LookupKind) -> usize {
        // Every bit of both addresses counts (a multiplicative hash, its
        // top bits taken): names made one after another lie a few dozen
        // bytes apart, and a mix of some bits only put them in one slot,
        // where they kept evicting each other.
        let mixed =
            (class.address() ^ name.address().rotate_left(32)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        let pair = (mixed >> (usize::BITS - PAIR_BITS)) << 1;
        // The two kinds of a lookup sit side by side, not in one slot.
        pair | kind as usize
    }

    /// The remembered result of looking `name` up on `class`: `Some(None)`
    /// for a remembered miss, `None` when nothing is remembered.
    #[inline]
    pub fn get(&self, class: ObjRef, name: ObjRef, kind: LookupKind) -> Option<Option<Value>> {
        let entry = &self.entries[TypeCache::slot(class, name, kind)];
        (entry.epoch == self.epoch
            && entry.class == class.address()
            && entry.name == name.address()
            && entry.kind == kind)
            .then(|| (!entry.found.is_null()).then_some(entry.found))
    }

    /// Remembers a lookup's result.
    pub fn put(&mut self, class: ObjRef, name: ObjRef, kind: LookupKind, found: Option<Value>) {
        self.entries[TypeCache::slot(class, name, kind)] = Entry {
            epoch: self.epoch,
            class: class.address(),
            name: name.address(),
            kind,
            found: found.unwrap_or(Value::Null),
        };
    }

    /// The current epoch: inline caches stamped with another one are
    /// stale.
    #[inline]
    pub fn epoch(&self) -> u64 {
        self.epoch
    }

    /// Forgets every entry.
    pub fn invalidate(&mut self) {
        self.epoch += 1;
    }
}
