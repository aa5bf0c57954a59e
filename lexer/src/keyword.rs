//! Python 3.11's keywords and soft keywords.

/// The hard keywords of Python 3.11, as `keyword.kwlist` lists them (sorted,
/// in the order of [`Keyword`]'s variants).
pub const KEYWORDS: [&str; 35] = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// A hard keyword, in the order of [`KEYWORDS`].
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[allow(missing_docs)]
pub enum Keyword {
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,
}

impl Keyword {
    /// Every keyword, in the order of [`KEYWORDS`].
    pub const ALL: [Keyword; 35] = {
        use Keyword::*;
        [
            False, None, True, And, As, Assert, Async, Await, Break, Class, Continue, Def, Del,
            Elif, Else, Except, Finally, For, From, Global, If, Import, In, Is, Lambda, Nonlocal,
            Not, Or, Pass, Raise, Return, Try, While, With, Yield,
        ]
    };

    /// The keyword spelled `name`.
    pub fn from_name(name: &str) -> Option<Keyword> {
        match AnyKeyword::from_name(name)? {
            AnyKeyword::Hard(keyword) => Some(keyword),
            AnyKeyword::Soft(_) => None,
        }
    }

    /// How the keyword is spelled.
    pub fn as_str(self) -> &'static str {
        KEYWORDS[self as usize]
    }
}

/// The soft keywords of Python 3.11 (`keyword.softkwlist`): keywords only
/// where the grammar expects them, names everywhere else.
pub const SOFT_KEYWORDS: [&str; 3] = ["_", "case", "match"];

/// A soft keyword, in the order of [`SOFT_KEYWORDS`].
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum SoftKeyword {
    /// `_`
    Underscore,
    /// `case`
    Case,
    /// `match`
    Match,
}

impl SoftKeyword {
    /// Every soft keyword, in the order of [`SOFT_KEYWORDS`].
    pub const ALL: [SoftKeyword; 3] = [
        SoftKeyword::Underscore,
        SoftKeyword::Case,
        SoftKeyword::Match,
    ];

    /// The soft keyword spelled `name`.
    pub fn from_name(name: &str) -> Option<SoftKeyword> {
        match AnyKeyword::from_name(name)? {
            AnyKeyword::Soft(keyword) => Some(keyword),
            AnyKeyword::Hard(_) => None,
        }
    }
}

/// A hard or a soft keyword.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum AnyKeyword {
    /// A hard keyword.
    Hard(Keyword),
    /// A soft keyword.
    Soft(SoftKeyword),
}

impl AnyKeyword {
    /// The hard or soft keyword spelled `name`.
    ///
    /// The parser asks this for every name token, so it is a perfect hash
    /// rather than string comparisons: a name of up to 8 bytes is read as
    /// one integer, which picks the only keyword it can be.
    #[inline]
    pub fn from_name(name: &str) -> Option<AnyKeyword> {
        AnyKeyword::from_bytes(name.as_bytes())
    }

    /// The hard or soft keyword spelled `name`, as bytes (a name of the
    /// source text, without slicing it as a `str`).
    #[inline]
    pub fn from_bytes(name: &[u8]) -> Option<AnyKeyword> {
        let key = pack(name)?;
        let entry = KEYWORD_TABLE[slot(key)];
        // The length too: trailing NULs would not change the key.
        (entry.key == key && usize::from(entry.len) == name.len()).then_some(entry.keyword?)
    }
}

/// The bytes of a name of 1 to 8 bytes as an integer (little-endian, the
/// rest zero); longer names are no keywords.
#[inline]
fn pack(name: &[u8]) -> Option<u64> {
    let n = name.len();
    match n {
        // The first, middle and last bytes, without a loop: for one or
        // two bytes some are the same byte, put at the same place.
        1..=3 => Some(
            u64::from(name[0])
                | u64::from(name[n / 2]) << (8 * (n / 2))
                | u64::from(name[n - 1]) << (8 * (n - 1)),
        ),
        // Two 4-byte reads that overlap when `n < 8`: the overlapping
        // bytes are the same, at the same place.
        4..=8 => {
            let low = u32::from_le_bytes([name[0], name[1], name[2], name[3]]);
            let high = u32::from_le_bytes([name[n - 4], name[n - 3], name[n - 2], name[n - 1]]);
            Some(u64::from(low) | u64::from(high) << (8 * (n - 4)))
        }
        _ => None,
    }
}

/// [`pack`] at compile time.
const fn pack_const(name: &str) -> u64 {
    let bytes = name.as_bytes();
    let mut key = 0;
    let mut i = bytes.len();
    while i > 0 {
        i -= 1;
        key = (key << 8) | bytes[i] as u64;
    }
    key
}

/// The multiplier of the perfect hash: found by search, it sends the 38
/// keywords to 38 different slots of 64 (checked when the table is built).
const MULTIPLIER: u64 = 0xb57c_8e05_e3c9_b0e1;

#[inline]
const fn slot(key: u64) -> usize {
    (key.wrapping_mul(MULTIPLIER) >> 58) as usize
}

/// A slot of the keyword table.
#[derive(Clone, Copy)]
struct Entry {
    key: u64,
    len: u8,
    keyword: Option<AnyKeyword>,
}

/// Each keyword's packed name, at its slot.
const KEYWORD_TABLE: [Entry; 64] = {
    let mut table = [Entry {
        key: 0,
        len: 0,
        keyword: None,
    }; 64];
    let mut i = 0;
    while i < KEYWORDS.len() + SOFT_KEYWORDS.len() {
        let (name, keyword) = if i < KEYWORDS.len() {
            (KEYWORDS[i], AnyKeyword::Hard(Keyword::ALL[i]))
        } else {
            let soft = i - KEYWORDS.len();
            (
                SOFT_KEYWORDS[soft],
                AnyKeyword::Soft(SoftKeyword::ALL[soft]),
            )
        };
        let key = pack_const(name);
        assert!(table[slot(key)].keyword.is_none(), "keywords collide");
        table[slot(key)] = Entry {
            key,
            len: name.len() as u8,
            keyword: Some(keyword),
        };
        i += 1;
    }
    table
};

/// Whether `name` is a hard keyword.
pub fn is_keyword(name: &str) -> bool {
    Keyword::from_name(name).is_some()
}

/// Whether `name` is a soft keyword.
pub fn is_soft_keyword(name: &str) -> bool {
    SoftKeyword::from_name(name).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keyword_lists_are_sorted_for_binary_search() {
        assert!(KEYWORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(is_keyword("lambda") && is_keyword("False") && !is_keyword("match"));
        assert!(is_soft_keyword("match") && is_soft_keyword("_") && !is_soft_keyword("if"));
    }

    #[test]
    fn keywords_and_their_names_correspond() {
        for (keyword, name) in Keyword::ALL.iter().zip(KEYWORDS) {
            assert_eq!(keyword.as_str(), name);
            assert_eq!(Keyword::from_name(name), Some(*keyword));
        }
        for (keyword, name) in SoftKeyword::ALL.iter().zip(SOFT_KEYWORDS) {
            assert_eq!(SoftKeyword::from_name(name), Some(*keyword));
            assert_eq!(Keyword::from_name(name), None);
        }
        for name in [
            "",
            "x",
            "None\0",
            "_\0\0",
            "Fals",
            "Falsee",
            "false",
            "continues",
            "nonlocals",
            "ma",
            "cas",
        ] {
            assert_eq!(AnyKeyword::from_name(name), None, "{name}");
        }
    }
}
