//! Splitting an f-string token into literal parts and replacement fields.
//!
//! In Python 3.11 an f-string is a single STRING token that the parser takes
//! apart, as CPython's `fstring_find_literal` and `fstring_find_expr`
//! (`Parser/string_parser.c`) do. This module does the taking apart: it finds
//! each field's expression, `=`, conversion and format spec, decodes the
//! literal text between fields, and reports CPython's f-string errors. The
//! parser then parses each expression from its [`FStringField::expression`]
//! span of the source.
//!
//! Like CPython, the splitter does not understand expressions: it tracks
//! brackets and quoted strings only well enough to find where an expression
//! ends. CPython compiles each expression as soon as it has found it, so a
//! syntax error in an expression wins over any f-string error further on; the
//! [`FStringError::expressions_before`] spans let the parser reproduce that.
//!
//! CPython decodes each literal chunk (text between fields and doubled
//! braces) separately, so the positions in escape error messages count from
//! the start of the chunk, and each chunk can warn once about an invalid
//! escape. A `\{` in a non-raw f-string warns as an invalid escape and still
//! opens a field (the backslash stays in the literal).

use std::fmt;

use pyvm_source::Span;

use crate::string_literal::{
    decode_str, normalize_newlines, split_string_token, StrBuf, StringError, StringErrorKind,
    StringWarning, StringWarningKind,
};

/// CPython's `MAXLEVEL`: open brackets allowed in one expression.
const MAX_BRACKET_DEPTH: usize = 200;

/// Nesting level at which a replacement field is refused: a field may sit in
/// a format spec, but not in a spec nested inside another spec.
const MAX_FIELD_LEVEL: u32 = 2;

/// A piece of an f-string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FStringPart {
    /// Literal text, escapes decoded (unless raw) and `{{`/`}}` undoubled.
    /// Adjacent chunks are merged into one part.
    Literal {
        /// The text.
        value: String,
        /// Its source, including any doubled braces.
        span: Span,
    },
    /// Literal text holding lone surrogates (from escapes such as `\ud800`),
    /// which a `String` cannot hold: one `u32` per code point.
    LiteralWithSurrogates {
        /// The code points.
        value: Vec<u32>,
        /// Its source, including any doubled braces.
        span: Span,
    },
    /// A replacement field, `{expression=!conversion:format_spec}`.
    Field(FStringField),
}

/// A replacement field of an f-string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FStringField {
    /// The source of the expression: everything after `{` up to the `=`,
    /// `!`, `:` or `}` that ends it, whitespace included (CPython parses it
    /// wrapped in parentheses). It may span lines and holds no backslash.
    pub expression: Span,
    /// For the self-documenting form `{expr=}`: the text CPython inserts
    /// before the value, which is the expression's source, the `=` and the
    /// whitespace after it (line ends as `\n`).
    pub debug_text: Option<String>,
    /// The conversion, as CPython stores it: the one written (`s`, `r` or
    /// `a`), or `r` for a self-documenting field with neither a conversion
    /// nor a format spec.
    pub conversion: Option<char>,
    /// The format spec after `:`, itself literal parts and fields (an empty
    /// spec is `Some` of no parts).
    pub format_spec: Option<Vec<FStringPart>>,
    /// The whole field, from `{` to `}`.
    pub span: Span,
}

/// A split f-string with the warnings CPython emits for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SplitFString {
    /// The literal parts and fields, in source order.
    pub parts: Vec<FStringPart>,
    /// Invalid-escape warnings, in the order CPython emits them.
    pub warnings: Vec<StringWarning>,
}

/// An f-string CPython rejects.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FStringError {
    /// The error the splitter found.
    pub error: StringError,
    /// The expressions CPython would already have compiled when it hit
    /// `error`, in order. If one of them does not parse, CPython reports that
    /// syntax error instead.
    pub expressions_before: Vec<Span>,
}

impl fmt::Display for FStringError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.error.fmt(f)
    }
}

impl std::error::Error for FStringError {}

