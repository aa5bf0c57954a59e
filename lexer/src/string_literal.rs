//! String literal tokens: splitting a token into prefix, quotes and body,
//! and decoding the body of a plain (non-f) string into its value.
//!
//! This mirrors CPython 3.11's `_PyPegen_parsestr` and
//! `decode_unicode_with_escapes` (`Parser/string_parser.c`), the
//! `unicodeescape` codec (`_PyUnicode_DecodeUnicodeEscapeInternal`) and
//! `_PyBytes_DecodeEscape`, so values, warnings and error messages are
//! CPython's. F-strings are split by [`crate::fstring`], which shares the
//! error and warning types defined here.
//!
//! Things worth knowing:
//!
//! - **Newlines.** CPython translates `\r\n` and lone `\r` to `\n` before
//!   tokenizing, so a literal's value never holds a `\r` that came from a line
//!   end, and `\` followed by `\r\n` is a line continuation. Token texts here
//!   are raw source, so the decoder applies the same translation.
//! - **Lone surrogates.** `'\ud800'` is a valid Python str but cannot be a Rust
//!   `String`. Such values come back as [`StringValue::StrWithSurrogates`], a
//!   vector of code points; every other str is a [`StringValue::Str`].
//! - **Warnings.** CPython 3.11 emits `DeprecationWarning: invalid escape
//!   sequence '\d'` (or `invalid octal escape sequence '\777'` for octal
//!   escapes above `\377`) once per token, for its first invalid escape only,
//!   at the line where the token starts. [`StringWarning`] carries the span of
//!   that escape; the line to report is the token's first line.
//! - **Error positions.** The message of a str escape error gives "position
//!   S-E" as CPython computes it: offsets into the body after CPython has
//!   rewritten every non-ASCII character as a 10-byte `\UXXXXXXXX` (and a
//!   backslash before one as `\u005c`). The [`StringError::span`] points at the
//!   offending escape in the source; CPython's SyntaxError itself points at
//!   whatever token the parser last fetched, which is not reproduced here.

mod escape;
mod unicode_name;

pub(crate) use escape::{decode_str, normalize_newlines, StrBuf};

use std::fmt;

use pyvm_source::Span;

/// The prefix letters of a string token, in any case and order.
///
/// Valid Python 3.11 prefixes are none, `r`, `u`, `b`, `f`, `br`, `rb`, `fr`
/// and `rf`, each letter in either case.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct StringPrefix {
    /// `r`: no escape processing.
    pub raw: bool,
    /// `b`: a bytes literal.
    pub bytes: bool,
    /// `f`: a formatted string literal, split by [`crate::fstring`].
    pub format: bool,
    /// `u`: a str literal, kept for Python 2 compatibility (no effect).
    pub unicode: bool,
}

impl StringPrefix {
    /// Parses the letters before the opening quote; `None` if they are not a
    /// valid prefix (such as `ur`, `bf` or `rr`).
    pub fn parse(letters: &str) -> Option<StringPrefix> {
        if letters.len() > 2 {
            return None;
        }
        let mut prefix = StringPrefix::default();
        for letter in letters.bytes() {
            let flag = match letter.to_ascii_lowercase() {
                b'r' => &mut prefix.raw,
                b'b' => &mut prefix.bytes,
                b'f' => &mut prefix.format,
                b'u' => &mut prefix.unicode,
                _ => return None,
            };
            if *flag {
                return None;
            }
            *flag = true;
        }
        if (prefix.unicode && letters.len() > 1) || (prefix.bytes && prefix.format) {
            return None;
        }
        Some(prefix)
    }
}

/// A string token split into its parts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StringLiteral<'a> {
    /// The prefix letters.
    pub prefix: StringPrefix,
    /// The quote character, `'` or `"`.
    pub quote: char,
    /// Whether the string is triple-quoted.
    pub triple: bool,
    /// The text between the quotes, exactly as in the source.
    pub body: &'a str,
    /// Byte offset of `body` within the token text.
    pub body_offset: u32,
}

