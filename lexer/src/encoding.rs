//! Source decoding: the raw bytes of a Python file to text, as CPython 3.11
//! does it (PEP 263).
//!
//! A source file is UTF-8 unless it starts with a UTF-8 byte-order mark
//! (which is dropped) or declares another encoding in a comment on line 1,
//! or on line 2 when line 1 is blank or a comment (`# -*- coding: latin-1 -*-`).
//!
//! CPython reads source in three ways that disagree on details (which line
//! breaks count when looking for the declaration, what is checked, and the
//! wording of every error), so [`decode_source`] takes the [`Mode`] to imitate:
//!
//! - [`Mode::Script`]: `python3 FILE`, the C tokenizer reading a file.
//! - [`Mode::Compile`]: `compile(bytes, …)`, `exec(bytes)` and `import`, the C
//!   tokenizer reading a string (importlib hands the file's bytes to `compile`).
//! - [`Mode::Tokenize`]: `python3 -m tokenize FILE`, the `tokenize` module's
//!   `detect_encoding` followed by decoding line by line.
//!
//! ```
//! use pyvm_lexer::encoding::{decode_source, Mode};
//!
//! let source = decode_source(b"# coding: latin-1\nx = '\xe9'\n", Mode::Script, "x.py").unwrap();
//! assert_eq!(source.text, "# coding: latin-1\nx = '\u{e9}'\n");
//! assert_eq!(source.encoding, "iso-8859-1");
//! ```

use std::borrow::Cow;
use std::fmt;
use std::ops::Range;

use pyvm_source::{python_str_repr, Span};

mod tables;
use tables::*;

/// The UTF-8 byte-order mark.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// How many bytes CPython's text stream decodes at a time (`TextIOWrapper._CHUNK_SIZE`).
const CHUNK_SIZE: usize = 8192;

/// Which of CPython's ways of reading source to imitate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Mode {
    /// `python3 FILE`: the C tokenizer reading the main script from a file.
    /// Undeclared non-UTF-8 is reported as "Non-UTF-8 code starting with …".
    Script,
    /// `compile(bytes, …)`, `exec(bytes)` and `import`: the C tokenizer reading
    /// a string. Null bytes are refused up front; with UTF-8, undecodable bytes
    /// are an error only where a token needs them (see [`DecodedSource::invalid_utf8`]).
    Compile,
    /// `python3 -m tokenize FILE`: `tokenize.detect_encoding`, then each line
    /// (split at `\n` only) decoded on its own.
    Tokenize,
}

/// Source text decoded from bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecodedSource<'a> {
    /// The text, without the byte-order mark. Borrowed from the input when it
    /// is UTF-8 already. Line endings are kept as they were.
    pub text: Cow<'a, str>,
    /// The encoding's name as `tokenize` reports it in its `ENCODING` token:
    /// `utf-8` by default and with a byte-order mark, else the declared name,
    /// spelled as written unless it stands for UTF-8 or Latin-1
    /// (`tokenize._get_normal_name`).
    pub encoding: String,
    /// Whether the input started with a UTF-8 byte-order mark.
    pub had_bom: bool,
    /// The encoding declaration, if there is one.
    pub declaration: Option<Declaration>,
    /// Byte sequences that are not UTF-8 but that CPython only rejects when a
    /// token needs them (in [`Mode::Compile`], and in [`Mode::Script`] after a
    /// byte-order mark or a `utf-8` declaration): each is replaced by U+FFFD in
    /// [`text`](Self::text). A comment may hold them; a string literal or name
    /// holding one is a SyntaxError of the form `(unicode error) 'utf-8' codec
    /// can't decode …`, built with [`DecodedSource::raw_bytes`] and
    /// [`utf8_decode_error`].
    pub invalid_utf8: Vec<InvalidUtf8>,
}

/// An encoding declaration (`# -*- coding: NAME -*-`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Declaration {
    /// The name as written.
    pub name: String,
    /// Where the name is, in the input bytes.
    pub span: Span,
    /// The line it is on: 1 or 2.
    pub line: u32,
}

/// A maximal byte sequence that is not UTF-8, replaced by U+FFFD in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InvalidUtf8 {
    /// Offset of the U+FFFD in [`DecodedSource::text`].
    pub offset: u32,
    /// The sequence's bytes in the input.
    pub span: Span,
    bytes: [u8; 3],
}

impl InvalidUtf8 {
    /// The original bytes (one to three).
    pub fn bytes(&self) -> &[u8] {
        &self.bytes[..self.span.len() as usize]
    }
}

impl DecodedSource<'_> {
    /// The input bytes behind `range` of the text: the text's own UTF-8, with
    /// each replacement character of [`invalid_utf8`](Self::invalid_utf8) put
    /// back to the bytes it stands for. (Only exact for UTF-8 input, the only
    /// kind that has invalid sequences.)
    pub fn raw_bytes(&self, range: Range<usize>) -> Cow<'_, [u8]> {
        let text = self.text.as_bytes();
        let start = range.start.min(text.len());
        let range = start..range.end.clamp(start, text.len());
        let first = self
            .invalid_utf8
            .partition_point(|i| (i.offset as usize) < range.start);
        let inside = self.invalid_utf8[first..]
            .iter()
            .take_while(|i| (i.offset as usize) + '\u{FFFD}'.len_utf8() <= range.end);
        let mut out: Option<Vec<u8>> = None;
        let mut at = range.start;
        for invalid in inside {
            let offset = invalid.offset as usize;
            let buf = out.get_or_insert_with(Vec::new);
            buf.extend_from_slice(&text[at..offset]);
            buf.extend_from_slice(invalid.bytes());
            at = offset + '\u{FFFD}'.len_utf8();
        }
        match out {
            None => Cow::Borrowed(&text[range]),
            Some(mut buf) => {
                buf.extend_from_slice(&text[at..range.end]);
                Cow::Owned(buf)
            }
        }
    }
}

