//! `str` data: Unicode text with its length in code points and a cached
//! hash.

use std::cell::Cell;

use compact_str::CompactString;

/// The text of a `str` object.
///
/// Indexing is O(1) when the text is ASCII (one byte per code point);
/// other text is walked by code point.
pub struct Str {
    /// The text: up to 24 bytes inline, so that most strings are one
    /// allocation (the object), not two.
    text: CompactString,
    /// Its length in code points.
    chars: usize,
    /// Its hash once computed ([`Str::NO_HASH`] until then; -1 is never a
    /// Python hash).
    hash: Cell<i64>,
}

impl Str {
    /// The `hash` of a `Str` not hashed yet.
    const NO_HASH: i64 = -1;

    /// A `str` holding `text`.
    pub fn new(text: impl Into<CompactString>) -> Str {
        let text = text.into();
        let chars = if text.is_ascii() {
            text.len()
        } else {
            text.chars().count()
        };
        Str {
            text,
            chars,
            hash: Cell::new(Str::NO_HASH),
        }
    }

    /// A `str` holding `text` of `chars` code points, which the caller
    /// knows (a part of ASCII text, a join of strings): no second pass
    /// over the text to count them.
    pub fn with_len(text: impl Into<CompactString>, chars: usize) -> Str {
        let text = text.into();
        debug_assert_eq!(chars, text.chars().count());
        Str {
            text,
            chars,
            hash: Cell::new(Str::NO_HASH),
        }
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        &self.text
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
        self.chars == self.text.len()
    }

    /// The code point at `index` (< `len()`).
    pub fn char_at(&self, index: usize) -> Option<char> {
        if self.is_ascii() {
            self.text.as_bytes().get(index).map(|&b| char::from(b))
        } else {
            self.text.chars().nth(index)
        }
    }

    /// The byte offset of code point `index` (≤ `len()`).
    pub fn byte_offset(&self, index: usize) -> usize {
        if self.is_ascii() {
            index
        } else {
            self.text
                .char_indices()
                .nth(index)
                .map_or(self.text.len(), |(offset, _)| offset)
        }
    }

    /// The cached hash, if computed.
    pub fn cached_hash(&self) -> Option<i64> {
        let hash = self.hash.get();
        (hash != Str::NO_HASH).then_some(hash)
    }

    /// Caches the hash.
    pub fn cache_hash(&self, hash: i64) {
        self.hash.set(hash);
    }
}