/// Splits the text of an f-string token starting at byte offset
/// `token_start` of its file.
///
/// ```
/// use pyvm_lexer::fstring::{split_fstring, FStringPart};
///
/// let split = split_fstring("f'a{x!r:>{w}}'", 10).unwrap();
/// let [FStringPart::Literal { value, .. }, FStringPart::Field(field)] = &split.parts[..] else {
///     panic!("unexpected parts");
/// };
/// assert_eq!(value, "a");
/// assert_eq!(field.expression.range(), 14..15);
/// assert_eq!(field.conversion, Some('r'));
/// ```
pub fn split_fstring(text: &str, token_start: u32) -> Result<SplitFString, FStringError> {
    let malformed = || {
        let len = u32::try_from(text.len()).unwrap_or(u32::MAX);
        let span = Span::new(token_start, token_start.saturating_add(len));
        let error = StringError::new(StringErrorKind::MalformedToken, span);
        FStringError {
            error,
            expressions_before: Vec::new(),
        }
    };
    let literal = split_string_token(text).ok_or_else(malformed)?;
    if !literal.prefix.format || token_start.checked_add(text.len() as u32).is_none() {
        return Err(malformed());
    }
    let mut splitter = Splitter {
        body: literal.body,
        base: token_start + literal.body_offset,
        raw: literal.prefix.raw,
        warnings: Vec::new(),
        expressions: Vec::new(),
    };
    let mut pos = 0;
    match splitter.parts(&mut pos, 0) {
        Ok(parts) => Ok(SplitFString {
            parts,
            warnings: splitter.warnings,
        }),
        Err(error) => Err(FStringError {
            error,
            expressions_before: splitter.expressions,
        }),
    }
}

/// The state of one split: the body and what has been found so far.
struct Splitter<'a> {
    /// The text between the quotes.
    body: &'a str,
    /// Absolute offset of `body`.
    base: u32,
    /// Whether the f-string is raw.
    raw: bool,
    /// Warnings so far.
    warnings: Vec<StringWarning>,
    /// Expressions found so far (CPython would have compiled them).
    expressions: Vec<Span>,
}

/// Where a literal chunk ends, as `fstring_find_literal` reports it.
enum ChunkEnd {
    /// At the end of the body.
    End,
    /// At a `{` opening a field, at the given index.
    Field(usize),
    /// At a `}` closing a format spec, at the given index.
    SpecEnd(usize),
    /// The chunk ends at `end` and scanning goes on at `resume` (after a
    /// doubled brace, of which the chunk keeps one).
    Resume {
        /// End of the chunk.
        end: usize,
        /// Where the next chunk starts.
        resume: usize,
    },
}

/// A literal part being gathered from chunks.
struct PendingLiteral {
    /// The text so far, if any.
    value: Option<StrBuf>,
    /// Body indexes of its source.
    start: usize,
    end: usize,
}