/// Why source bytes could not be decoded, with where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EncodingError {
    /// What went wrong; its `Display` is CPython's message.
    pub kind: EncodingErrorKind,
    /// The offending bytes in the input (the declared name for errors about
    /// the declaration).
    pub span: Span,
    /// The line number CPython attaches to the SyntaxError, if any. Most
    /// encoding errors have none (CPython prints only `SyntaxError: message`).
    pub line: Option<u32>,
}

impl fmt::Display for EncodingError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.kind.fmt(f)
    }
}

impl std::error::Error for EncodingError {}

/// The kinds of [`EncodingError`]; each displays as CPython 3.11's message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EncodingErrorKind {
    /// Script: undeclared bytes that are not UTF-8 (tokenizer.c `ensure_utf8`).
    NonUtf8 {
        /// The first offending byte.
        byte: u8,
        /// Its line.
        line: u32,
        /// The file name as given to [`decode_source`].
        filename: String,
    },
    /// Script: the declared encoding is unknown, cannot decode the start of
    /// the file, or is not a text encoding.
    EncodingProblem {
        /// The declared name (normalised for UTF-8 and Latin-1).
        name: String,
    },
    /// Script and Compile: a byte-order mark with a declaration other than `utf-8`.
    EncodingProblemWithBom {
        /// The declared name (normalised for UTF-8 and Latin-1).
        name: String,
    },
    /// Compile: the declared encoding is unknown.
    UnknownEncoding {
        /// The declared name (normalised for UTF-8 and Latin-1).
        name: String,
    },
    /// Compile and Tokenize: the declared codec is not a text encoding (`hex`, `rot13`…).
    NotTextEncoding {
        /// The declared name (normalised for UTF-8 and Latin-1).
        name: String,
    },
    /// A codec's `UnicodeDecodeError`. Compile: position in the whole input
    /// (after `\r\n` became `\n`); Tokenize: position in the line.
    Decode(DecodeError),
    /// Script: a decoding error past the first 8 KiB decoded, with the
    /// position in the 8 KiB chunk that failed (CPython decodes in chunks).
    UnicodeError(DecodeError),
    /// Compile: the input holds a null byte.
    NullBytes,
    /// Tokenize: the declared encoding is unknown.
    TokenizeUnknownEncoding {
        /// The declared name (normalised for UTF-8 and Latin-1).
        name: String,
        /// The file name as given to [`decode_source`].
        filename: String,
    },
    /// Tokenize: a byte-order mark with a declaration other than `utf-8`.
    TokenizeBomMismatch {
        /// The file name as given to [`decode_source`].
        filename: String,
    },
    /// Tokenize: line 1 (or line 2 after a blank or comment line 1) is not UTF-8.
    TokenizeInvalidDeclaration {
        /// The file name as given to [`decode_source`].
        filename: String,
    },
    /// A codec that CPython has but pyvm does not (UTF-16, UTF-7, EBCDIC…).
    /// Displays as CPython's `python3 FILE` message for such files.
    UnsupportedEncoding {
        /// The declared name (normalised for UTF-8 and Latin-1).
        name: String,
    },
}

impl fmt::Display for EncodingErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use EncodingErrorKind::*;
        match self {
            NonUtf8 {
                byte,
                line,
                filename,
            } => write!(
                f,
                "Non-UTF-8 code starting with '\\x{byte:02x}' in file {filename} on line {line}, \
                 but no encoding declared; see https://peps.python.org/pep-0263/ for details"
            ),
            EncodingProblem { name } | UnsupportedEncoding { name } => {
                write!(f, "encoding problem: {name}")
            }
            EncodingProblemWithBom { name } => write!(f, "encoding problem: {name} with BOM"),
            UnknownEncoding { name } => write!(f, "unknown encoding: {name}"),
            NotTextEncoding { name } => write!(
                f,
                "'{name}' is not a text encoding; use codecs.decode() to handle arbitrary codecs"
            ),
            Decode(error) => error.fmt(f),
            UnicodeError(error) => write!(f, "(unicode error) {error}"),
            NullBytes => f.write_str("source code string cannot contain null bytes"),
            TokenizeUnknownEncoding { name, filename } => {
                write!(
                    f,
                    "unknown encoding for {}: {name}",
                    python_str_repr(filename)
                )
            }
            TokenizeBomMismatch { filename } => {
                write!(
                    f,
                    "encoding problem for {}: utf-8",
                    python_str_repr(filename)
                )
            }
            TokenizeInvalidDeclaration { filename } => {
                write!(
                    f,
                    "invalid or missing encoding declaration for {}",
                    python_str_repr(filename)
                )
            }
        }
    }
}

/// A Python `UnicodeDecodeError`: its `str()` is the `Display`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecodeError {
    /// The codec's name in the message (`utf-8`, `ascii`, `charmap`, `gbk`…).
    pub codec: &'static str,
    /// The first byte that could not be decoded.
    pub byte: u8,
    /// Start of the undecodable bytes, counted as the message counts.
    pub start: usize,
    /// End (exclusive) of the undecodable bytes.
    pub end: usize,
    /// Python's reason (`invalid start byte`, `ordinal not in range(128)`…).
    pub reason: &'static str,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let DecodeError {
            codec,
            byte,
            start,
            end,
            reason,
        } = self;
        if end - start == 1 {
            write!(
                f,
                "'{codec}' codec can't decode byte 0x{byte:02x} in position {start}: {reason}"
            )
        } else {
            let last = end - 1;
            write!(
                f,
                "'{codec}' codec can't decode bytes in position {start}-{last}: {reason}"
            )
        }
    }
}