/// The value of the STRING token `text` when it is a plain `str` literal
/// written as it reads: no prefix, and no backslash or carriage return in
/// its body. Most string literals are; their value is their body, which
/// this finds without [`split_string_token`] and
/// [`StringLiteral::decode`]. `None` for any other token.
///
/// ```
/// use pyvm_lexer::string_literal::plain_str_value;
///
/// assert_eq!(plain_str_value("'spam'"), Some("spam"));
/// assert_eq!(plain_str_value("\"\"\"a 'b'\"\"\""), Some("a 'b'"));
/// assert_eq!(plain_str_value("r'x'"), None);
/// assert_eq!(plain_str_value(r"'a\tb'"), None);
/// ```
pub fn plain_str_value(text: &str) -> Option<&str> {
    let bytes = text.as_bytes();
    let quote = *bytes.first()?;
    if quote != b'\'' && quote != b'"' {
        return None;
    }
    let quotes = if bytes.len() >= 6 && bytes[1] == quote && bytes[2] == quote {
        3
    } else {
        1
    };
    let end = bytes
        .len()
        .checked_sub(quotes)
        .filter(|&end| end >= quotes)?;
    if bytes[end..].iter().any(|&b| b != quote) {
        return None;
    }
    let body = &bytes[quotes..end];
    if memchr::memchr2(b'\\', b'\r', body).is_some() {
        return None;
    }
    text.get(quotes..end)
}

/// Splits the text of a STRING token into prefix, quotes and body.
///
/// Returns `None` unless the text has the shape of a string token: a valid
/// prefix, an opening quote (or three), the same closing quote(s), and no odd
/// run of backslashes escaping the closing quote. The interior of the body is
/// not re-validated (the tokenizer has done that).
pub fn split_string_token(text: &str) -> Option<StringLiteral<'_>> {
    u32::try_from(text.len()).ok()?;
    let bytes = text.as_bytes();
    let prefix_len = bytes.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    let prefix = StringPrefix::parse(&text[..prefix_len])?;
    let rest = &bytes[prefix_len..];
    let quote = *rest.first()?;
    if quote != b'\'' && quote != b'"' {
        return None;
    }
    // `''` is the empty string; any other text opening with two quotes must be
    // triple-quoted.
    let triple = rest.len() > 2 && rest[1] == quote;
    if triple && rest[2] != quote {
        return None;
    }
    let quotes = if triple { 3 } else { 1 };
    if rest.len() < 2 * quotes || rest[rest.len() - quotes..].iter().any(|&b| b != quote) {
        return None;
    }
    let body_start = prefix_len + quotes;
    let body = &text[body_start..text.len() - quotes];
    let trailing_backslashes = body.bytes().rev().take_while(|&b| b == b'\\').count();
    if trailing_backslashes % 2 == 1 {
        return None;
    }
    Some(StringLiteral {
        prefix,
        quote: char::from(quote),
        triple,
        body,
        body_offset: body_start as u32,
    })
}

/// The value of a plain string literal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StringValue {
    /// A str.
    Str(String),
    /// A str holding lone surrogates (from escapes such as `\ud800`), which a
    /// Rust `String` cannot hold: one `u32` per code point.
    StrWithSurrogates(Vec<u32>),
    /// A bytes value.
    Bytes(Vec<u8>),
}

/// A decoded string literal with the warnings CPython emits for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    /// The value.
    pub value: StringValue,
    /// Warnings, in the order CPython emits them (at most one per token).
    pub warnings: Vec<StringWarning>,
}

/// Decodes the text of a plain (non-f) string token starting at byte offset
/// `token_start` of its file.
///
/// Escapes are processed as CPython 3.11 does, unless the string is raw;
/// bytes literals must be ASCII. F-string tokens are rejected with
/// [`StringErrorKind::MalformedToken`]: use [`crate::fstring::split_fstring`].
///
/// ```
/// use pyvm_lexer::string_literal::{decode_string, StringValue};
///
/// let decoded = decode_string(r"'a\tb'", 0).unwrap();
/// assert_eq!(decoded.value, StringValue::Str("a\tb".to_string()));
/// ```
pub fn decode_string(text: &str, token_start: u32) -> Result<Decoded, StringError> {
    let token = token_span(text, token_start);
    let malformed = || StringError::new(StringErrorKind::MalformedToken, token);
    let literal = split_string_token(text).ok_or_else(malformed)?;
    if token_start.checked_add(text.len() as u32).is_none() {
        return Err(malformed());
    }
    literal.decode(token)
}