impl Splitter<'_> {
    /// Parses literal parts and fields from `pos` to the end of the body, or
    /// (in a format spec, `level > 0`) to the `}` closing the spec.
    fn parts(&mut self, pos: &mut usize, level: u32) -> Result<Vec<FStringPart>, StringError> {
        let mut parts = Vec::new();
        let mut literal = PendingLiteral {
            value: None,
            start: *pos,
            end: *pos,
        };
        loop {
            let chunk_start = *pos;
            let stop = self.find_chunk_end(chunk_start, level)?;
            let (chunk_end, source_end) = match stop {
                ChunkEnd::End => (self.body.len(), self.body.len()),
                ChunkEnd::Field(at) | ChunkEnd::SpecEnd(at) => (at, at),
                ChunkEnd::Resume { end, resume } => (end, resume),
            };
            if chunk_end > chunk_start {
                let value = self.decode_chunk(chunk_start, chunk_end)?;
                if literal.value.is_none() {
                    literal.start = chunk_start;
                }
                literal.end = source_end;
                match &mut literal.value {
                    Some(buf) => buf.append(value),
                    None => literal.value = Some(value),
                }
            }
            *pos = source_end;
            match stop {
                ChunkEnd::Resume { .. } => continue,
                ChunkEnd::End | ChunkEnd::SpecEnd(_) => break,
                ChunkEnd::Field(_) => {
                    self.flush(&mut literal, &mut parts);
                    let field = self.field(pos, level)?;
                    parts.push(FStringPart::Field(field));
                }
            }
        }
        self.flush(&mut literal, &mut parts);
        if level > 0 && self.body.as_bytes().get(*pos) != Some(&b'}') {
            return Err(self.error(StringErrorKind::FStringExpectingBrace, *pos, *pos));
        }
        Ok(parts)
    }

    /// Moves a gathered literal, if any, into `parts`.
    fn flush(&self, literal: &mut PendingLiteral, parts: &mut Vec<FStringPart>) {
        let span = self.span(literal.start, literal.end);
        parts.push(match literal.value.take() {
            // A chunk can decode to nothing (a line continuation); CPython
            // drops empty literals.
            None => return,
            Some(StrBuf::Utf8(value)) if value.is_empty() => return,
            Some(StrBuf::Utf8(value)) => FStringPart::Literal { value, span },
            Some(StrBuf::Wide(value)) => FStringPart::LiteralWithSurrogates { value, span },
        });
    }

    /// Finds the end of the literal chunk starting at `start`, as CPython's
    /// `fstring_find_literal`: at a `{`, at a `}` (doubled ones at the top
    /// level are literal), or at the end.
    fn find_chunk_end(&mut self, start: usize, level: u32) -> Result<ChunkEnd, StringError> {
        let bytes = self.body.as_bytes();
        let mut at = start;
        while at < bytes.len() {
            let mut c = bytes[at];
            at += 1;
            if !self.raw && c == b'\\' && at < bytes.len() {
                c = bytes[at];
                at += 1;
                if c == b'N' {
                    if bytes.get(at) == Some(&b'{') {
                        // `\N{...}`: its braces are no field.
                        at += bytes[at..]
                            .iter()
                            .position(|&b| b == b'}')
                            .map_or(bytes.len() - at, |close| close + 1);
                        continue;
                    }
                    // CPython ends the chunk here (a byte later, which makes
                    // no difference): decoding it fails on the malformed \N.
                    return Ok(ChunkEnd::Resume {
                        end: at,
                        resume: at,
                    });
                }
                if c == b'{' {
                    self.warn(StringWarningKind::InvalidEscape('{'), at - 2, at);
                }
            }
            if c == b'{' || c == b'}' {
                if level == 0 {
                    if bytes.get(at) == Some(&c) {
                        return Ok(ChunkEnd::Resume {
                            end: at,
                            resume: at + 1,
                        });
                    }
                    if c == b'}' {
                        let kind = StringErrorKind::FStringSingleClosingBrace;
                        return Err(self.error(kind, at - 1, at));
                    }
                }
                return Ok(if c == b'{' {
                    ChunkEnd::Field(at - 1)
                } else {
                    ChunkEnd::SpecEnd(at - 1)
                });
            }
        }
        Ok(ChunkEnd::End)
    }

    /// Decodes the literal chunk `start..end`.
    fn decode_chunk(&mut self, start: usize, end: usize) -> Result<StrBuf, StringError> {
        let chunk = &self.body[start..end];
        if self.raw {
            return Ok(StrBuf::Utf8(normalize_newlines(chunk)));
        }
        decode_str(chunk, self.base + start as u32, &mut self.warnings)
    }

    /// Parses the replacement field whose `{` is at `*pos`, as CPython's
    /// `fstring_find_expr`, leaving `*pos` after its `}`.
    fn field(&mut self, pos: &mut usize, level: u32) -> Result<FStringField, StringError> {
        use StringErrorKind::*;
        let bytes = self.body.as_bytes();
        let open = *pos;
        if level >= MAX_FIELD_LEVEL {
            return Err(self.error(FStringNestedTooDeeply, open, open + 1));
        }
        let expr_start = open + 1;
        let expr_end = self.find_expression_end(expr_start)?;
        let mut at = expr_end;
        if at >= bytes.len() {
            return Err(self.error(FStringExpectingBrace, at, at));
        }
        // CPython compiles the expression here; an empty one is its error.
        let blank = |b: &u8| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c');
        if bytes[expr_start..expr_end].iter().all(blank) {
            let kind = match bytes[at] {
                b @ (b'!' | b':' | b'=') => FStringExpressionRequired {
                    before: char::from(b),
                },
                _ => FStringEmptyExpression,
            };
            return Err(self.error(kind, open, at + 1));
        }
        let expression = self.span(expr_start, expr_end);
        self.expressions.push(expression);

        let mut debug_text = None;
        if bytes[at] == b'=' {
            at += 1;
            // Python's isspace on ASCII: also \v, unlike the blank test above.
            while at < bytes.len() && matches!(bytes[at], b' ' | b'\t'..=b'\r') {
                at += 1;
            }
            debug_text = Some(normalize_newlines(&self.body[expr_start..at]));
        }
        let mut conversion = None;
        if bytes.get(at) == Some(&b'!') {
            at += 1;
            let Some(c) = self.body[at..].chars().next() else {
                return Err(self.error(FStringExpectingBrace, at, at));
            };
            if !matches!(c, 's' | 'r' | 'a') {
                return Err(self.error(FStringInvalidConversion, at, at + c.len_utf8()));
            }
            at += c.len_utf8();
            conversion = Some(c);
        }
        let mut format_spec = None;
        if bytes.get(at) == Some(&b':') {
            at += 1;
            if at >= bytes.len() {
                return Err(self.error(FStringExpectingBrace, at, at));
            }
            *pos = at;
            format_spec = Some(self.parts(pos, level + 1)?);
            at = *pos;
        }
        if bytes.get(at) != Some(&b'}') {
            return Err(self.error(FStringExpectingBrace, at, at));
        }
        at += 1;
        *pos = at;
        if debug_text.is_some() && conversion.is_none() && format_spec.is_none() {
            conversion = Some('r');
        }
        Ok(FStringField {
            expression,
            debug_text,
            conversion,
            format_spec,
            span: self.span(open, at),
        })
    }

    /// Finds where the expression starting at `start` ends: at a `!`, `:`,
    /// `=` or `}` outside brackets and strings (but not in `!=`, `==`, `<=`,
    /// `>=`), or at the end of the body.
    fn find_expression_end(&self, start: usize) -> Result<usize, StringError> {
        use StringErrorKind::*;
        let bytes = self.body.as_bytes();
        // The quote of the string the scan is in (0 if none), whether it is
        // triple-quoted, and where it opened.
        let (mut quote, mut triple, mut quote_start) = (0u8, false, 0);
        let mut brackets: Vec<(u8, usize)> = Vec::new();
        let mut at = start;
        while at < bytes.len() {
            let c = bytes[at];
            if c == b'\\' {
                return Err(self.error(FStringBackslash, at, at + 1));
            }
            if quote != 0 {
                if c == quote {
                    if !triple {
                        quote = 0;
                    } else if bytes.get(at + 1) == Some(&c) && bytes.get(at + 2) == Some(&c) {
                        quote = 0;
                        at += 2;
                    }
                }
            } else if c == b'\'' || c == b'"' {
                quote_start = at;
                triple = bytes.get(at + 1) == Some(&c) && bytes.get(at + 2) == Some(&c);
                if triple {
                    at += 2;
                }
                quote = c;
            } else if matches!(c, b'(' | b'[' | b'{') {
                if brackets.len() >= MAX_BRACKET_DEPTH {
                    return Err(self.error(FStringTooManyNestedParens, at, at + 1));
                }
                brackets.push((c, at));
            } else if c == b'#' {
                return Err(self.error(FStringHash, at, at + 1));
            } else if brackets.is_empty() && matches!(c, b'!' | b':' | b'}' | b'=' | b'<' | b'>') {
                if bytes.get(at + 1) == Some(&b'=') && matches!(c, b'!' | b'=' | b'<' | b'>') {
                    at += 2;
                    continue;
                }
                if c != b'<' && c != b'>' {
                    break;
                }
            } else if matches!(c, b')' | b']' | b'}') {
                let bracket = char::from(c);
                let Some((opening, _)) = brackets.pop() else {
                    return Err(self.error(FStringUnmatched { bracket }, at, at + 1));
                };
                if (opening, c) != (b'(', b')')
                    && (opening, c) != (b'[', b']')
                    && (opening, c) != (b'{', b'}')
                {
                    let opening = char::from(opening);
                    let kind = FStringMismatchedParen {
                        closing: bracket,
                        opening,
                    };
                    return Err(self.error(kind, at, at + 1));
                }
            }
            at += 1;
        }
        if quote != 0 {
            let len = if triple { 3 } else { 1 };
            return Err(self.error(FStringUnterminatedString, quote_start, quote_start + len));
        }
        if let Some(&(opening, opened_at)) = brackets.last() {
            let kind = FStringUnmatched {
                bracket: char::from(opening),
            };
            return Err(self.error(kind, opened_at, opened_at + 1));
        }
        Ok(at)
    }

    /// Records a warning for the body's `start..end`.
    fn warn(&mut self, kind: StringWarningKind, start: usize, end: usize) {
        let span = self.span(start, end);
        self.warnings.push(StringWarning { kind, span });
    }

    /// An error at the body's `start..end`.
    fn error(&self, kind: StringErrorKind, start: usize, end: usize) -> StringError {
        StringError::new(kind, self.span(start, end))
    }

    /// The absolute span of the body's `start..end`.
    fn span(&self, start: usize, end: usize) -> Span {
        Span::new(self.base + start as u32, self.base + end as u32)
    }
}
