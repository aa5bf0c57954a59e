//! The lexer: source text to a stream of tokens.
//!
//! Token boundaries follow Python's `tokenize` module line by line, so that
//! `pyvm tokens` prints exactly what `python -m tokenize` prints, including
//! its `NL`/`COMMENT` tokens and its recovery from malformed input. Where
//! CPython's compiler would reject the input, the lexer also records a
//! [`LexError`] with the C tokenizer's message; only the errors `tokenize`
//! itself stops at end the token stream.

use memchr::{memchr, memchr2, memchr3};
use pyvm_source::Span;

use crate::error::{LexError, LexErrorKind};
use crate::number::{check_number, number_end};
use crate::runs::{ascii_word_end, spaces_end};
use crate::token::{match_operator, Token, TokenKind};
use crate::unicode::{
    first_invalid_identifier_char, is_identifier_continue, is_printable, is_word_char,
};

/// `tokenize`'s tab size for measuring indentation.
const TAB_SIZE: u32 = 8;
/// CPython's `MAXINDENT`: at most this many indentation levels.
const MAX_INDENT: usize = 100;
/// CPython's `MAXLEVEL`: at most this many brackets open at once.
const MAX_BRACKET_DEPTH: usize = 200;

/// One level of the indentation stack, measured twice as CPython does:
/// with tabs to multiples of 8, and with tabs as one column. Indentation
/// that compares differently under the two is ambiguous (`TabError`).
#[derive(Clone, Copy)]
struct Indentation {
    column: u32,
    alt_column: u32,
}

#[derive(Clone, Copy)]
struct OpenBracket {
    byte: u8,
    offset: u32,
}

/// Where a name ends when it contains non-ASCII characters.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub enum Dialect {
    /// As CPython's compiler: a name runs over every character that may
    /// continue an identifier (`XID_Continue`), so `e` followed by a
    /// combining accent is one name.
    #[default]
    Python,
    /// As Python's `tokenize` module: a name is `\w+`, which stops at
    /// combining marks (they become `ERRORTOKEN`s). Used by `pyvm tokens`.
    TokenizeModule,
}

/// An iterator of [`Token`]s over Python source text.
///
/// Errors are collected on the side ([`Lexer::errors`]); the iterator ends
/// after `ENDMARKER`, or right after a fatal error (see
/// [`LexErrorKind::is_fatal`]).
pub struct Lexer<'src, S: TokenSink = Vec<Token>> {
    source: &'src str,
    bytes: &'src [u8],
    /// End of the physical line being scanned (after its `\n`); start of
    /// the next one. While a line is scanned, until its end is found (most
    /// often by reading its line break), the end of the input: no token
    /// but a line break or a string spans a `\n`, so scanning stops at the
    /// same place either way, without a search for the `\n` first.
    line_end: usize,
    /// `tokenize`'s bracket depth: may go negative on stray closers.
    paren_level: i32,
    /// The previous line ended with a backslash continuation.
    continued: bool,
    indents: Vec<Indentation>,
    brackets: Vec<OpenBracket>,
    /// Where found tokens go; for the iterator, a queue of tokens not yet
    /// returned, from `next_pending` on.
    sink: S,
    next_pending: usize,
    errors: Vec<LexError>,
    finished: bool,
    dialect: Dialect,
}

