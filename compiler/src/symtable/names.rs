//! The names of a module, each stored once and numbered: both passes
//! compare and index names by number, and the table's scopes refer to
//! them by number ([`NameTable`]).

use std::borrow::Cow;
use std::ops::Index;

/// A name of a module, as numbered by its [`Names`] (and [`NameTable`]).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub(super) struct NameId(u32);

impl NameId {
    /// `__class__`, numbered before the walk: class bodies provide it to
    /// their methods whether or not the module mentions it.
    pub(super) const CLASS: NameId = NameId(0);

    /// The number as an index, for tables with an entry per name.
    pub(super) fn index(self) -> usize {
        self.0 as usize
    }

    /// The number.
    pub(super) fn number(self) -> u32 {
        self.0
    }
}

/// Every distinct name of one module (mangled or not) as the first pass
/// finds them, borrowed from the tree where they are written there.
///
/// Every name occurrence of the module is looked up here, most of them
/// finding a name seen before, so this is a hash table specialised to
/// that: open addressing with linear probing, each bucket holding its
/// name's [`Key`], which tells most names apart without reading them.
pub(super) struct Names<'a> {
    names: Vec<Cow<'a, str>>,
    buckets: Vec<Bucket>,
}

/// A name's length and up to 16 of its bytes, read as two words the way
/// FxHash (`rustc_hash`) reads them: the first and last 8 bytes, the first and
/// last 4, or the first, middle and last byte. Together with the length
/// they cover every byte of a name of up to 16 bytes, so two such names
/// are the same exactly when their keys are; longer names (rare) are
/// compared in full as well.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
struct Key {
    words: [u64; 2],
    len: u32,
}

/// The longest name a [`Key`] identifies by itself.
const KEYED_LEN: usize = 16;

impl Key {
    #[inline(always)]
    fn of(name: &str) -> Key {
        let bytes = name.as_bytes();
        let len = bytes.len();
        let words = match len {
            0 => [0, 0],
            1..=3 => [
                u64::from(bytes[0]),
                u64::from(bytes[len - 1]) << 8 | u64::from(bytes[len / 2]),
            ],
            4..=7 => [
                u64::from(u32::from_le_bytes(word(bytes, 0))),
                u64::from(u32::from_le_bytes(word(bytes, len - 4))),
            ],
            _ => [
                u64::from_le_bytes(word(bytes, 0)),
                u64::from_le_bytes(word(bytes, len - 8)),
            ],
        };
        Key {
            words,
            len: len as u32,
        }
    }

    /// Where to start looking for the name: a hash of the key (FxHash's
    /// multiply-and-fold of the two words).
    #[inline(always)]
    fn hash(self) -> u64 {
        let [a, b] = self.words;
        let product = u128::from(a ^ 0x243f_6a88_85a3_08d3)
            * u128::from(b ^ 0x1319_8a2e_0370_7344 ^ u64::from(self.len));
        let folded = (product as u64) ^ ((product >> 64) as u64);
        folded.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 32
    }
}

/// A name's key and its number plus one; 0 for an empty bucket. A table of
/// buckets is a power of two long and at most half full.
#[derive(Clone, Copy, Default, Debug)]
struct Bucket {
    key: Key,
    number: u32,
}

impl<'a> Names<'a> {
    /// A table with room for about `capacity` names.
    pub(super) fn with_capacity(capacity: usize) -> Names<'a> {
        let mut names = Names {
            names: Vec::with_capacity(capacity),
            buckets: vec![Bucket::default(); (capacity * 2).next_power_of_two().max(64)],
        };
        names.intern("__class__");
        names
    }

    /// The number of `name`, numbering it if it is new. (Inlined: every
    /// name occurrence of the module comes here.)
    #[inline(always)]
    pub(super) fn intern(&mut self, name: &'a str) -> NameId {
        let key = Key::of(name);
        match find(&self.buckets, key, |id| &*self.names[id.index()] == name) {
            Ok(id) => id,
            Err(bucket) => self.add(Cow::Borrowed(name), key, bucket),
        }
    }

    /// As [`Names::intern`], for a name that may not be written anywhere
    /// (a mangled one).
    #[inline(never)]
    pub(super) fn intern_cow(&mut self, name: Cow<'a, str>) -> NameId {
        let key = Key::of(&name);
        match find(&self.buckets, key, |id| self.names[id.index()] == name) {
            Ok(id) => id,
            Err(bucket) => self.add(name, key, bucket),
        }
    }

    /// Numbers `name`, new, in `bucket`.
    #[inline(never)]
    fn add(&mut self, name: Cow<'a, str>, key: Key, bucket: usize) -> NameId {
        let id = NameId(self.names.len() as u32);
        self.names.push(name);
        self.buckets[bucket] = Bucket {
            key,
            number: id.0 + 1,
        };
        if self.names.len() * 2 > self.buckets.len() {
            self.buckets = regrown(&self.buckets, self.buckets.len() * 2);
        }
        id
    }

    /// The names, owned, for the finished table.
    pub(super) fn into_table(self) -> NameTable {
        let mut text = String::with_capacity(self.names.iter().map(|name| name.len()).sum());
        let spans = self
            .names
            .iter()
            .map(|name| {
                let start = text.len() as u32;
                text.push_str(name);
                (start, text.len() as u32)
            })
            .collect();
        NameTable {
            text,
            spans,
            buckets: self.buckets,
        }
    }
}