/// The error Python's UTF-8 codec raises for `bytes`, if any
/// (`bytes.decode('utf-8')`), with positions counted from the start of `bytes`.
pub fn utf8_decode_error(bytes: &[u8]) -> Option<DecodeError> {
    let error = std::str::from_utf8(bytes).err()?;
    let start = error.valid_up_to();
    let byte = bytes[start];
    let (end, reason) = match error.error_len() {
        None => (bytes.len(), "unexpected end of data"),
        Some(len) if len == 1 && !is_utf8_lead(byte) => (start + 1, "invalid start byte"),
        Some(len) => (start + len, "invalid continuation byte"),
    };
    Some(DecodeError {
        codec: "utf-8",
        byte,
        start,
        end,
        reason,
    })
}

/// Whether `byte` can start a multi-byte UTF-8 sequence.
fn is_utf8_lead(byte: u8) -> bool {
    (0xC2..=0xF4).contains(&byte)
}

/// The module of Python's `encodings` package that `codecs.lookup(name)`
/// loads, e.g. `latin_1` for `Latin-1`, `utf_8` for `U8`; `None` for an
/// unknown encoding. Mirrors `encodings.search_function`.
pub fn codec_module(name: &str) -> Option<&'static str> {
    let normalized = normalize_encoding(name);
    let alias = |key: &str| {
        ALIASES
            .binary_search_by(|(alias, _)| (*alias).cmp(key))
            .ok()
            .map(|i| ALIASES[i].1)
    };
    let aliased = alias(&normalized).or_else(|| alias(&normalized.replace('.', "_")));
    let module = [aliased, Some(normalized.as_str())]
        .into_iter()
        .flatten()
        .filter(|module| !module.is_empty() && !module.contains('.'))
        .find_map(|module| MODULES.iter().find(|m| **m == module).copied());
    module
}

/// Python's `encodings.normalize_encoding` after `codecs.lookup`'s lower-casing:
/// ASCII letters lower-cased, each run of characters other than ASCII letters,
/// digits and `.` turned into one `_`, none at either end.
pub fn normalize_encoding(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut punct = false;
    for c in name.chars() {
        if c.is_ascii_alphanumeric() || c == '.' {
            if punct && !out.is_empty() {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
            punct = false;
        } else {
            punct = true;
        }
    }
    out
}

/// Decodes a Python source file's bytes as CPython 3.11 does in `mode`.
///
/// `filename` only goes into error messages that name the file.
pub fn decode_source<'a>(
    bytes: &'a [u8],
    mode: Mode,
    filename: &str,
) -> Result<DecodedSource<'a>, EncodingError> {
    if mode == Mode::Compile {
        // Checked before anything else, as `compile` does (`_Py_SourceAsString`).
        if let Some(at) = memchr::memchr(0, bytes) {
            return Err(error(EncodingErrorKind::NullBytes, at..at + 1, None));
        }
    }
    let had_bom = bytes.starts_with(BOM);
    let body = if had_bom { BOM.len() } else { 0 };
    let breaks = if mode == Mode::Tokenize {
        Breaks::Newline
    } else {
        Breaks::Universal
    };
    let detection = detect(bytes, body, breaks);
    if mode == Mode::Tokenize {
        // `detect_encoding` decodes each line it looks at as UTF-8 first.
        for line in &detection.examined {
            if let Err(e) = std::str::from_utf8(&bytes[line.clone()]) {
                let at = line.start + e.valid_up_to();
                let filename = filename.to_string();
                let kind = EncodingErrorKind::TokenizeInvalidDeclaration { filename };
                return Err(error(kind, at..at + 1, None));
            }
        }
    }
    let declaration = detection.cookie.as_ref().map(|cookie| Declaration {
        name: String::from_utf8_lossy(&bytes[cookie.name.clone()]).into_owned(),
        span: span(cookie.name.clone()),
        line: cookie.line,
    });
    let declared = declaration.as_ref().map(|d| normal_name(&d.name));
    let encoding = declared.clone().unwrap_or_else(|| "utf-8".to_string());
    let mut source = DecodedSource {
        text: Cow::Borrowed(""),
        encoding,
        had_bom,
        declaration,
        invalid_utf8: Vec::new(),
    };
    let name_span = detection.cookie.as_ref().map_or(0..0, |c| c.name.clone());
    let request = Request {
        bytes,
        body,
        mode,
        filename,
        name_span,
    };
    match mode {
        Mode::Tokenize => decode_tokenize(&request, declared, &mut source)?,
        Mode::Script | Mode::Compile => {
            decode_c(&request, declared, detection.cookie.as_ref(), &mut source)?
        }
    }
    Ok(source)
}

/// What [`decode_source`] was asked, for its helpers.
struct Request<'a, 'f> {
    bytes: &'a [u8],
    /// Where the text starts: after the byte-order mark.
    body: usize,
    mode: Mode,
    filename: &'f str,
    /// The declared name's bytes (empty without a declaration).
    name_span: Range<usize>,
}

impl Request<'_, '_> {
    fn name_error(&self, kind: EncodingErrorKind) -> EncodingError {
        error(kind, self.name_span.clone(), None)
    }
}

