//! `dict` data: an insertion-ordered table of Python keys, each stored
//! with its Python hash.
//!
//! Python's key equality may run Python code (`__eq__`) and fail, so the
//! table never compares keys itself: lookups take the key's hash and a
//! matcher, and the VM's dict operations (in `crate::ops::dict`) decide
//! equality, calling `__eq__` outside any borrow of the table.

use std::cell::Cell;
use std::hash::{BuildHasherDefault, Hash, Hasher};

use indexmap::map::raw_entry_v1::{RawEntryApiV1, RawEntryMut};
use indexmap::IndexMap;
use pyvm_heap::Tracer;

use crate::object::{trace_value, Object};
use crate::objects::str::Str;
use crate::value::{ObjRef, Value};

/// A key with its Python hash.
#[derive(Clone, Copy, Debug)]
pub struct DictKey {
    /// `hash(key)`.
    pub hash: i64,
    /// The key.
    pub key: Value,
}

impl Hash for DictKey {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_u64(self.hash as u64);
    }
}

impl PartialEq for DictKey {
    /// Identity; the table is only searched through raw entries with the
    /// VM's matcher, so this is never Python's `==`.
    fn eq(&self, other: &Self) -> bool {
        self.key.is(other.key)
    }
}

impl Eq for DictKey {}

/// Spreads a Python hash over all 64 bits: the table places a key by the
/// low bits and tells keys apart by the top 7 (its tag), so every bit of
/// the hash must reach both (MurmurHash3's 64-bit finaliser). A
/// multiplication alone carries low bits up but never high bits down:
/// ints that differ only in their high bits (`i << 20`, multiples of
/// 2**32) all got one place, and a dict of them took quadratic time.
#[derive(Default)]
pub struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        let mut hash = self.0;
        hash ^= hash >> 33;
        hash = hash.wrapping_mul(0xFF51_AFD7_ED55_8CCD);
        hash ^= hash >> 33;
        hash = hash.wrapping_mul(0xC4CE_B9FE_1A85_EC53);
        hash ^ (hash >> 33)
    }

    fn write(&mut self, _bytes: &[u8]) {
        unreachable!("dict keys hash through write_u64")
    }

    fn write_u64(&mut self, hash: u64) {
        self.0 = hash;
    }
}

type Table = IndexMap<DictKey, Value, BuildHasherDefault<KeyHasher>>;

/// The entries a dict has room for once its first is added.
const FIRST_CAPACITY: usize = 5;

/// The entries of a dict, in insertion order.
pub struct Dict {
    table: Table,
    /// Changes whenever a key is added or removed, to a value no other
    /// dict has had: a lookup cache that saw this version knows every
    /// key is still at the index it found.
    keys_version: u64,
    /// The exact `str` key the exact-str operations last found or stored,
    /// with the index of its entry: the same object looked up again, as
    /// in `d[k] = d.get(k, 0) + 1` or `d[k] += 1`, needs no search. An
    /// index holds until an entry is removed; the key is traced, so that
    /// its address cannot be another object's while it is remembered.
    last_str: Cell<Option<(ObjRef, usize)>>,
    /// A one-word Bloom filter of the keys' hashes: bit `hash & 63` is
    /// set for every key added. A clear bit means no key has a hash with
    /// those low bits, so [`Dict::has_hash`] answers without a search, as
    /// it must for each method call on an instance (whose dict rarely
    /// holds the method's name). Removing a key leaves its bit set
    /// (recomputing would make emptying a dict from its end quadratic);
    /// the bits are cleared when the dict becomes empty.
    key_bits: u64,
}

thread_local! {
    /// The next keys version of any dict made on this thread. A counter
    /// per thread is enough, as a dict never leaves its thread (it holds
    /// `Gc`s); a shared atomic one cost a locked instruction on every new
    /// dict and every new key.
    static NEXT_KEYS_VERSION: Cell<u64> = const { Cell::new(1) };
}

fn new_keys_version() -> u64 {
    NEXT_KEYS_VERSION.with(|next| {
        let version = next.get();
        next.set(version + 1);
        version
    })
}

impl Default for Dict {
    fn default() -> Self {
        Dict::with_capacity(0)
    }
}