impl Index<NameId> for Names<'_> {
    type Output = str;

    fn index(&self, id: NameId) -> &str {
        &self.names[id.index()]
    }
}

/// The names of a module, as the scopes of its table refer to them.
#[derive(Debug)]
pub(super) struct NameTable {
    /// The names, one after the other.
    text: String,
    /// Where each name starts and ends in `text`.
    spans: Vec<(u32, u32)>,
    buckets: Vec<Bucket>,
}

impl NameTable {
    /// How many names there are.
    pub(super) fn len(&self) -> usize {
        self.spans.len()
    }

    /// The number of `name`, if the module has it.
    pub(super) fn get(&self, name: &str) -> Option<NameId> {
        find(&self.buckets, Key::of(name), |id| &self[id] == name).ok()
    }
}

impl Index<NameId> for NameTable {
    type Output = str;

    fn index(&self, id: NameId) -> &str {
        let (start, end) = self.spans[id.index()];
        &self.text[start as usize..end as usize]
    }
}

/// `buckets`, every name placed again in a table `len` long.
fn regrown(buckets: &[Bucket], len: usize) -> Vec<Bucket> {
    let mask = len - 1;
    let mut regrown = vec![Bucket::default(); len];
    for bucket in buckets.iter().filter(|bucket| bucket.number != 0) {
        let mut at = bucket.key.hash() as usize & mask;
        while regrown[at].number != 0 {
            at = (at + 1) & mask;
        }
        regrown[at] = *bucket;
    }
    regrown
}

/// Whether `a` and `b` are the same name. Compared here a few bytes at a
/// time, in the same pieces as FxHash (`rustc_hash`) hashes them, rather than
/// by a call to `memcmp`: the names that reach here almost always match,
/// and most are short.
#[inline(always)]
pub(crate) fn same_name(a: &[u8], b: &[u8]) -> bool {
    let len = a.len();
    if b.len() != len {
        return false;
    }
    match len {
        0 => true,
        1..=3 => a[0] == b[0] && a[len / 2] == b[len / 2] && a[len - 1] == b[len - 1],
        4..=7 => word::<4>(a, 0) == word(b, 0) && word::<4>(a, len - 4) == word(b, len - 4),
        8..=16 => word::<8>(a, 0) == word(b, 0) && word::<8>(a, len - 8) == word(b, len - 8),
        _ => a == b,
    }
}

/// The `N` bytes of `bytes` from `at`.
#[inline(always)]
fn word<const N: usize>(bytes: &[u8], at: usize) -> [u8; N] {
    bytes[at..at + N].try_into().expect("N bytes")
}

/// The name in `buckets` whose key is `key` (and, if longer than a key
/// tells apart, for which `is` holds); or the empty bucket where it
/// belongs.
#[inline(always)]
fn find(buckets: &[Bucket], key: Key, is: impl Fn(NameId) -> bool) -> Result<NameId, usize> {
    let mask = buckets.len() - 1;
    let mut at = key.hash() as usize & mask;
    loop {
        let bucket = &buckets[at];
        if bucket.number == 0 {
            return Err(at);
        }
        let id = NameId(bucket.number - 1);
        if bucket.key == key && (key.len as usize <= KEYED_LEN || is(id)) {
            return Ok(id);
        }
        at = (at + 1) & mask;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Names that differ in any one byte, or only in length, get numbers
    /// of their own, whatever their length (keys cover up to 16 bytes).
    #[test]
    fn names_differing_anywhere_are_told_apart() {
        let mut texts = Vec::new();
        for len in 0..=24 {
            texts.push("a".repeat(len));
            for at in 0..len {
                let mut bytes = vec![b'a'; len];
                bytes[at] = b'b';
                texts.push(String::from_utf8(bytes).unwrap());
            }
        }
        let mut names = Names::with_capacity(4);
        let ids: Vec<NameId> = texts.iter().map(|text| names.intern(text)).collect();
        for (text, &id) in texts.iter().zip(&ids) {
            assert_eq!(&names[id], text.as_str());
            assert_eq!(names.intern(text), id);
        }
        let mut distinct = ids.clone();
        distinct.sort();
        distinct.dedup();
        assert_eq!(distinct.len(), texts.len());
        let table = names.into_table();
        for (text, &id) in texts.iter().zip(&ids) {
            assert_eq!(table.get(text), Some(id));
        }
        assert_eq!(table.get("c"), None);
    }
}
