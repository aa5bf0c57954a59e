//! Escape decoding for str and bytes bodies, as CPython 3.11's
//! `decode_unicode_with_escapes` + `_PyUnicode_DecodeUnicodeEscapeInternal`
//! and `_PyBytes_DecodeEscape`.

use pyvm_source::Span;

use super::unicode_name::lookup;
use super::{StringError, StringErrorKind, StringWarning, StringWarningKind, UnicodeEscapeReason};

/// A str value under construction: UTF-8 until a lone surrogate turns up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum StrBuf {
    /// Text without lone surrogates.
    Utf8(String),
    /// Code points, used once a lone surrogate has been seen.
    Wide(Vec<u32>),
}

impl StrBuf {
    fn push_str(&mut self, text: &str) {
        match self {
            StrBuf::Utf8(buf) => buf.push_str(text),
            StrBuf::Wide(buf) => buf.extend(text.chars().map(u32::from)),
        }
    }

    /// Appends one code point, which may be a lone surrogate.
    fn push_code(&mut self, code: u32) {
        match (&mut *self, char::from_u32(code)) {
            (StrBuf::Utf8(buf), Some(c)) => buf.push(c),
            (StrBuf::Utf8(buf), None) => {
                let mut wide: Vec<u32> = buf.chars().map(u32::from).collect();
                wide.push(code);
                *self = StrBuf::Wide(wide);
            }
            (StrBuf::Wide(buf), _) => buf.push(code),
        }
    }

    /// Appends another buffer.
    pub(crate) fn append(&mut self, other: StrBuf) {
        match other {
            StrBuf::Utf8(text) => self.push_str(&text),
            StrBuf::Wide(codes) => {
                for code in codes {
                    self.push_code(code);
                }
            }
        }
    }
}

