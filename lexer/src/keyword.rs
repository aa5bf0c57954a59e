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

    /// The keyword spelled `name`. A `match` rather than a search of
    /// [`KEYWORDS`]: the parser asks this for every name token.
    pub fn from_name(name: &str) -> Option<Keyword> {
        Some(match name {
            "False" => Keyword::False,
            "None" => Keyword::None,
            "True" => Keyword::True,
            "and" => Keyword::And,
            "as" => Keyword::As,
            "assert" => Keyword::Assert,
            "async" => Keyword::Async,
            "await" => Keyword::Await,
            "break" => Keyword::Break,
            "class" => Keyword::Class,
            "continue" => Keyword::Continue,
            "def" => Keyword::Def,
            "del" => Keyword::Del,
            "elif" => Keyword::Elif,
            "else" => Keyword::Else,
            "except" => Keyword::Except,
            "finally" => Keyword::Finally,
            "for" => Keyword::For,
            "from" => Keyword::From,
            "global" => Keyword::Global,
            "if" => Keyword::If,
            "import" => Keyword::Import,
            "in" => Keyword::In,
            "is" => Keyword::Is,
            "lambda" => Keyword::Lambda,
            "nonlocal" => Keyword::Nonlocal,
            "not" => Keyword::Not,
            "or" => Keyword::Or,
            "pass" => Keyword::Pass,
            "raise" => Keyword::Raise,
            "return" => Keyword::Return,
            "try" => Keyword::Try,
            "while" => Keyword::While,
            "with" => Keyword::With,
            "yield" => Keyword::Yield,
            _ => return None,
        })
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
    /// The soft keyword spelled `name`.
    pub fn from_name(name: &str) -> Option<SoftKeyword> {
        Some(match name {
            "_" => SoftKeyword::Underscore,
            "case" => SoftKeyword::Case,
            "match" => SoftKeyword::Match,
            _ => return None,
        })
    }
}

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
        for name in SOFT_KEYWORDS {
            assert!(SoftKeyword::from_name(name).is_some());
        }
    }
}