impl<'src> Lexer<'src> {
    /// A lexer over `source`, which must already be decoded (see
    /// [`crate::encoding::decode_source`]) and must not include a BOM.
    pub fn new(source: &'src str) -> Lexer<'src> {
        Lexer::with_dialect(source, Dialect::Python)
    }

    /// A lexer over `source` that delimits names as `dialect` says.
    pub fn with_dialect(source: &'src str, dialect: Dialect) -> Lexer<'src> {
        Lexer::with_sink(source, dialect, Vec::new())
    }

    /// All remaining tokens at once, without going through the iterator.
    pub fn collect_tokens(&mut self) -> Vec<Token> {
        // Python source averages a token per five or six bytes: one
        // allocation instead of a dozen copies while the list grows.
        self.sink.reserve(self.bytes.len() / 5);
        while !self.finished {
            self.fill();
        }
        let mut tokens = std::mem::take(&mut self.sink);
        tokens.drain(..self.next_pending);
        self.next_pending = 0;
        tokens
    }
}

/// Where a [`Lexer`] puts the tokens it finds, in order: a `Vec`, or the
/// caller's own representation of the stream, built in the same pass.
pub trait TokenSink {
    /// Takes the next token.
    fn push(&mut self, token: Token);

    /// Takes the next token, a `NAME` whose text is all ASCII if `ascii`
    /// (as most are: a sink may then skip normalising it).
    #[inline]
    fn push_name(&mut self, token: Token, ascii: bool) {
        let _ = ascii;
        self.push(token);
    }
}

impl TokenSink for Vec<Token> {
    #[inline]
    fn push(&mut self, token: Token) {
        Vec::push(self, token);
    }
}

impl<'src, S: TokenSink> Lexer<'src, S> {
    /// A lexer over `source` that delimits names as `dialect` says and
    /// gives its tokens to `sink`.
    pub fn with_sink(source: &'src str, dialect: Dialect, sink: S) -> Lexer<'src, S> {
        let mut lexer = Lexer {
            source,
            bytes: source.as_bytes(),
            line_end: 0,
            paren_level: 0,
            continued: false,
            indents: vec![Indentation {
                column: 0,
                alt_column: 0,
            }],
            brackets: Vec::new(),
            sink,
            next_pending: 0,
            errors: Vec::new(),
            finished: false,
            dialect,
        };
        // CPython refuses a NUL anywhere, before tokenizing.
        if let Some(at) = memchr(0, lexer.bytes) {
            lexer.error(LexErrorKind::NullByte, at, at + 1);
        }
        lexer
    }

    /// The errors found so far, in source order of discovery.
    pub fn errors(&self) -> &[LexError] {
        &self.errors
    }

    /// Lexes the rest of the input into the sink; gives the sink and the
    /// errors.
    pub fn finish_into_sink(mut self) -> (S, Vec<LexError>) {
        while !self.finished {
            self.fill();
        }
        (self.sink, self.errors)
    }

    /// Takes the errors found so far.
    pub fn take_errors(&mut self) -> Vec<LexError> {
        std::mem::take(&mut self.errors)
    }

    #[inline]
    fn push(&mut self, kind: TokenKind, start: usize, end: usize) {
        self.sink.push(Token {
            kind,
            span: Span::new(start as u32, end as u32),
        });
    }

    fn error(&mut self, kind: LexErrorKind, start: usize, end: usize) {
        self.errors.push(LexError {
            kind,
            span: Span::new(start as u32, end as u32),
        });
    }

    fn fatal(&mut self, kind: LexErrorKind, start: usize, end: usize) {
        self.error(kind, start, end);
        self.finished = true;
    }

    /// The 1-based number of the line containing `offset`, for messages.
    fn line_number(&self, offset: usize) -> u32 {
        let before = &self.bytes[..offset.min(self.bytes.len())];
        memchr::memchr_iter(b'\n', before).count() as u32 + 1
    }

    /// The number of the last line, where CPython detects unterminated strings.
    fn last_line_number(&self) -> u32 {
        self.line_number(self.bytes.len().saturating_sub(1))
    }

    /// The end of the physical line starting at `start` (after its `\n`).
    fn end_of_line(&self, start: usize) -> usize {
        match memchr(b'\n', &self.bytes[start..]) {
            Some(i) => start + i + 1,
            None => self.bytes.len(),
        }
    }

    /// Reads the next physical line and queues its tokens.
    fn fill(&mut self) {
        let start = self.line_end;
        if start >= self.bytes.len() {
            self.at_end_of_input();
            return;
        }
        self.line_end = self.bytes.len();
        let pos = if self.paren_level == 0 && !self.continued {
            match self.indentation(start) {
                Some(pos) => pos,
                None => return,
            }
        } else {
            self.continued = false;
            start
        };
        self.scan_line(pos);
    }

    /// Handles the indentation of a line that starts a statement. Returns
    /// where its first token starts, or `None` when the line is done.
    fn indentation(&mut self, start: usize) -> Option<usize> {
        // Spaces first, eight at a time: they count the same in both measures.
        let mut pos = spaces_end(&self.bytes[..self.line_end], start);
        let spaces = (pos - start) as u32;
        let (mut column, mut alt_column) = (spaces, spaces);
        while pos < self.line_end {
            match self.bytes[pos] {
                b' ' => {
                    column += 1;
                    alt_column += 1;
                }
                b'\t' => {
                    column = (column / TAB_SIZE + 1) * TAB_SIZE;
                    alt_column += 1;
                }
                b'\x0c' => {
                    column = 0;
                    alt_column = 0;
                }
                _ => break,
            }
            pos += 1;
        }
        if pos == self.line_end {
            // Only whitespace and no line break: the last line. `tokenize`
            // stops here, so the end tokens go at this line's start.
            self.finish(start);
            return None;
        }
        match self.bytes[pos] {
            b'#' | b'\r' | b'\n' => {
                self.line_end = match self.bytes[pos] {
                    b'\n' => pos + 1,
                    _ => self.end_of_line(pos),
                };
                if self.bytes[pos] == b'#' {
                    let text = &self.bytes[pos..self.line_end];
                    let len = text
                        .iter()
                        .rposition(|&b| b != b'\r' && b != b'\n')
                        .map_or(0, |i| i + 1);
                    self.push(TokenKind::Comment, pos, pos + len);
                    pos += len;
                }
                self.push(TokenKind::Nl, pos, self.line_end);
                return None;
            }
            _ => {}
        }
        let here = Indentation { column, alt_column };
        let top = *self
            .indents
            .last()
            .expect("the indentation stack keeps its base");
        if column > top.column {
            if self.indents.len() >= MAX_INDENT {
                self.error(LexErrorKind::TooDeepIndentation, start, pos);
            }
            if alt_column <= top.alt_column {
                self.error(LexErrorKind::InconsistentTabs, start, pos);
            }
            self.indents.push(here);
            self.push(TokenKind::Indent, start, pos);
        } else {
            while column < self.indents.last().map_or(0, |i| i.column) {
                if !self.indents.iter().any(|i| i.column == column) {
                    // CPython points past the end of the line's text.
                    let text = &self.bytes[pos..self.end_of_line(pos)];
                    let len = text
                        .iter()
                        .rposition(|&b| b != b'\r' && b != b'\n')
                        .map_or(0, |i| i + 1);
                    self.fatal(LexErrorKind::DedentMismatch, pos + len, pos + len);
                    return None;
                }
                self.indents.pop();
                self.push(TokenKind::Dedent, pos, pos);
            }
            if self
                .indents
                .last()
                .is_some_and(|i| i.alt_column != alt_column)
            {
                self.error(LexErrorKind::InconsistentTabs, start, pos);
            }
        }
        Some(pos)
    }

    /// Queues the tokens from `pos` to the end of the current line (which
    /// a multi-line string may move further on).
    ///
    /// A fatal error ends the loop without a check per token: the
    /// functions that report one return the end of the input (or of the
    /// lines they read), where `pos >= line_end`.
    fn scan_line(&mut self, mut pos: usize) {
        loop {
            let line_end = self.line_end;
            if pos >= line_end {
                break;
            }
            let whitespace = pos;
            let mut class = BYTE_CLASS[self.bytes[pos] as usize];
            if class == ByteClass::Space {
                pos += self.bytes[pos..line_end]
                    .iter()
                    .take_while(|&&b| BYTE_CLASS[b as usize] == ByteClass::Space)
                    .count();
                if pos == line_end {
                    break;
                }
                class = BYTE_CLASS[self.bytes[pos] as usize];
            }
            pos = match class {
                ByteClass::Name => self.name(whitespace, pos),
                ByteClass::Operator => self.operator(whitespace, pos),
                ByteClass::Digit => self.number(pos),
                ByteClass::Dot if self.bytes.get(pos + 1).is_some_and(u8::is_ascii_digit) => {
                    self.number(pos)
                }
                ByteClass::Dot => self.operator(whitespace, pos),
                ByteClass::Quote => match self.string(pos, pos) {
                    Some(end) => end,
                    None => self.error_tokens(whitespace, pos),
                },
                ByteClass::Space => unreachable!("whitespace was skipped"),
                ByteClass::Backslash => match self.line_break_len(pos + 1) {
                    Some(len) => {
                        self.continued = true;
                        self.line_end = pos + 1 + len;
                        self.line_end
                    }
                    None => {
                        let kind = if pos + 1 == self.bytes.len() {
                            LexErrorKind::BackslashAtEof
                        } else {
                            LexErrorKind::UnexpectedCharacterAfterContinuation
                        };
                        self.error(kind, pos + 1, pos + 1);
                        self.error_tokens(whitespace, pos)
                    }
                },
                ByteClass::Hash => {
                    let end = memchr2(b'\r', b'\n', &self.bytes[pos..self.line_end])
                        .map_or(self.line_end, |i| pos + i);
                    self.push(TokenKind::Comment, pos, end);
                    end
                }
                ByteClass::LineBreak => match self.line_break_len(pos) {
                    Some(len) => {
                        let kind = if self.paren_level > 0 {
                            TokenKind::Nl
                        } else {
                            TokenKind::Newline
                        };
                        self.push(kind, pos, pos + len);
                        self.line_end = pos + len;
                        self.line_end
                    }
                    None => self.error_tokens(whitespace, pos),
                },
            };
        }
    }

    /// The length of the `\n` or `\r\n` at `pos`, if one is there.
    fn line_break_len(&self, pos: usize) -> Option<usize> {
        match self.bytes.get(pos..pos + 2) {
            Some(b"\r\n") => Some(2),
            _ if self.bytes.get(pos) == Some(&b'\n') => Some(1),
            _ => None,
        }
    }

    /// `tokenize`'s recovery where no token matches at `pos`: one
    /// `ERRORTOKEN` for each whitespace character before it (its pattern
    /// backtracks over the whitespace), then one for the character itself.
    fn error_tokens(&mut self, whitespace: usize, pos: usize) -> usize {
        for at in whitespace..pos {
            self.push(TokenKind::ErrorToken, at, at + 1);
        }
        let len = self.source[pos..].chars().next().map_or(1, char::len_utf8);
        self.push(TokenKind::ErrorToken, pos, pos + len);
        pos + len
    }

    fn number(&mut self, start: usize) -> usize {
        if let Some(end) = plain_number_end(self.bytes, start) {
            self.push(TokenKind::Number, start, end);
            return end;
        }
        let end = number_end(self.bytes, start);
        if let Err((kind, from, to)) = check_number(self.bytes, start) {
            self.error(kind, from, to);
        }
        self.push(TokenKind::Number, start, end);
        end
    }

    fn operator(&mut self, whitespace: usize, pos: usize) -> usize {
        let Some((kind, len)) = match_operator(&self.bytes[pos..]) else {
            let c = self.source[pos..].chars().next().unwrap_or('\0');
            if c != '\0' && !is_printable(c) {
                self.error(LexErrorKind::InvalidNonPrintableCharacter(c), pos, pos + 1);
            }
            return self.error_tokens(whitespace, pos);
        };
        match kind {
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => self.open_bracket(pos),
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => self.close_bracket(pos),
            TokenKind::Less if self.bytes.get(pos + 1) == Some(&b'>') => {
                self.error(LexErrorKind::LessGreater, pos, pos + 2);
            }
            _ => {}
        }
        self.push(kind, pos, pos + len);
        pos + len
    }

    fn open_bracket(&mut self, pos: usize) {
        self.paren_level += 1;
        if self.brackets.len() == MAX_BRACKET_DEPTH {
            self.error(LexErrorKind::TooManyNestedBrackets, pos, pos + 1);
        }
        self.brackets.push(OpenBracket {
            byte: self.bytes[pos],
            offset: pos as u32,
        });
    }

    fn close_bracket(&mut self, pos: usize) {
        self.paren_level -= 1;
        let close = self.bytes[pos];
        let Some(open) = self.brackets.pop() else {
            self.error(
                LexErrorKind::UnmatchedBracket {
                    close: close as char,
                },
                pos,
                pos + 1,
            );
            return;
        };
        let matching = matches!(
            (open.byte, close),
            (b'(', b')') | (b'[', b']') | (b'{', b'}')
        );
        if !matching {
            let open_at = open.offset as usize;
            let open_line = self.line_number(open_at);
            let same_line = open_line == self.line_number(pos);
            let kind = LexErrorKind::MismatchedBracket {
                close: close as char,
                open: open.byte as char,
                open_line: (!same_line).then_some(open_line),
            };
            self.error(kind, pos, pos + 1);
        }
    }

    /// A name, or the prefix of a string such as `rb"…"`.
    fn name(&mut self, whitespace: usize, start: usize) -> usize {
        let line = &self.bytes[..self.line_end];
        // Most names are all ASCII: a letter or `_` (the first byte is
        // known to be one), then ASCII word bytes up to a byte that
        // decides the rest.
        let end = if line[start] < 0x80 {
            ascii_word_end(line, start + 1)
        } else {
            start
        };
        match line.get(end) {
            Some(&b) if b >= 0x80 => return self.unicode_name(whitespace, start, end),
            Some(b'\'' | b'"') if is_string_prefix(&line[start..end]) => {
                if let Some(string_end) = self.string(start, end) {
                    return string_end;
                }
                // Unterminated: `tokenize` falls back to the prefix as a name,
                // then the quote as an error token.
                let detected_at_line = self.line_number(start);
                self.error(
                    LexErrorKind::UnterminatedString { detected_at_line },
                    start,
                    start,
                );
                self.push(TokenKind::Name, start, end);
                return self.error_tokens(end, end);
            }
            _ => {}
        }
        self.push_name(start, end, true);
        end
    }

    /// A name whose ASCII start (maybe empty) ends at `ascii_end`, before a
    /// non-ASCII byte. It is no string prefix: those are all ASCII.
    #[cold]
    fn unicode_name(&mut self, whitespace: usize, start: usize, ascii_end: usize) -> usize {
        let (end, ascii) = self.word_end(ascii_end);
        if end == start {
            // A non-ASCII character that is not a word character.
            let c = self.source[start..].chars().next().unwrap_or('\0');
            let kind = if is_printable(c) {
                LexErrorKind::InvalidCharacter(c)
            } else {
                LexErrorKind::InvalidNonPrintableCharacter(c)
            };
            self.error(kind, start, start + c.len_utf8());
            return self.error_tokens(whitespace, start);
        }
        if !ascii {
            let word = &self.source[start..end];
            if let Some(bad) = first_invalid_identifier_char(word) {
                let at = start + word.find(bad).unwrap_or(0);
                let kind = if is_printable(bad) {
                    LexErrorKind::InvalidCharacter(bad)
                } else {
                    LexErrorKind::InvalidNonPrintableCharacter(bad)
                };
                self.error(kind, at, at + bad.len_utf8());
            }
        }
        self.push_name(start, end, ascii);
        end
    }

    /// Gives the sink the `NAME` from `start` to `end`.
    #[inline]
    fn push_name(&mut self, start: usize, end: usize, ascii: bool) {
        self.sink.push_name(
            Token {
                kind: TokenKind::Name,
                span: Span::new(start as u32, end as u32),
            },
            ascii,
        );
    }

    /// The end of `tokenize`'s `\w+` starting at `start`, and whether the
    /// word is all ASCII.
    fn word_end(&self, start: usize) -> (usize, bool) {
        let line = &self.bytes[..self.line_end];
        let mut end = start;
        let mut ascii = true;
        loop {
            end = ascii_word_end(line, end);
            if end == line.len() || line[end] < 0x80 {
                return (end, ascii);
            }
            match self.source[end..].chars().next() {
                Some(c)
                    if is_word_char(c)
                        || (self.dialect == Dialect::Python && is_identifier_continue(c)) =>
                {
                    end += c.len_utf8();
                    ascii = false;
                }
                _ => return (end, ascii),
            }
        }
    }

    /// A string whose prefix starts at `start` and quote at `quote`.
    /// Returns where scanning resumes, or `None` when `tokenize`'s string
    /// patterns do not match (an unterminated single-quoted string).
    fn string(&mut self, start: usize, quote: usize) -> Option<usize> {
        let q = self.bytes[quote];
        if self.bytes.get(quote + 1) == Some(&q) && self.bytes.get(quote + 2) == Some(&q) {
            return Some(self.triple_quoted_string(start, quote + 3, q));
        }
        let mut i = quote + 1;
        while i < self.line_end {
            let Some(found) = memchr3(q, b'\\', b'\n', &self.bytes[i..self.line_end]) else {
                break;
            };
            i += found;
            match self.bytes[i] {
                b'\\' => {
                    if let Some(len) = self.line_break_len(i + 1) {
                        self.line_end = i + 1 + len;
                        return Some(self.continued_string(start, q));
                    }
                    i += 2;
                }
                b'\n' => break,
                _ => {
                    self.push(TokenKind::String, start, i + 1);
                    return Some(i + 1);
                }
            }
        }
        if start == quote {
            let line = self.line_number(start);
            self.error(
                LexErrorKind::UnterminatedString {
                    detected_at_line: line,
                },
                start,
                start,
            );
        }
        None
    }

    fn triple_quoted_string(&mut self, start: usize, body: usize, q: u8) -> usize {
        let mut i = body;
        while i < self.bytes.len() {
            let Some(found) = memchr2(q, b'\\', &self.bytes[i..]) else {
                break;
            };
            i += found;
            if self.bytes[i] == b'\\' {
                i += 2;
            } else if self.bytes.get(i + 1) == Some(&q) && self.bytes.get(i + 2) == Some(&q) {
                let end = i + 3;
                self.push(TokenKind::String, start, end);
                if end > self.line_end {
                    // The end of the line a continued string ended on
                    // was found; this string goes on past it.
                    self.line_end = self.end_of_line(end - 1);
                }
                return end;
            } else {
                i += 1;
            }
        }
        let line = self.last_line_number();
        self.fatal(
            LexErrorKind::UnterminatedTripleQuotedString {
                detected_at_line: line,
            },
            start,
            start,
        );
        // Past the end of any line, which ends `scan_line`'s loop.
        self.bytes.len()
    }

    /// A single-quoted string continued with a backslash at the end of its
    /// first line: `tokenize` then looks for the closing quote line by line.
    fn continued_string(&mut self, start: usize, q: u8) -> usize {
        loop {
            let line_start = self.line_end;
            if line_start >= self.bytes.len() {
                let line = self.last_line_number();
                self.fatal(
                    LexErrorKind::EofInString {
                        detected_at_line: line,
                    },
                    start,
                    start,
                );
                return line_start;
            }
            self.line_end = self.end_of_line(line_start);
            let mut i = line_start;
            while i < self.line_end {
                match self.bytes[i] {
                    b'\\' if self.bytes.get(i + 1) == Some(&b'\n') => break,
                    b'\\' => i += 2,
                    b if b == q => {
                        self.push(TokenKind::String, start, i + 1);
                        return i + 1;
                    }
                    _ => i += 1,
                }
            }
            let line = &self.bytes[line_start..self.line_end];
            if !(line.ends_with(b"\\\n") || line.ends_with(b"\\\r\n")) {
                let detected_at_line = self.line_number(line_start);
                self.error(
                    LexErrorKind::UnterminatedString { detected_at_line },
                    start,
                    start,
                );
                self.push(TokenKind::ErrorToken, start, self.line_end);
                return self.line_end;
            }
        }
    }

    /// Reached the end of the input at the start of a line.
    fn at_end_of_input(&mut self) {
        let end = self.bytes.len();
        if self.paren_level == 0 && !self.continued {
            self.finish(end);
        } else if let Some(open) = self.brackets.last() {
            let at = open.offset as usize;
            self.fatal(
                LexErrorKind::UnclosedBracket {
                    open: open.byte as char,
                },
                at,
                at + 1,
            );
        } else {
            // CPython points at the line break of the last line.
            let at = end.saturating_sub(1);
            self.fatal(LexErrorKind::UnexpectedEof, at, at);
        }
    }

    /// Queues the tokens `tokenize` ends with, at `end`.
    fn finish(&mut self, end: usize) {
        let len = self.bytes.len();
        if end == len && len > 0 && !matches!(self.bytes[len - 1], b'\n' | b'\r') {
            let last_line = memchr::memrchr(b'\n', self.bytes).map_or(0, |i| i + 1);
            if !self.source[last_line..].trim().starts_with('#') {
                self.push(TokenKind::Newline, len, len);
            }
        }
        for _ in 1..self.indents.len() {
            self.push(TokenKind::Dedent, end, end);
        }
        self.indents.truncate(1);
        self.push(TokenKind::EndMarker, end, end);
        self.finished = true;
    }
}

/// What a token starting with a byte can be: the lexer's dispatch, by table.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ByteClass {
    /// ` `, tab, form feed: skipped between tokens.
    Space,
    /// A letter, `_` or a non-ASCII byte: a name (or a string prefix).
    Name,
    Digit,
    /// `.`: a number if a digit follows, else an operator.
    Dot,
    Quote,
    Hash,
    Backslash,
    /// `\n`, `\r`
    LineBreak,
    /// Anything else: an operator, or a character that starts no token.
    Operator,
}

const BYTE_CLASS: [ByteClass; 256] = {
    let mut table = [ByteClass::Operator; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        table[b] = match byte {
            b' ' | b'\t' | b'\x0c' => ByteClass::Space,
            b'0'..=b'9' => ByteClass::Digit,
            b'.' => ByteClass::Dot,
            b'\'' | b'"' => ByteClass::Quote,
            b'#' => ByteClass::Hash,
            b'\\' => ByteClass::Backslash,
            b'\n' | b'\r' => ByteClass::LineBreak,
            _ if byte.is_ascii_alphabetic() || byte == b'_' || byte >= 0x80 => ByteClass::Name,
            _ => ByteClass::Operator,
        };
        b += 1;
    }
    table
};

/// ASCII bytes of names: letters, digits and `_`.
const ASCII_WORD: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = (b as u8).is_ascii_alphanumeric() || b as u8 == b'_';
        b += 1;
    }
    table
};

