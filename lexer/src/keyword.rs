//! Python 3.11's keywords and soft keywords.

/// The hard keywords of Python 3.11, as `keyword.kwlist` lists them.
pub const KEYWORDS: [&str; 35] = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// The soft keywords of Python 3.11 (`keyword.softkwlist`): keywords only
/// where the grammar expects them, names everywhere else.
pub const SOFT_KEYWORDS: [&str; 3] = ["_", "case", "match"];

/// Whether `name` is a hard keyword.
pub fn is_keyword(name: &str) -> bool {
    KEYWORDS.binary_search(&name).is_ok()
}

/// Whether `name` is a soft keyword.
pub fn is_soft_keyword(name: &str) -> bool {
    SOFT_KEYWORDS.contains(&name)
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
}