impl StringLiteral<'_> {
    /// Decodes the literal, a plain (non-f) string token at `token` in its
    /// file, as [`decode_string`] does (for a token already split).
    pub fn decode(&self, token: Span) -> Result<Decoded, StringError> {
        if self.prefix.format {
            return Err(StringError::new(StringErrorKind::MalformedToken, token));
        }
        let base = token.start + self.body_offset;
        let body = self.body;
        let mut warnings = Vec::new();
        let value = if self.prefix.bytes {
            // As `_PyPegen_parsestr`: checked before escapes, raw or not, and
            // reported on the whole token.
            if !body.is_ascii() {
                return Err(StringError::new(StringErrorKind::NonAsciiBytes, token));
            }
            if self.prefix.raw {
                StringValue::Bytes(normalize_newlines(body).into_bytes())
            } else {
                StringValue::Bytes(escape::decode_bytes(body, base, &mut warnings)?)
            }
        } else if self.prefix.raw {
            StringValue::Str(normalize_newlines(body))
        } else {
            match decode_str(body, base, &mut warnings)? {
                StrBuf::Utf8(text) => StringValue::Str(text),
                StrBuf::Wide(code_points) => StringValue::StrWithSurrogates(code_points),
            }
        };
        Ok(Decoded { value, warnings })
    }
}

/// The span of a whole token, clamped so it never overflows.
fn token_span(text: &str, token_start: u32) -> Span {
    let len = u32::try_from(text.len()).unwrap_or(u32::MAX);
    Span::new(token_start, token_start.saturating_add(len))
}

/// A string literal that CPython rejects, with the span of the offending text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StringError {
    /// What is wrong; its `Display` is CPython's message.
    pub kind: StringErrorKind,
    /// Where, as absolute byte offsets in the file.
    pub span: Span,
}

impl StringError {
    /// An error of `kind` at `span`.
    pub fn new(kind: StringErrorKind, span: Span) -> StringError {
        StringError { kind, span }
    }
}

impl fmt::Display for StringError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.kind.fmt(f)
    }
}

impl std::error::Error for StringError {}

/// The kinds of string and f-string errors; `Display` gives CPython 3.11's
/// SyntaxError message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StringErrorKind {
    /// The text is not a well-formed token for the function it was given to.
    /// pyvm's own: the tokenizer never hands over such a token.
    MalformedToken,
    /// A bytes literal holds a non-ASCII character.
    NonAsciiBytes,
    /// A str escape the `unicodeescape` codec rejects. `start..end` are
    /// CPython's positions (see the module docs), `end` exclusive.
    UnicodeEscape {
        /// Position of the backslash.
        start: usize,
        /// Position just past the rejected text.
        end: usize,
        /// What is wrong with the escape.
        reason: UnicodeEscapeReason,
    },
    /// A bytes `\x` escape without two hex digits; `position` is that of the
    /// backslash in the body.
    BytesEscape {
        /// Position of the backslash.
        position: usize,
    },
    /// A bytes body ending in a lone backslash.
    BytesTrailingBackslash,
    /// An f-string ended where a `}` was expected.
    FStringExpectingBrace,
    /// A lone `}` in the literal part of an f-string.
    FStringSingleClosingBrace,
    /// A replacement field with nothing (or only whitespace) before its `}`.
    FStringEmptyExpression,
    /// A replacement field with nothing before its `!`, `:` or `=`.
    FStringExpressionRequired {
        /// The character that ended the empty expression.
        before: char,
    },
    /// A backslash inside an f-string expression.
    FStringBackslash,
    /// A `#` inside an f-string expression.
    FStringHash,
    /// A bracket without its partner in an f-string expression.
    FStringUnmatched {
        /// The unmatched bracket.
        bracket: char,
    },
    /// A closing bracket of the wrong kind in an f-string expression.
    FStringMismatchedParen {
        /// The closing bracket found.
        closing: char,
        /// The opening bracket it should have matched.
        opening: char,
    },
    /// A conversion other than `!s`, `!r` or `!a`.
    FStringInvalidConversion,
    /// A string inside an f-string expression that is not closed.
    FStringUnterminatedString,
    /// More than 200 open brackets in an f-string expression.
    FStringTooManyNestedParens,
    /// A replacement field inside a format spec inside a format spec.
    FStringNestedTooDeeply,
}