/// The end of the number at `start` if it is one of the common forms that
/// need no checking: decimal digits not starting with `0` (or a lone `0`),
/// or `0x` and hexadecimal digits, followed by neither a name character, a
/// `.` nor a non-ASCII byte. Anything else goes through `number_end` and
/// `check_number`, which give the same end for these.
#[inline]
fn plain_number_end(bytes: &[u8], start: usize) -> Option<usize> {
    let digits_from = |from: usize, digit: fn(&u8) -> bool| {
        from + bytes[from..].iter().take_while(|b| digit(b)).count()
    };
    let end = match bytes[start..] {
        [b'0', b'x' | b'X', ..] => {
            let end = digits_from(start + 2, u8::is_ascii_hexdigit);
            if end == start + 2 {
                return None;
            }
            end
        }
        [b'0', ..] => start + 1,
        _ => digits_from(start, u8::is_ascii_digit),
    };
    match bytes.get(end) {
        Some(&b) if ASCII_WORD[b as usize] || b == b'.' || b >= 0x80 => None,
        _ => Some(end),
    }
}

/// Whether `prefix` is one of the string prefixes of Python 3.11, in any
/// case and order: `r u b f br rb fr rf`.
pub(crate) fn is_string_prefix(prefix: &[u8]) -> bool {
    let lower = |b: &u8| b.to_ascii_lowercase();
    match prefix {
        [a] => matches!(lower(a), b'r' | b'u' | b'b' | b'f'),
        [a, b] => matches!(
            (lower(a), lower(b)),
            (b'r', b'b' | b'f') | (b'b' | b'f', b'r')
        ),
        _ => false,
    }
}

impl Iterator for Lexer<'_> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        loop {
            if let Some(&token) = self.sink.get(self.next_pending) {
                self.next_pending += 1;
                return Some(token);
            }
            self.sink.clear();
            self.next_pending = 0;
            if self.finished {
                return None;
            }
            self.fill();
        }
    }
}