/// `text` with `\r\n` and lone `\r` turned into `\n`, as CPython's tokenizer
/// translates line ends before anything else sees them.
pub(crate) fn normalize_newlines(text: &str) -> String {
    if !text.contains('\r') {
        return text.to_owned();
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// Index of the first `\` or `\r` at or after `from`.
fn find_special(bytes: &[u8], from: usize) -> Option<usize> {
    let rest = bytes.get(from..)?;
    memchr::memchr2(b'\\', b'\r', rest).map(|at| from + at)
}

/// Decodes a str body with escapes, pushing a warning for its first invalid
/// escape. `base` is the absolute offset of `body`.
pub(crate) fn decode_str(
    body: &str,
    base: u32,
    warnings: &mut Vec<StringWarning>,
) -> Result<StrBuf, StringError> {
    let bytes = body.as_bytes();
    let Some(first) = find_special(bytes, 0) else {
        return Ok(StrBuf::Utf8(body.to_owned()));
    };
    let mut out = StrBuf::Utf8(String::with_capacity(body.len()));
    let mut warned = false;
    let (mut run_start, mut at) = (0, first);
    loop {
        out.push_str(&body[run_start..at]);
        if at >= bytes.len() {
            return Ok(out);
        }
        at = if bytes[at] == b'\r' {
            out.push_code(u32::from('\n'));
            at + 1 + usize::from(bytes.get(at + 1) == Some(&b'\n'))
        } else {
            let escape = decode_str_escape(body, at, &mut out)
                .map_err(|(end, reason)| unicode_error(body, base, at, end, reason))?;
            if let (Some(kind), false) = (escape.warning, warned) {
                warned = true;
                warnings.push(StringWarning {
                    kind,
                    span: span(base, at, escape.end),
                });
            }
            escape.end
        };
        run_start = at;
        at = find_special(bytes, at).unwrap_or(bytes.len());
    }
}

/// What one escape decoded to.
struct Escape {
    /// Index just past the escape.
    end: usize,
    /// The warning it deserves, if it is an invalid escape.
    warning: Option<StringWarningKind>,
}

/// Decodes the str escape whose backslash is at `at` into `out`. On error,
/// returns the index where CPython's codec stopped and the reason.
fn decode_str_escape(
    body: &str,
    at: usize,
    out: &mut StrBuf,
) -> Result<Escape, (usize, UnicodeEscapeReason)> {
    let bytes = body.as_bytes();
    let mut end = at + 2;
    let mut warning = None;
    let Some(&c) = bytes.get(at + 1).filter(|&&c| c.is_ascii()) else {
        // CPython rewrites a backslash before a non-ASCII character (or at
        // the end) as `\u005c`: a literal backslash, with no warning.
        out.push_code(u32::from('\\'));
        return Ok(Escape {
            end: at + 1,
            warning,
        });
    };
    match c {
        b'\n' => {}
        b'\r' => end += usize::from(bytes.get(end) == Some(&b'\n')),
        b'\\' | b'\'' | b'"' => out.push_code(u32::from(c)),
        b'a' => out.push_code(0x07),
        b'b' => out.push_code(0x08),
        b'f' => out.push_code(0x0c),
        b'n' => out.push_code(0x0a),
        b'r' => out.push_code(0x0d),
        b't' => out.push_code(0x09),
        b'v' => out.push_code(0x0b),
        b'0'..=b'7' => {
            let code = octal(bytes, at + 1, &mut end);
            if code > 0o377 {
                warning = Some(StringWarningKind::InvalidOctalEscape(code));
            }
            out.push_code(code);
        }
        b'x' | b'u' | b'U' => {
            let (digits, reason) = match c {
                b'x' => (2, UnicodeEscapeReason::TruncatedX),
                b'u' => (4, UnicodeEscapeReason::TruncatedU),
                _ => (8, UnicodeEscapeReason::TruncatedBigU),
            };
            let mut code = 0u32;
            for _ in 0..digits {
                let digit = bytes.get(end).and_then(|&b| char::from(b).to_digit(16));
                code = (code << 4) | digit.ok_or((end, reason))?;
                end += 1;
            }
            if code > 0x10ffff {
                return Err((end, UnicodeEscapeReason::IllegalCharacter));
            }
            out.push_code(code);
        }
        b'N' => {
            let malformed = UnicodeEscapeReason::MalformedN;
            if bytes.get(end) != Some(&b'{') {
                return Err((end, malformed));
            }
            let name_start = end + 1;
            let Some(len) = bytes[name_start..].iter().position(|&b| b == b'}') else {
                return Err((bytes.len(), malformed));
            };
            if len == 0 {
                return Err((name_start, malformed));
            }
            end = name_start + len + 1;
            let code = lookup(&body[name_start..name_start + len])
                .ok_or((end, UnicodeEscapeReason::UnknownName))?;
            out.push_code(u32::from(code));
        }
        _ => {
            warning = Some(StringWarningKind::InvalidEscape(char::from(c)));
            out.push_code(u32::from('\\'));
            out.push_code(u32::from(c));
        }
    }
    Ok(Escape { end, warning })
}

/// Reads an octal escape whose first digit is at `first`, up to three digits;
/// `end` is left just past the last digit.
fn octal(bytes: &[u8], first: usize, end: &mut usize) -> u32 {
    let mut code = u32::from(bytes[first] - b'0');
    *end = first + 1;
    while *end < first + 3 {
        match bytes.get(*end) {
            Some(&d @ b'0'..=b'7') => code = code * 8 + u32::from(d - b'0'),
            _ => break,
        }
        *end += 1;
    }
    code
}

/// Decodes a bytes body (already known to be ASCII) with escapes.
pub(crate) fn decode_bytes(
    body: &str,
    base: u32,
    warnings: &mut Vec<StringWarning>,
) -> Result<Vec<u8>, StringError> {
    let bytes = body.as_bytes();
    let Some(first) = find_special(bytes, 0) else {
        return Ok(bytes.to_vec());
    };
    let mut out = Vec::with_capacity(bytes.len());
    let mut warned = false;
    let (mut run_start, mut at) = (0, first);
    loop {
        out.extend_from_slice(&bytes[run_start..at]);
        if at >= bytes.len() {
            return Ok(out);
        }
        at = if bytes[at] == b'\r' {
            out.push(b'\n');
            at + 1 + usize::from(bytes.get(at + 1) == Some(&b'\n'))
        } else {
            let (end, warning) = decode_bytes_escape(body, base, at, &mut out)?;
            if let (Some(kind), false) = (warning, warned) {
                warned = true;
                warnings.push(StringWarning {
                    kind,
                    span: span(base, at, end),
                });
            }
            end
        };
        run_start = at;
        at = find_special(bytes, at).unwrap_or(bytes.len());
    }
}

/// Decodes the bytes escape whose backslash is at `at` into `out`, returning
/// the index past it and the warning it deserves.
fn decode_bytes_escape(
    body: &str,
    base: u32,
    at: usize,
    out: &mut Vec<u8>,
) -> Result<(usize, Option<StringWarningKind>), StringError> {
    let bytes = body.as_bytes();
    let Some(&c) = bytes.get(at + 1) else {
        let kind = StringErrorKind::BytesTrailingBackslash;
        return Err(StringError::new(kind, span(base, at, at + 1)));
    };
    let mut end = at + 2;
    let mut warning = None;
    match c {
        b'\n' => {}
        b'\r' => end += usize::from(bytes.get(end) == Some(&b'\n')),
        b'\\' | b'\'' | b'"' => out.push(c),
        b'a' => out.push(0x07),
        b'b' => out.push(0x08),
        b'f' => out.push(0x0c),
        b'n' => out.push(0x0a),
        b'r' => out.push(0x0d),
        b't' => out.push(0x09),
        b'v' => out.push(0x0b),
        b'0'..=b'7' => {
            let code = octal(bytes, at + 1, &mut end);
            if code > 0o377 {
                warning = Some(StringWarningKind::InvalidOctalEscape(code));
            }
            // CPython stores the value in a C char: only the low byte stays.
            out.push(code as u8);
        }
        b'x' => {
            let hex = |i: usize| bytes.get(i).and_then(|&b| char::from(b).to_digit(16));
            match (hex(end), hex(end + 1)) {
                (Some(high), Some(low)) => {
                    out.push((high * 16 + low) as u8);
                    end += 2;
                }
                (high, _) => {
                    let position = cpython_len(bytes, at);
                    let kind = StringErrorKind::BytesEscape { position };
                    let shown = end + usize::from(high.is_some());
                    return Err(StringError::new(kind, span(base, at, shown)));
                }
            }
        }
        _ => {
            warning = Some(StringWarningKind::InvalidEscape(char::from(c)));
            out.extend_from_slice(&[b'\\', c]);
        }
    }
    Ok((end, warning))
}

/// The `unicodeescape` error for the escape at `start..end` of `body`.
fn unicode_error(
    body: &str,
    base: u32,
    start: usize,
    end: usize,
    reason: UnicodeEscapeReason,
) -> StringError {
    let bytes = body.as_bytes();
    let kind = StringErrorKind::UnicodeEscape {
        start: cpython_len(bytes, start),
        end: cpython_len(bytes, end),
        reason,
    };
    StringError::new(kind, span(base, start, end))
}

/// The length that `body[..to]` has in the buffer CPython's
/// `decode_unicode_with_escapes` hands to the codec, which is what the
/// positions in its error messages count: line ends are one `\n`, every
/// non-ASCII character becomes the ten bytes `\UXXXXXXXX`, and a backslash
/// before one (or at the end) becomes the six bytes `\u005c`. As in CPython's
/// loop, the character after such a backslash is never itself checked for a
/// following non-ASCII character.
fn cpython_len(bytes: &[u8], to: usize) -> usize {
    let (mut len, mut at) = (0, 0);
    while at < to {
        if bytes[at] == b'\\' {
            len += 1;
            at += 1;
            match bytes.get(at) {
                None => return len + 5,
                Some(&next) if !next.is_ascii() => len += 5,
                Some(_) => {}
            }
        }
        match bytes[at] {
            b'\r' if bytes.get(at + 1) == Some(&b'\n') => at += 2,
            b if b.is_ascii() => at += 1,
            b => at = (at + utf8_width(b)).min(bytes.len()),
        }
        len += if bytes[at - 1].is_ascii() { 1 } else { 10 };
    }
    len
}

/// The byte length of the UTF-8 character starting with `lead`.
fn utf8_width(lead: u8) -> usize {
    match lead {
        0xf0.. => 4,
        0xe0.. => 3,
        _ => 2,
    }
}

/// The absolute span of `start..end` in a body at absolute offset `base`.
fn span(base: u32, start: usize, end: usize) -> Span {
    Span::new(base + start as u32, base + end as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cpython_len_counts_as_cpython_rewrites() {
        let len = |s: &str| cpython_len(s.as_bytes(), s.len());
        assert_eq!(len("ab"), 2);
        assert_eq!(len("é"), 10);
        assert_eq!(len("\\é"), 16);
        assert_eq!(len("\\\\é"), 12);
        assert_eq!(len("a\r\nb"), 3);
        assert_eq!(len("\\\r\n"), 2);
        assert_eq!(len("😀x"), 11);
    }

    #[test]
    fn find_special_finds_first_backslash_or_cr() {
        let long = "x".repeat(100) + "\\";
        assert_eq!(find_special(long.as_bytes(), 0), Some(100));
        assert_eq!(find_special(b"ab\rc\\", 0), Some(2));
        assert_eq!(find_special(b"ab\rc\\", 3), Some(4));
        assert_eq!(find_special(b"abc", 0), None);
        assert_eq!(find_special(b"abc", 9), None);
    }
}