impl fmt::Display for StringErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use StringErrorKind::*;
        match self {
            MalformedToken => f.write_str("malformed string token"),
            NonAsciiBytes => f.write_str("bytes can only contain ASCII literal characters"),
            UnicodeEscape { start, end, reason } => {
                f.write_str("(unicode error) 'unicodeescape' codec can't decode ")?;
                if end.saturating_sub(*start) > 1 {
                    write!(f, "bytes in position {}-{}: {reason}", start, end - 1)
                } else {
                    write!(f, "byte 0x5c in position {start}: {reason}")
                }
            }
            BytesEscape { position } => {
                write!(f, "(value error) invalid \\x escape at position {position}")
            }
            BytesTrailingBackslash => f.write_str("(value error) Trailing \\ in string"),
            FStringExpectingBrace => f.write_str("f-string: expecting '}'"),
            FStringSingleClosingBrace => f.write_str("f-string: single '}' is not allowed"),
            FStringEmptyExpression => f.write_str("f-string: empty expression not allowed"),
            FStringExpressionRequired { before } => {
                write!(f, "f-string: expression required before '{before}'")
            }
            FStringBackslash => f.write_str("f-string expression part cannot include a backslash"),
            FStringHash => f.write_str("f-string expression part cannot include '#'"),
            FStringUnmatched { bracket } => write!(f, "f-string: unmatched '{bracket}'"),
            FStringMismatchedParen { closing, opening } => write!(
                f,
                "f-string: closing parenthesis '{closing}' does not match opening parenthesis \
                 '{opening}'"
            ),
            FStringInvalidConversion => {
                f.write_str("f-string: invalid conversion character: expected 's', 'r', or 'a'")
            }
            FStringUnterminatedString => f.write_str("f-string: unterminated string"),
            FStringTooManyNestedParens => f.write_str("f-string: too many nested parenthesis"),
            FStringNestedTooDeeply => f.write_str("f-string: expressions nested too deeply"),
        }
    }
}

/// Why the `unicodeescape` codec rejected an escape; `Display` gives its text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnicodeEscapeReason {
    /// `\x` without two hex digits.
    TruncatedX,
    /// `\u` without four hex digits.
    TruncatedU,
    /// `\U` without eight hex digits.
    TruncatedBigU,
    /// `\U` above `0010FFFF`.
    IllegalCharacter,
    /// `\N` not followed by `{name}`.
    MalformedN,
    /// `\N{name}` with a name CPython does not know.
    UnknownName,
}

impl fmt::Display for UnicodeEscapeReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            UnicodeEscapeReason::TruncatedX => "truncated \\xXX escape",
            UnicodeEscapeReason::TruncatedU => "truncated \\uXXXX escape",
            UnicodeEscapeReason::TruncatedBigU => "truncated \\UXXXXXXXX escape",
            UnicodeEscapeReason::IllegalCharacter => "illegal Unicode character",
            UnicodeEscapeReason::MalformedN => "malformed \\N character escape",
            UnicodeEscapeReason::UnknownName => "unknown Unicode character name",
        })
    }
}

/// A warning CPython 3.11 emits while decoding a literal (a
/// `DeprecationWarning`; 3.12 makes it a `SyntaxWarning`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StringWarning {
    /// What the warning is about; `Display` gives CPython's message.
    pub kind: StringWarningKind,
    /// The escape sequence, as absolute byte offsets in the file.
    pub span: Span,
}

/// The kinds of string warnings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StringWarningKind {
    /// A backslash before a character that starts no escape; both are kept.
    InvalidEscape(char),
    /// An octal escape above `\377`; the value is the escape's number.
    InvalidOctalEscape(u32),
}

impl fmt::Display for StringWarningKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StringWarningKind::InvalidEscape(c) => write!(f, "invalid escape sequence '\\{c}'"),
            StringWarningKind::InvalidOctalEscape(value) => {
                write!(f, "invalid octal escape sequence '\\{value:o}'")
            }
        }
    }
}

impl fmt::Display for StringWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.kind.fmt(f)
    }
}