/// Tokenize mode: `tokenize.detect_encoding`, then each line decoded on its own.
fn decode_tokenize<'a>(
    request: &Request<'a, '_>,
    declared: Option<String>,
    source: &mut DecodedSource<'a>,
) -> Result<(), EncodingError> {
    let Request {
        bytes,
        body,
        filename,
        ..
    } = *request;
    let filename = filename.to_string();
    let mut sig = source.had_bom;
    let codec = match &declared {
        None => Codec::Utf8,
        Some(name) => {
            // `detect_encoding` looks the codec up, then compares with the mark;
            // decoding comes later.
            let found = lookup(name);
            if let Lookup::Unknown = found {
                let name = name.clone();
                let kind = EncodingErrorKind::TokenizeUnknownEncoding { name, filename };
                return Err(request.name_error(kind));
            }
            if source.had_bom && name != "utf-8" {
                let kind = EncodingErrorKind::TokenizeBomMismatch { filename };
                return Err(request.name_error(kind));
            }
            let name = name.clone();
            let codec = match found {
                Lookup::Codec(codec) => codec,
                Lookup::NotText => {
                    return Err(request.name_error(EncodingErrorKind::NotTextEncoding { name }))
                }
                Lookup::Unsupported | Lookup::Unknown => {
                    return Err(request.name_error(EncodingErrorKind::UnsupportedEncoding { name }))
                }
            };
            sig |= codec == Codec::Utf8Sig;
            codec
        }
    };
    let input = &bytes[body..];
    let result = match codec {
        // The `utf-8-sig` codec drops a byte-order mark at the start of each line.
        Codec::Utf8 | Codec::Utf8Sig if sig => decode_utf8_sig_lines(input, body),
        _ => codec.decode(input).map_err(|e| e.shifted(body)),
    };
    match result {
        Ok(text) => source.text = text,
        Err(raw) => {
            // `tokenize` decodes line by line: count the position from the line start.
            let line_start = bytes[..raw.start]
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(body, |i| i + 1);
            let line_start = if sig && bytes[line_start..].starts_with(BOM) {
                line_start + BOM.len()
            } else {
                line_start
            };
            let at = raw.start..raw.end;
            let decode = raw.python(line_start);
            return Err(error(EncodingErrorKind::Decode(decode), at, None));
        }
    }
    Ok(())
}

/// UTF-8 with a byte-order mark dropped from the start of every `\n`-line.
fn decode_utf8_sig_lines(input: &[u8], base: usize) -> Result<Cow<'_, str>, RawError> {
    let text = Codec::Utf8.decode(input).map_err(|e| e.shifted(base))?;
    if !text.contains("\n\u{FEFF}") {
        return Ok(text);
    }
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        out.push_str(line.strip_prefix('\u{FEFF}').unwrap_or(line));
    }
    Ok(Cow::Owned(out))
}

/// Script and Compile modes: CPython's C tokenizer (tokenizer.c `decode_str`,
/// `tok_underflow_file`, `check_coding_spec`).
fn decode_c<'a>(
    request: &Request<'a, '_>,
    declared: Option<String>,
    cookie: Option<&Cookie>,
    source: &mut DecodedSource<'a>,
) -> Result<(), EncodingError> {
    let Request {
        bytes, body, mode, ..
    } = *request;
    let script = mode == Mode::Script;
    if let Some(name) = &declared {
        if source.had_bom && name != "utf-8" {
            let kind = EncodingErrorKind::EncodingProblemWithBom { name: name.clone() };
            return Err(request.name_error(kind));
        }
    }
    let Some((name, cookie)) = declared.zip(cookie).filter(|(name, _)| name != "utf-8") else {
        // UTF-8, read raw.
        let input = &bytes[body..];
        if let Ok(text) = std::str::from_utf8(input) {
            source.text = Cow::Borrowed(text);
            return Ok(());
        }
        if script && !source.had_bom {
            // The file reader checks the lines it reads before it knows an encoding.
            check_utf8_lines(request, cookie.map_or(bytes.len(), |c| c.line_start))?;
        }
        // Otherwise bytes that are not UTF-8 only matter inside tokens.
        source.text = decode_lenient(input, body, &mut source.invalid_utf8);
        return Ok(());
    };
    if script {
        // Line 1, when the declaration is on line 2.
        check_utf8_lines(request, cookie.line_start)?;
    }
    let problem = || {
        let name = name.clone();
        request.name_error(if script {
            EncodingErrorKind::EncodingProblem { name }
        } else {
            EncodingErrorKind::UnknownEncoding { name }
        })
    };
    let codec = match lookup(&name) {
        Lookup::Codec(codec) => codec,
        Lookup::Unknown => return Err(problem()),
        Lookup::NotText if script => return Err(problem()),
        Lookup::NotText => {
            return Err(request.name_error(EncodingErrorKind::NotTextEncoding { name }))
        }
        Lookup::Unsupported => {
            return Err(request.name_error(EncodingErrorKind::UnsupportedEncoding { name }))
        }
    };
    if !script {
        // `decode_str` decodes the whole string, after `\r\n` became `\n` and
        // a missing final newline was added.
        let result = match bytes.last() {
            Some(b'\n' | b'\r') | None => codec.decode(bytes),
            Some(_) => codec.decode(&[bytes, b"\n"].concat()).map(|text| {
                let mut text = text.into_owned();
                text.pop();
                Cow::Owned(text)
            }),
        };
        return match result {
            Ok(text) => {
                source.text = text;
                Ok(())
            }
            Err(raw) => {
                let crlf = count_crlf(&bytes[..raw.start.min(bytes.len())]);
                // The added newline is not in the input.
                let at = raw.start.min(bytes.len())..raw.end.min(bytes.len());
                Err(error(EncodingErrorKind::Decode(raw.python(crlf)), at, None))
            }
        };
    }
    // The file reader keeps the lines it read raw and reopens the file with
    // the codec from the last byte of the declaration's line on.
    let rest = cookie.line_end;
    // The reopened stream starts mid-file: no byte-order mark is dropped there.
    let codec = if codec == Codec::Utf8Sig {
        Codec::Utf8
    } else {
        codec
    };
    let mut text = decode_lenient(&bytes[..rest], 0, &mut source.invalid_utf8).into_owned();
    match codec.decode(&bytes[rest..]) {
        Ok(decoded) => text.push_str(&decoded),
        Err(raw) => {
            let raw = raw.shifted(rest);
            let at = raw.start..raw.end;
            if raw.is_truncation() {
                // Only the final decoding call, at the end of the file, fails:
                // its input is the pending bytes alone.
                let line = count_lines(&bytes[..raw.start]);
                let kind = EncodingErrorKind::UnicodeError(raw.python(raw.start));
                return Err(error(kind, at, Some(line)));
            }
            let chunks_start = rest.saturating_sub(1);
            if raw.start < chunks_start + CHUNK_SIZE {
                // The reopening reads and decodes the first chunk: any failure
                // there is reported as a problem with the encoding.
                return Err(error(
                    EncodingErrorKind::EncodingProblem { name },
                    raw.start..raw.end,
                    None,
                ));
            }
            let chunk_start = raw.start - (raw.start - chunks_start) % CHUNK_SIZE;
            let line = count_lines(&bytes[..chunk_start]);
            let kind = EncodingErrorKind::UnicodeError(raw.python(chunk_start));
            return Err(error(kind, at, Some(line)));
        }
    }
    source.text = Cow::Owned(text);
    Ok(())
}