/// What a dict search found for a key.
pub enum Probe {
    /// The entry at this index holds the key.
    Found(usize),
    /// No entry holds it.
    Absent,
    /// Entries whose keys have the same hash need Python's `==` to decide:
    /// these keys, in table order.
    Undecided(Vec<Value>),
}

/// The bit of [`Dict::key_bits`] that stands for keys with `hash`.
#[inline(always)]
fn key_bit(hash: i64) -> u64 {
    1 << (hash & 63)
}

fn spread(hash: i64) -> u64 {
    let mut hasher = KeyHasher::default();
    hasher.write_u64(hash as u64);
    hasher.finish()
}

/// Whether `stored` is the exact `str` `key` (whose text is `text`):
/// the same object, or an exact `str` with the same text. A key of
/// another type with the same hash sets `undecided`: only its `__eq__`
/// can tell.
#[inline(always)]
fn matches_exact_str(
    stored: &DictKey,
    hash: i64,
    key: ObjRef,
    text: &Str,
    str_type: ObjRef,
    undecided: &mut bool,
) -> bool {
    match stored.key {
        _ if stored.hash != hash => false,
        Value::Obj(object) if object == key => true,
        Value::Obj(object) if object.class() == str_type => {
            object.as_str().is_some_and(|s| s.same_text(text))
        }
        _ => {
            *undecided = true;
            false
        }
    }
}

impl Dict {
    /// An empty dict with room for `capacity` entries.
    pub fn with_capacity(capacity: usize) -> Dict {
        Dict {
            table: Table::with_capacity_and_hasher(capacity, Default::default()),
            keys_version: new_keys_version(),
            last_str: Cell::new(None),
            key_bits: 0,
        }
    }

    /// The index of the entry of `key` if it is the exact `str` last
    /// found or stored.
    #[inline]
    fn remembered(&self, key: ObjRef) -> Option<usize> {
        match self.last_str.get() {
            Some((last, index)) if last == key => Some(index),
            _ => None,
        }
    }

    /// Remembers that the exact `str` `key` is at `index`.
    #[inline]
    fn remember(&self, key: ObjRef, index: usize) {
        self.last_str.set(Some((key, index)));
    }

    /// The version of its keys (see the field): equal versions mean the
    /// same dict with the same keys at the same indices.
    pub fn keys_version(&self) -> u64 {
        self.keys_version
    }

    /// The value of the entry at `index`.
    pub fn value_at(&self, index: usize) -> Option<Value> {
        self.table.get_index(index).map(|(_, v)| *v)
    }

    /// The value of the entry at `index` if its key is the object `key`
    /// itself (an interned name, as attribute caches remember them).
    #[inline]
    pub fn value_at_if_key(&self, index: usize, key: ObjRef) -> Option<Value> {
        let (stored, value) = self.table.get_index(index)?;
        matches!(stored.key, Value::Obj(object) if object == key).then_some(*value)
    }

    /// Replaces the value of the entry at `index` if its key is the object
    /// `key` itself; returns whether it did.
    #[inline]
    pub fn set_value_if_key(&mut self, index: usize, key: ObjRef, value: Value) -> bool {
        match self.table.get_index_mut(index) {
            Some((stored, slot)) if matches!(stored.key, Value::Obj(object) if object == key) => {
                *slot = value;
                true
            }
            _ => false,
        }
    }

    /// The number of entries.
    pub fn len(&self) -> usize {
        self.table.len()
    }

