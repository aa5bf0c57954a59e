//! The names of a module, each stored once and numbered: both passes
//! compare and index names by number, and the table's scopes refer to
//! them by number ([`NameTable`]).

use std::borrow::Cow;
use std::hash::BuildHasher;
use std::ops::Index;

use rustc_hash::FxBuildHasher;

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
/// that: open addressing with linear probing over the names' numbers, each
/// bucket keeping some bits of its name's hash to compare before the
/// strings.
pub(super) struct Names<'a> {
    names: Vec<Cow<'a, str>>,
    /// Each name's hash, to place it again when the table grows.
    hashes: Vec<u64>,
    buckets: Vec<Bucket>,
}

/// `(tag, number + 1)`, or `(_, 0)` when empty. A table of buckets is a
/// power of two long and at most half full.
type Bucket = (u32, u32);

impl<'a> Names<'a> {
    /// A table with room for about `capacity` names.
    pub(super) fn with_capacity(capacity: usize) -> Names<'a> {
        let mut names = Names {
            names: Vec::with_capacity(capacity),
            hashes: Vec::with_capacity(capacity),
            buckets: vec![(0, 0); (capacity * 2).next_power_of_two().max(64)],
        };
        names.intern("__class__");
        names
    }

    /// The number of `name`, numbering it if it is new. (Inlined: every
    /// name occurrence of the module comes here.)
    #[inline(always)]
    pub(super) fn intern(&mut self, name: &'a str) -> NameId {
        let hash = hash(name);
        match find(&self.buckets, hash, |id| {
            same_name(self.names[id.index()].as_bytes(), name.as_bytes())
        }) {
            Ok(id) => id,
            Err(bucket) => self.add(Cow::Borrowed(name), hash, bucket),
        }
    }

    /// The number of `name`, if it has one.
    #[inline(always)]
    pub(super) fn get(&self, name: &str) -> Option<NameId> {
        find(&self.buckets, hash(name), |id| {
            same_name(self.names[id.index()].as_bytes(), name.as_bytes())
        })
        .ok()
    }

    /// As [`Names::intern`], for a name that may not be written anywhere
    /// (a mangled one).
    #[inline(never)]
    pub(super) fn intern_cow(&mut self, name: Cow<'a, str>) -> NameId {
        let hash = hash(&name);
        match find(&self.buckets, hash, |id| self.names[id.index()] == name) {
            Ok(id) => id,
            Err(bucket) => self.add(name, hash, bucket),
        }
    }

    /// Numbers `name`, new, in `bucket`.
    #[inline(never)]
    fn add(&mut self, name: Cow<'a, str>, hash: u64, bucket: usize) -> NameId {
        let id = NameId(self.names.len() as u32);
        self.names.push(name);
        self.hashes.push(hash);
        self.buckets[bucket] = ((hash >> 32) as u32, id.0 + 1);
        if self.names.len() * 2 > self.buckets.len() {
            self.grow();
        }
        id
    }

    /// Doubles the table, placing every name again.
    fn grow(&mut self) {
        let mask = self.buckets.len() * 2 - 1;
        let mut buckets = vec![(0, 0); mask + 1];
        for (number, &hash) in (1..).zip(&self.hashes) {
            let mut bucket = hash as usize & mask;
            while buckets[bucket].1 != 0 {
                bucket = (bucket + 1) & mask;
            }
            buckets[bucket] = ((hash >> 32) as u32, number);
        }
        self.buckets = buckets;
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
        find(&self.buckets, hash(name), |id| {
            same_name(self.bytes(id), name.as_bytes())
        })
        .ok()
    }

    fn bytes(&self, id: NameId) -> &[u8] {
        let (start, end) = self.spans[id.index()];
        &self.text.as_bytes()[start as usize..end as usize]
    }
}

impl Index<NameId> for NameTable {
    type Output = str;

    fn index(&self, id: NameId) -> &str {
        let (start, end) = self.spans[id.index()];
        &self.text[start as usize..end as usize]
    }
}

/// Whether `a` and `b` are the same name. Compared here a few bytes at a
/// time, in the same pieces as [`FxBuildHasher`] hashes them, rather than
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

fn hash(name: &str) -> u64 {
    FxBuildHasher.hash_one(name)
}

/// The name in `buckets` whose hash is `hash` and for which `is` holds;
/// or the empty bucket where it belongs.
#[inline(always)]
fn find(buckets: &[Bucket], hash: u64, is: impl Fn(NameId) -> bool) -> Result<NameId, usize> {
    let tag = (hash >> 32) as u32;
    let mask = buckets.len() - 1;
    let mut bucket = hash as usize & mask;
    loop {
        match buckets[bucket] {
            (_, 0) => return Err(bucket),
            (found, number) if found == tag && is(NameId(number - 1)) => {
                return Ok(NameId(number - 1));
            }
            _ => bucket = (bucket + 1) & mask,
        }
    }
}