/// Script mode's check of the lines read before an encoding is known
/// (tokenizer.c `ensure_utf8`), over `bytes[body..end]`. A null byte ends the
/// check: CPython reports the null byte first.
fn check_utf8_lines(request: &Request<'_, '_>, end: usize) -> Result<(), EncodingError> {
    let Request {
        bytes,
        body,
        filename,
        ..
    } = *request;
    let checked = &bytes[body..end];
    if let Err(e) = std::str::from_utf8(checked) {
        let at = body + e.valid_up_to();
        if bytes[body..at].contains(&0) {
            return Ok(());
        }
        let len = e.error_len().unwrap_or(checked.len() - e.valid_up_to());
        let kind = EncodingErrorKind::NonUtf8 {
            byte: bytes[at],
            line: count_lines(&bytes[..at]) + 1,
            filename: filename.to_string(),
        };
        return Err(error(kind, at..at + len, None));
    }
    Ok(())
}

/// `input` as UTF-8, each maximal invalid sequence replaced by U+FFFD and
/// recorded in `invalid` (spans shifted by `base`).
fn decode_lenient<'a>(
    input: &'a [u8],
    base: usize,
    invalid: &mut Vec<InvalidUtf8>,
) -> Cow<'a, str> {
    let mut rest = match std::str::from_utf8(input) {
        Ok(text) => return Cow::Borrowed(text),
        Err(_) => input,
    };
    let mut out = String::with_capacity(input.len() + 16);
    loop {
        match std::str::from_utf8(rest) {
            Ok(valid) => {
                out.push_str(valid);
                return Cow::Owned(out);
            }
            Err(e) => {
                let (valid, after) = rest.split_at(e.valid_up_to());
                out.push_str(std::str::from_utf8(valid).unwrap_or_default());
                let len = e.error_len().unwrap_or(after.len()).min(3);
                let start = base + (input.len() - rest.len()) + valid.len();
                let mut bytes = [0; 3];
                bytes[..len].copy_from_slice(&after[..len]);
                invalid.push(InvalidUtf8 {
                    offset: to_u32(out.len()),
                    span: span(start..start + len),
                    bytes,
                });
                out.push('\u{FFFD}');
                rest = &after[len..];
            }
        }
    }
}