    /// Whether there are no entries.
    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }

    /// Searches for a key with `hash`: `same` decides a stored key equal
    /// (`Some(true)`), different (`Some(false)`), or needing Python's `==`
    /// (`None`).
    pub fn probe(&self, hash: i64, mut same: impl FnMut(Value) -> Option<bool>) -> Probe {
        let mut undecided = Vec::new();
        let found = self
            .table
            .raw_entry_v1()
            .index_from_hash(spread(hash), |stored| {
                if stored.hash != hash {
                    return false;
                }
                match same(stored.key) {
                    Some(decided) => decided,
                    None => {
                        undecided.push(stored.key);
                        false
                    }
                }
            });
        match found {
            Some(index) => Probe::Found(index),
            None if undecided.is_empty() => Probe::Absent,
            None => Probe::Undecided(undecided),
        }
    }

    /// The index of the entry whose key equals `key`, an exact `str`
    /// (whose class is `str_type`), when that is decided without Python
    /// code: each stored key with the same hash is the same object, or an
    /// exact `str` compared by text. `None` when another kind of key
    /// with the same hash needs its `__eq__` asked.
    #[inline]
    pub fn find_exact_str(
        &self,
        hash: i64,
        key: ObjRef,
        str_type: ObjRef,
    ) -> Option<Option<usize>> {
        if let Some(index) = self.remembered(key) {
            return Some(Some(index));
        }
        let text = key.as_str()?;
        let mut undecided = false;
        let found = self
            .table
            .raw_entry_v1()
            .index_from_hash(spread(hash), |stored| {
                matches_exact_str(stored, hash, key, text, str_type, &mut undecided)
            });
        match found {
            None if undecided => None,
            Some(index) => {
                self.remember(key, index);
                Some(Some(index))
            }
            None => Some(None),
        }
    }

    /// The value of the exact `str` `key`, decided as by
    /// [`Dict::find_exact_str`]: `Some(None)` when absent, `None` when
    /// some key's `__eq__` must decide.
    #[inline]
    pub fn get_exact_str(&self, hash: i64, key: ObjRef, str_type: ObjRef) -> Option<Option<Value>> {
        let found = self.find_exact_str(hash, key, str_type)?;
        Some(found.and_then(|index| self.value_at(index)))
    }

    /// Stores `value` under the exact `str` `key` (found as by
    /// [`Dict::find_exact_str`]) with one search of the table; the index
    /// of its entry, or `None`, storing nothing, when some key's `__eq__`
    /// must decide whether it is the same key.
    #[inline]
    pub fn store_exact_str(
        &mut self,
        hash: i64,
        key: ObjRef,
        str_type: ObjRef,
        value: Value,
    ) -> Option<usize> {
        if let Some(index) = self.remembered(key) {
            self.set_value(index, value);
            return Some(index);
        }
        let text = key.as_str()?;
        let mut undecided = false;
        let entry = self
            .table
            .raw_entry_mut_v1()
            .from_hash(spread(hash), |stored| {
                matches_exact_str(stored, hash, key, text, str_type, &mut undecided)
            });
        match entry {
            RawEntryMut::Occupied(mut entry) => {
                *entry.get_mut() = value;
                let index = entry.index();
                self.remember(key, index);
                Some(index)
            }
            RawEntryMut::Vacant(_) if undecided => None,
            RawEntryMut::Vacant(entry) => {
                let index = entry.index();
                let stored = DictKey {
                    hash,
                    key: Value::Obj(key),
                };
                entry.insert_hashed_nocheck(spread(hash), stored, value);
                self.keys_version = new_keys_version();
                self.key_bits |= key_bit(hash);
                self.remember(key, index);
                Some(index)
            }
        }
    }

    /// The index of the entry whose key is the `str` `key`: the same
    /// object, or a `str` (or an instance of a subclass of `str`) with the
    /// same text. Namespace lookups run no Python code, so a subclass's
    /// own `__eq__` is not consulted.
    #[inline]
    pub fn find_str(&self, hash: i64, key: ObjRef) -> Option<usize> {
        let text = key.as_str()?;
        self.table
            .raw_entry_v1()
            .index_from_hash(spread(hash), |stored| match stored.key {
                Value::Obj(object) if stored.hash == hash => {
                    object == key || object.as_str().is_some_and(|s| s.same_text(text))
                }
                _ => false,
            })
    }

    /// Whether some key has hash `hash`: when not, no key equals one with
    /// that hash. Most hashes are told absent by [`Dict::key_bits`]; for
    /// the rest, small dicts are scanned, larger ones probed.
    #[inline(always)]
    pub fn has_hash(&self, hash: i64) -> bool {
        self.key_bits & key_bit(hash) != 0 && self.has_hash_in_table(hash)
    }

    /// [`Dict::has_hash`] past the key bits.
    #[inline(never)]
    fn has_hash_in_table(&self, hash: i64) -> bool {
        if self.table.len() <= 8 {
            return self.table.keys().any(|key| key.hash == hash);
        }
        self.table
            .raw_entry_v1()
            .index_from_hash(spread(hash), |stored| stored.hash == hash)
            .is_some()
    }

    /// The index of the entry whose key is `key` itself.
    pub fn index_of_identical(&self, hash: i64, key: Value) -> Option<usize> {
        self.table
            .raw_entry_v1()
            .index_from_hash(spread(hash), |stored| stored.key.is(key))
    }

    /// The entry at `index`.
    pub fn entry(&self, index: usize) -> Option<(DictKey, Value)> {
        self.table.get_index(index).map(|(k, v)| (*k, *v))
    }

    /// Replaces the value of the entry at `index`.
    pub fn set_value(&mut self, index: usize, value: Value) {
        if let Some((_, slot)) = self.table.get_index_mut(index) {
            *slot = value;
        }
    }

    /// Adds an entry for a key known to be absent, at the end; returns
    /// its index.
    pub fn push(&mut self, key: DictKey, value: Value) -> usize {
        if self.table.capacity() == 0 {
            // Room for a few, as CPython's smallest table (five usable
            // slots of eight): no regrowth for the first entries.
            self.table.reserve(FIRST_CAPACITY);
        }
        self.keys_version = new_keys_version();
        self.key_bits |= key_bit(key.hash);
        self.table.insert_full(key, value).0
    }

    /// Removes the entry at `index`, keeping the order of the others.
    pub fn remove(&mut self, index: usize) -> Option<(DictKey, Value)> {
        self.keys_version = new_keys_version();
        // The entries after it move down.
        self.last_str.set(None);
        let removed = self.table.shift_remove_index(index);
        if self.table.is_empty() {
            self.key_bits = 0;
        }
        removed
    }

    /// Removes every entry.
    pub fn clear(&mut self) {
        self.keys_version = new_keys_version();
        self.last_str.set(None);
        self.key_bits = 0;
        self.table.clear();
    }

    /// The entries in order.
    pub fn iter(&self) -> impl Iterator<Item = (DictKey, Value)> + '_ {
        self.table.iter().map(|(k, v)| (*k, *v))
    }

    /// Marks every key and value.
    pub fn trace(&self, tracer: &mut Tracer<Object>) {
        if let Some((key, _)) = self.last_str.get() {
            tracer.mark(key);
        }
        for (key, value) in &self.table {
            trace_value(key.key, tracer);
            trace_value(*value, tracer);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// How many distinct places (the low `bits` bits) `hashes` get.
    fn places(hashes: impl Iterator<Item = u64>, bits: u32) -> usize {
        let mask = (1u64 << bits) - 1;
        let places: std::collections::HashSet<u64> = hashes
            .map(|hash| {
                let mut hasher = KeyHasher::default();
                hasher.write_u64(hash);
                hasher.finish() & mask
            })
            .collect();
        places.len()
    }

    #[test]
    fn a_dict_stays_at_96_bytes() {
        // Every dict object boxes one: keep it from growing unnoticed.
        assert_eq!(std::mem::size_of::<std::cell::RefCell<Dict>>(), 96);
    }

    #[test]
    fn key_bits_tell_absent_hashes_and_keep_present_ones() {
        let mut dict = Dict::default();
        let key = |hash| DictKey {
            hash,
            key: Value::Int(hash),
        };
        for hash in [3, 64 + 5, -7] {
            dict.push(key(hash), Value::None);
        }
        for hash in [3, 69, -7] {
            assert!(dict.has_hash(hash), "{hash}");
        }
        // Same low bits as a key, or none: absent either way.
        for hash in [4, 67, 128 + 3, -8] {
            assert!(!dict.has_hash(hash), "{hash}");
        }
        // A removed key's bit may stay set; the search still says absent.
        dict.remove(0);
        assert!(!dict.has_hash(3));
        assert!(dict.has_hash(69));
        dict.clear();
        assert_eq!(dict.key_bits, 0);
        dict.push(key(9), Value::None);
        dict.remove(0);
        assert_eq!(dict.key_bits, 0, "an emptied dict has no bits");
    }

    #[test]
    fn hashes_differing_only_in_high_bits_get_different_places() {
        // 1024 keys in a table of 2048 places: a good spread leaves few
        // sharing one; the multiplication alone put each family in one.
        for shift in [0, 12, 20, 32, 40, 52] {
            let spread = places((0..1024u64).map(|i| i << shift), 11);
            assert!(spread > 700, "i << {shift}: {spread} places");
        }
    }
}
