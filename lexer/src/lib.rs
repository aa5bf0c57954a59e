//! The Python 3.11 lexer of pyvm: source text to tokens.
//!
//! [`Lexer`] is an iterator of [`Token`]s (kind and byte [`Span`]), with the
//! token kinds of CPython's `token` module, including `COMMENT`, `NL` and
//! `ERRORTOKEN`, so that its stream lines up with `python -m tokenize`.
//! Errors CPython's compiler would report are collected beside the stream,
//! each with CPython's message.
//!
//! ```
//! use pyvm_lexer::{tokenize, TokenKind};
//!
//! let source = "if x:\n    y = 0x1F  # hex\n";
//! let lexed = tokenize(source);
//! assert!(lexed.errors.is_empty());
//! let kinds: Vec<&str> = lexed.tokens.iter().map(|t| t.kind.name()).collect();
//! assert_eq!(
//!     kinds,
//!     ["NAME", "NAME", "OP", "NEWLINE", "INDENT", "NAME", "OP", "NUMBER", "COMMENT",
//!      "NEWLINE", "DEDENT", "ENDMARKER"]
//! );
//! assert_eq!(lexed.tokens[7].text(source), "0x1F");
//!
//! let bad = tokenize("x = 0777\n");
//! assert_eq!(
//!     bad.errors[0].to_string(),
//!     "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"
//! );
//! ```
//!
//! String and f-string tokens are decoded separately: [`string_literal`]
//! gives the value of a literal, [`fstring`] splits an f-string into literal
//! parts and replacement fields. [`encoding`] turns the bytes of a source
//! file into text as PEP 263 says.

pub mod dump;
pub mod encoding;
mod error;
pub mod fstring;
mod keyword;
mod lexer;
mod number;
mod runs;
pub mod string_literal;
mod token;
pub mod unicode;
mod unicode_tables;

use std::borrow::Cow;

pub use error::{ExceptionClass, LexError, LexErrorKind, NumberKind};
pub use keyword::{
    is_keyword, is_soft_keyword, AnyKeyword, Keyword, SoftKeyword, KEYWORDS, SOFT_KEYWORDS,
};
pub use lexer::{Dialect, Lexer, TokenSink};
pub use pyvm_source::Span;
pub use token::{Token, TokenKind};

use unicode_normalization::{is_nfkc_quick, IsNormalized, UnicodeNormalization};

/// All tokens of a source text, with the errors found on the way.
#[derive(Clone, Debug, Default)]
pub struct Lexed {
    /// The tokens, ending with `ENDMARKER` unless a fatal error stopped the lexer.
    pub tokens: Vec<Token>,
    /// The errors, in the order found.
    pub errors: Vec<LexError>,
}

impl Lexed {
    /// The first fatal error, if lexing stopped early.
    pub fn fatal_error(&self) -> Option<&LexError> {
        self.errors.iter().find(|e| e.kind.is_fatal())
    }
}

/// Lexes all of `source` (decoded text without a BOM) as the compiler does.
pub fn tokenize(source: &str) -> Lexed {
    tokenize_with(source, Dialect::Python)
}

/// Lexes all of `source` with names delimited as `dialect` says.
pub fn tokenize_with(source: &str, dialect: Dialect) -> Lexed {
    let mut lexer = Lexer::with_dialect(source, dialect);
    let tokens = lexer.collect_tokens();
    Lexed {
        tokens,
        errors: lexer.take_errors(),
    }
}

/// Lexes all of `source` as the compiler does into `sink`; gives the sink
/// and the errors found.
pub fn tokenize_into<S: TokenSink>(source: &str, sink: S) -> (S, Vec<LexError>) {
    Lexer::with_sink(source, Dialect::Python, sink).finish_into_sink()
}

/// An identifier as the compiler sees it: NFKC-normalised, as PEP 3131 says
/// (`ﬁ` and `fi` are the same name). ASCII names are returned as they are.
pub fn normalize_identifier(name: &str) -> Cow<'_, str> {
    if name.is_ascii() || is_nfkc_quick(name.chars()) == IsNormalized::Yes {
        Cow::Borrowed(name)
    } else {
        Cow::Owned(name.nfkc().collect())
    }
}