/// Number of line breaks (`\n`, `\r\n` or `\r`) in `bytes`.
fn count_lines(bytes: &[u8]) -> u32 {
    let mut lines = 0u32;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => lines = lines.saturating_add(1),
            b'\r' => {
                lines = lines.saturating_add(1);
                if bytes.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    lines
}

/// Number of `\r\n` pairs in `bytes`.
fn count_crlf(bytes: &[u8]) -> usize {
    bytes.windows(2).filter(|pair| pair == b"\r\n").count()
}

fn error(kind: EncodingErrorKind, at: Range<usize>, line: Option<u32>) -> EncodingError {
    EncodingError {
        kind,
        span: span(at),
        line,
    }
}

fn span(range: Range<usize>) -> Span {
    Span::new(to_u32(range.start), to_u32(range.end))
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

// ---------------------------------------------------------------------------
// Finding the declaration

/// Which bytes end a line while looking for the declaration.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Breaks {
    /// `\n` only: `tokenize` reads the file in binary mode.
    Newline,
    /// `\n`, `\r\n` and `\r`: the C tokenizer's universal newlines.
    Universal,
}

/// A found declaration.
struct Cookie {
    /// The name's bytes.
    name: Range<usize>,
    /// 1 or 2.
    line: u32,
    /// Start of its line.
    line_start: usize,
    /// End of its line, after the line break.
    line_end: usize,
}

/// What the search for a declaration found and looked at.
struct Detection {
    cookie: Option<Cookie>,
    /// The lines examined (without their line breaks).
    examined: Vec<Range<usize>>,
}

/// Looks for the declaration on line 1, then on line 2 if line 1 is blank
/// or only a comment (`tokenize.detect_encoding`, tokenizer.c `check_coding_spec`).
fn detect(bytes: &[u8], body: usize, breaks: Breaks) -> Detection {
    let mut detection = Detection {
        cookie: None,
        examined: Vec::new(),
    };
    let mut start = body;
    for line_number in 1..=2 {
        if start >= bytes.len() {
            break;
        }
        let (content_end, line_end) = line_at(bytes, start, breaks);
        let line = &bytes[start..content_end];
        detection.examined.push(start..content_end);
        if let Some(name) = find_cookie(line) {
            detection.cookie = Some(Cookie {
                name: start + name.start..start + name.end,
                line: line_number,
                line_start: start,
                line_end,
            });
            break;
        }
        if !is_blank_or_comment(line) {
            break;
        }
        start = line_end;
    }
    detection
}

/// The end of the line starting at `start`: (end of its content, end after its break).
fn line_at(bytes: &[u8], start: usize, breaks: Breaks) -> (usize, usize) {
    let rest = &bytes[start..];
    let found = match breaks {
        Breaks::Newline => memchr::memchr(b'\n', rest),
        Breaks::Universal => memchr::memchr2(b'\n', b'\r', rest),
    };
    match found {
        None => (bytes.len(), bytes.len()),
        Some(i) => {
            let end = start + i;
            let crlf = bytes[end] == b'\r' && bytes.get(end + 1) == Some(&b'\n');
            (end, end + if crlf { 2 } else { 1 })
        }
    }
}

/// The declared name in `line`: `tokenize.cookie_re`,
/// `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)` with ASCII `\w`.
fn find_cookie(line: &[u8]) -> Option<Range<usize>> {
    let hash = line
        .iter()
        .position(|&b| !matches!(b, b' ' | b'\t' | b'\x0c'))?;
    if line[hash] != b'#' {
        return None;
    }
    let mut from = hash + 1;
    while let Some(found) = line[from..].windows(6).position(|w| w == b"coding") {
        let after = from + found + 6;
        if matches!(line.get(after), Some(b':' | b'=')) {
            let mut start = after + 1;
            while matches!(line.get(start), Some(b' ' | b'\t')) {
                start += 1;
            }
            let mut end = start;
            while line
                .get(end)
                .is_some_and(|&b| b.is_ascii_alphanumeric() || b"-_.".contains(&b))
            {
                end += 1;
            }
            if end > start {
                return Some(start..end);
            }
        }
        from += found + 1;
    }
    None
}

/// `tokenize.blank_re`: only blanks, then a comment, a line break or nothing.
fn is_blank_or_comment(line: &[u8]) -> bool {
    let first = line.iter().find(|&&b| !matches!(b, b' ' | b'\t' | b'\x0c'));
    matches!(first, None | Some(b'#' | b'\r' | b'\n'))
}

/// `tokenize._get_normal_name` (tokenizer.c `get_normal_name`): spellings of
/// UTF-8 and Latin-1 become `utf-8` and `iso-8859-1`, judged on the first 12
/// characters; other names are kept as written.
fn normal_name(name: &str) -> String {
    let head: String = name
        .chars()
        .take(12)
        .map(|c| {
            if c == '_' {
                '-'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    if head == "utf-8" || head.starts_with("utf-8-") {
        "utf-8".to_string()
    } else if ["latin-1", "iso-8859-1", "iso-latin-1"].contains(&head.as_str())
        || ["latin-1-", "iso-8859-1-", "iso-latin-1-"]
            .iter()
            .any(|p| head.starts_with(p))
    {
        "iso-8859-1".to_string()
    } else {
        name.to_string()
    }
}

// ---------------------------------------------------------------------------
// Codecs

/// What `codecs.lookup` finds for a name.
enum Lookup {
    Codec(Codec),
    /// A bytes-to-bytes codec (`hex`, `base64`, `rot13`…).
    NotText,
    /// A text codec pyvm does not implement.
    Unsupported,
    Unknown,
}

/// The text codecs pyvm decodes source with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Codec {
    Utf8,
    /// `utf_8_sig`: UTF-8 that drops a leading byte-order mark.
    Utf8Sig,
    Ascii,
    Latin1,
    /// A single-byte codec: the characters for bytes 0x80..=0xFF.
    Charmap(&'static str),
    /// A multi-byte codec.
    Cjk(&'static Cjk),
}

fn lookup(name: &str) -> Lookup {
    let Some(module) = codec_module(name) else {
        return Lookup::Unknown;
    };
    let codec = match module {
        "utf_8" => Codec::Utf8,
        "utf_8_sig" => Codec::Utf8Sig,
        "ascii" => Codec::Ascii,
        "latin_1" | "charmap" => Codec::Latin1,
        "base64_codec" | "bz2_codec" | "hex_codec" | "quopri_codec" | "rot_13" | "uu_codec"
        | "zlib_codec" => return Lookup::NotText,
        _ => {
            if let Some((_, table)) = CHARMAPS.iter().find(|(m, _)| *m == module) {
                Codec::Charmap(table)
            } else if let Some(cjk) = CJK.iter().find(|cjk| cjk.name == module) {
                Codec::Cjk(cjk)
            } else {
                return Lookup::Unsupported;
            }
        }
    };
    Lookup::Codec(codec)
}

/// A decoding failure: byte range in the decoded input, and Python's words for it.
struct RawError {
    codec: &'static str,
    byte: u8,
    start: usize,
    end: usize,
    reason: &'static str,
}

impl RawError {
    /// Whether the input ended inside a sequence (an incremental decoder
    /// waits for more instead of failing).
    fn is_truncation(&self) -> bool {
        matches!(
            self.reason,
            "unexpected end of data" | "incomplete multibyte sequence"
        )
    }

    fn shifted(self, by: usize) -> RawError {
        RawError {
            start: self.start + by,
            end: self.end + by,
            ..self
        }
    }

    /// The Python error, counting positions from `origin`.
    fn python(&self, origin: usize) -> DecodeError {
        DecodeError {
            codec: self.codec,
            byte: self.byte,
            start: self.start.saturating_sub(origin),
            end: self.end.saturating_sub(origin),
            reason: self.reason,
        }
    }
}

impl Codec {
    /// Decodes all of `input`, or reports the first undecodable bytes as Python's codec would.
    fn decode(self, input: &[u8]) -> Result<Cow<'_, str>, RawError> {
        match self {
            Codec::Utf8 | Codec::Utf8Sig => {
                let skipped = match self {
                    Codec::Utf8Sig if input.starts_with(BOM) => BOM.len(),
                    _ => 0,
                };
                let body = &input[skipped..];
                if let Ok(text) = std::str::from_utf8(body) {
                    return Ok(Cow::Borrowed(text));
                }
                match utf8_decode_error(body) {
                    None => Ok(Cow::Borrowed("")),
                    Some(e) => Err(RawError {
                        codec: e.codec,
                        byte: e.byte,
                        start: e.start + skipped,
                        end: e.end + skipped,
                        reason: e.reason,
                    }),
                }
            }
            Codec::Ascii => match input.iter().position(|b| !b.is_ascii()) {
                None => Ok(Cow::Borrowed(
                    std::str::from_utf8(input).unwrap_or_default(),
                )),
                Some(at) => Err(RawError {
                    codec: "ascii",
                    byte: input[at],
                    start: at,
                    end: at + 1,
                    reason: "ordinal not in range(128)",
                }),
            },
            Codec::Latin1 => Ok(input.iter().map(|&b| char::from(b)).collect()),
            Codec::Charmap(table) => decode_charmap(table, input),
            Codec::Cjk(cjk) => decode_cjk(cjk, input),
        }
    }
}

fn decode_charmap<'a>(table: &'static str, input: &'a [u8]) -> Result<Cow<'a, str>, RawError> {
    let mut upper = ['\u{FFFE}'; 128];
    for (slot, c) in upper.iter_mut().zip(table.chars()) {
        *slot = c;
    }
    let mut out = String::with_capacity(input.len() + input.len() / 2);
    for (at, &b) in input.iter().enumerate() {
        let c = if b < 0x80 {
            char::from(b)
        } else {
            upper[usize::from(b - 0x80)]
        };
        if c == '\u{FFFE}' {
            return Err(RawError {
                codec: "charmap",
                byte: b,
                start: at,
                end: at + 1,
                reason: "character maps to <undefined>",
            });
        }
        out.push(c);
    }
    Ok(Cow::Owned(out))
}

/// A multi-byte codec of Python's (`_codecs_cn`, `_codecs_jp`…): encoding_rs
/// decodes each sequence, corrected where the WHATWG tables differ from Python's.
#[derive(Debug, PartialEq, Eq)]
struct Cjk {
    /// Python's codec module, also the codec's name in errors.
    name: &'static str,
    /// The WHATWG encoding that is closest.
    encoding: &'static encoding_rs::Encoding,
    /// Bytes from 0x80 on that Python decodes alone (half-width katakana…).
    singles: &'static [ByteRange],
    /// Two-byte sequences Python accepts at all: lead bytes and trail bytes
    /// (`None`: any).
    shape: Option<(ByteRange, &'static [ByteRange])>,
    /// Where Python differs from encoding_rs, see [`Fix`].
    fixes: &'static [Fix],
}

/// Bytes `lo..=hi`.
type ByteRange = (u8, u8);

/// Sequences `first..=last` (their bytes read as a big-endian number) that
/// Python decodes to `cp + (code - first)`, or rejects if `cp` is 0.
type Fix = (u32, u32, u32);

use encoding_rs::{BIG5, EUC_JP, EUC_KR, GB18030, GBK, SHIFT_JIS};

const KATAKANA: &[ByteRange] = &[(0xA1, 0xDF)];
const BIG5_TRAILS: &[ByteRange] = &[(0x40, 0x7E), (0xA1, 0xFE)];

#[rustfmt::skip]
const CJK: &[Cjk] = &[
    Cjk { name: "gb2312", encoding: GBK, singles: &[], shape: Some(((0xA1, 0xF7), &[(0xA1, 0xFE)])), fixes: GB2312_FIXES },
    Cjk { name: "gbk", encoding: GBK, singles: &[], shape: None, fixes: GBK_FIXES },
    Cjk { name: "gb18030", encoding: GB18030, singles: &[], shape: None, fixes: GB18030_FIXES },
    Cjk { name: "big5", encoding: BIG5, singles: &[], shape: Some(((0xA1, 0xF9), BIG5_TRAILS)), fixes: BIG5_FIXES },
    Cjk { name: "big5hkscs", encoding: BIG5, singles: &[], shape: None, fixes: BIG5HKSCS_FIXES },
    Cjk { name: "cp950", encoding: BIG5, singles: &[], shape: Some(((0x81, 0xFE), BIG5_TRAILS)), fixes: CP950_FIXES },
    Cjk { name: "shift_jis", encoding: SHIFT_JIS, singles: KATAKANA, shape: Some(((0x81, 0xEF), &[(0x40, 0x7E), (0x80, 0xFC)])), fixes: SHIFT_JIS_FIXES },
    Cjk { name: "cp932", encoding: SHIFT_JIS, singles: &[(0x80, 0x80), (0xA0, 0xDF), (0xFD, 0xFF)], shape: None, fixes: CP932_FIXES },
    Cjk { name: "euc_jp", encoding: EUC_JP, singles: &[], shape: None, fixes: EUC_JP_FIXES },
    Cjk { name: "euc_kr", encoding: EUC_KR, singles: &[], shape: Some(((0xA1, 0xFE), &[(0xA1, 0xFE)])), fixes: EUC_KR_FIXES },
    Cjk { name: "cp949", encoding: EUC_KR, singles: &[], shape: None, fixes: CP949_FIXES },
];

impl Cjk {
    /// How many bytes Python takes for the sequence starting with `lead`, followed by `next`.
    fn sequence_len(&self, lead: u8, next: Option<u8>) -> usize {
        if lead < 0x80
            || self
                .singles
                .iter()
                .any(|&(lo, hi)| (lo..=hi).contains(&lead))
        {
            1
        } else if self.name == "gb18030" && next.is_some_and(|b| b.is_ascii_digit()) {
            4
        } else if self.name == "euc_jp" && lead == 0x8F {
            3
        } else if self.name == "euc_kr" && lead == 0xA4 && next == Some(0xD4) {
            8
        } else {
            2
        }
    }

    /// What Python decodes the sequence `seq` to, or `None` if it rejects it.
    fn decode_sequence(&self, seq: &[u8]) -> Option<Cow<'static, str>> {
        if let [0xA4, 0xD4, 0xA4, initial, 0xA4, medial, 0xA4, last] = *seq {
            return euc_kr_makeup(initial, medial, last).map(|c| Cow::Owned(c.to_string()));
        }
        if let (Some(((lo, hi), trails)), [lead, trail]) = (self.shape, seq) {
            let fits = |&(lo, hi): &ByteRange| (lo..=hi).contains(trail);
            if !(lo..=hi).contains(lead) || !trails.iter().any(fits) {
                return None;
            }
        }
        let code = seq.iter().fold(0u32, |code, &b| code << 8 | u32::from(b));
        let fix = self.fixes.partition_point(|&(_, last, _)| last < code);
        match self.fixes.get(fix) {
            Some(&(first, _, cp)) if first <= code => {
                let c = char::from_u32(cp.checked_add(code - first)?).filter(|_| cp != 0)?;
                Some(Cow::Owned(c.to_string()))
            }
            _ => self
                .encoding
                .decode_without_bom_handling_and_without_replacement(seq)
                .map(|text| Cow::Owned(text.into_owned())),
        }
    }
}

/// A Hangul syllable spelled as an EUC-KR make-up sequence (KS X 1001:1998
/// annex 3: filler, initial, medial, final jamo), as `_codecs_kr.c` decodes it.
fn euc_kr_makeup(initial: u8, medial: u8, last: u8) -> Option<char> {
    const NONE: u8 = 0xFF;
    #[rustfmt::skip]
    const INITIAL: [u8; 30] = [ // cgk2u_choseong, for 0xA1..=0xBE
        0, 1, NONE, 2, NONE, NONE, 3, 4, 5, NONE, NONE, NONE, NONE, NONE, NONE, NONE,
        6, 7, 8, NONE, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18,
    ];
    #[rustfmt::skip]
    const FINAL: [u8; 30] = [ // cgk2u_jongseong, for 0xA1..=0xBE
        1, 2, 3, 4, 5, 6, 7, NONE, 8, 9, 10, 11, 12, 13, 14, 15,
        16, 17, NONE, 18, 19, 20, 21, 22, NONE, 23, 24, 25, 26, 27,
    ];
    let jamo = |table: &[u8; 30], b: u8| match b {
        0xA1..=0xBE => Some(table[usize::from(b - 0xA1)]).filter(|&j| j != NONE),
        _ => None,
    };
    let initial = u32::from(jamo(&INITIAL, initial)?);
    let medial = u32::from(medial.checked_sub(0xBF).filter(|&m| m <= 0xD3 - 0xBF)?);
    let last = if last == 0xD4 {
        0
    } else {
        u32::from(jamo(&FINAL, last)?)
    };
    char::from_u32(0xAC00 + initial * 588 + medial * 28 + last)
}

fn decode_cjk<'a>(cjk: &Cjk, input: &'a [u8]) -> Result<Cow<'a, str>, RawError> {
    let mut out = String::with_capacity(input.len() * 2);
    let mut at = 0;
    while let Some(&lead) = input.get(at) {
        if lead < 0x80 {
            out.push(char::from(lead));
            at += 1;
            continue;
        }
        let len = cjk.sequence_len(lead, input.get(at + 1).copied());
        let error = |end, reason| RawError {
            codec: cjk.name,
            byte: lead,
            start: at,
            end,
            reason,
        };
        let Some(seq) = input.get(at..at + len) else {
            return Err(error(input.len(), "incomplete multibyte sequence"));
        };
        match cjk.decode_sequence(seq) {
            Some(text) => out.push_str(&text),
            None => return Err(error(at + 1, "illegal multibyte sequence")),
        }
        at += len;
    }
    Ok(Cow::Owned(out))
}

/// Compile mode: where undecodable bytes make the source fail. CPython
/// decodes a token's text only when the parser reads it, so such bytes are
/// harmless in comments and an error inside any other token (for a string,
/// the position counts from the start of its body).
pub fn undecodable_in_tokens(
    decoded: &DecodedSource<'_>,
    tokens: &[crate::Token],
) -> Option<EncodingError> {
    use crate::TokenKind;
    for bad in &decoded.invalid_utf8 {
        let at = tokens.partition_point(|t| t.span.end <= bad.offset);
        let Some(token) = tokens.get(at).filter(|t| t.span.contains(bad.offset)) else {
            continue;
        };
        if matches!(
            token.kind,
            TokenKind::Comment | TokenKind::Nl | TokenKind::Newline
        ) {
            continue;
        }
        let text = token.text(&decoded.text);
        let body = match crate::string_literal::split_string_token(text) {
            Some(literal) if token.kind == TokenKind::String => {
                let start = token.span.start as usize + literal.body_offset as usize;
                start..start + literal.body.len()
            }
            _ => token.span.range(),
        };
        if let Some(error) = utf8_decode_error(&decoded.raw_bytes(body)) {
            return Some(EncodingError {
                kind: EncodingErrorKind::UnicodeError(error),
                span: token.span,
                line: None,
            });
        }
    }
    None
}
