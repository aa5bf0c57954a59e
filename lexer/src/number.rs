//! Number literals: where a number token ends, and whether CPython accepts it.
//!
//! The two questions have different answers for malformed input. The token
//! boundaries follow `tokenize`'s `Number` pattern (so `0777` is `0` then
//! `777`, exactly as `python -m tokenize` prints); validity follows the C
//! tokenizer's rules (so `0777` is "leading zeros in decimal integer
//! literals are not permitted…").

use crate::error::{LexErrorKind, NumberKind};

/// The end of the number token starting at `bytes[start]`, following the
/// regular expression of `tokenize`: `Imagnumber | Floatnumber | Intnumber`,
/// first alternative that matches.
///
/// `bytes[start]` must be a digit, or a `.` followed by a digit.
pub(crate) fn number_end(bytes: &[u8], start: usize) -> usize {
    let is_imag = |end: usize| matches!(bytes.get(end), Some(b'j' | b'J'));
    if let Some(end) = digit_run(bytes, start) {
        if is_imag(end) {
            return end + 1;
        }
    }
    if let Some(end) = float_end(bytes, start) {
        return if is_imag(end) { end + 1 } else { end };
    }
    int_end(bytes, start)
}

/// `[0-9](?:_?[0-9])*`
fn digit_run(bytes: &[u8], start: usize) -> Option<usize> {
    run(bytes, start, |b| b.is_ascii_digit())
}

/// `D(?:_?D)*` for a digit class `D`.
fn run(bytes: &[u8], start: usize, digit: impl Fn(u8) -> bool) -> Option<usize> {
    if !bytes.get(start).is_some_and(|&b| digit(b)) {
        return None;
    }
    let mut end = start + 1;
    loop {
        match bytes.get(end) {
            Some(&b) if digit(b) => end += 1,
            Some(b'_') if bytes.get(end + 1).is_some_and(|&b| digit(b)) => end += 2,
            _ => return Some(end),
        }
    }
}

/// `Pointfloat | Expfloat`
fn float_end(bytes: &[u8], start: usize) -> Option<usize> {
    let point_end = match digit_run(bytes, start) {
        Some(end) if bytes.get(end) == Some(&b'.') => {
            Some(digit_run(bytes, end + 1).unwrap_or(end + 1))
        }
        Some(end) => return exponent_end(bytes, end),
        None if bytes.get(start) == Some(&b'.') => digit_run(bytes, start + 1),
        None => None,
    }?;
    Some(exponent_end(bytes, point_end).unwrap_or(point_end))
}

/// `[eE][-+]?[0-9](?:_?[0-9])*`
fn exponent_end(bytes: &[u8], start: usize) -> Option<usize> {
    if !matches!(bytes.get(start), Some(b'e' | b'E')) {
        return None;
    }
    let digits = if matches!(bytes.get(start + 1), Some(b'+' | b'-')) {
        start + 2
    } else {
        start + 1
    };
    digit_run(bytes, digits)
}

/// `Hexnumber | Binnumber | Octnumber | Decnumber`
fn int_end(bytes: &[u8], start: usize) -> usize {
    if bytes[start] == b'0' {
        let prefixed = |digit: fn(u8) -> bool| {
            let mut end = start + 2;
            let mut any = false;
            loop {
                match bytes.get(end) {
                    Some(&b) if digit(b) => end += 1,
                    Some(b'_') if bytes.get(end + 1).is_some_and(|&b| digit(b)) => end += 2,
                    _ => break,
                }
                any = true;
            }
            any.then_some(end)
        };
        let radix_end = match bytes.get(start + 1) {
            Some(b'x' | b'X') => prefixed(|b| b.is_ascii_hexdigit()),
            Some(b'b' | b'B') => prefixed(|b| matches!(b, b'0' | b'1')),
            Some(b'o' | b'O') => prefixed(|b| matches!(b, b'0'..=b'7')),
            _ => None,
        };
        // `0(?:_?0)*`
        radix_end.unwrap_or_else(|| run(bytes, start, |b| b == b'0').unwrap_or(start + 1))
    } else {
        digit_run(bytes, start).unwrap_or(start + 1)
    }
}

/// A reading cursor with the C tokenizer's `tok_nextc`/`tok_backup` moves,
/// so the checks below can follow CPython's number grammar step by step.
struct Cursor<'a> {
    bytes: &'a [u8],
    /// Index of the next byte to read.
    next: usize,
}

/// Where CPython reports an error: the byte before the cursor.
type Failure = (LexErrorKind, usize, usize);

impl Cursor<'_> {
    fn next_char(&mut self) -> u8 {
        let c = self.bytes.get(self.next).copied().unwrap_or(0);
        self.next += 1;
        c
    }

    fn backup(&mut self) {
        self.next -= 1;
    }

    /// An error at the last byte read, after backing up over `c` — where
    /// CPython's `syntaxerror()` points.
    fn fail_before(&mut self, kind: LexErrorKind) -> Failure {
        self.backup();
        let at = self.next.saturating_sub(1);
        (kind, at, at + 1)
    }

    fn lookahead(&self, rest: &[u8]) -> bool {
        self.bytes.get(self.next..self.next + rest.len()) == Some(rest)
    }

    /// `tok_decimal_tail`: more digits with single underscores between them.
    fn decimal_tail(&mut self) -> Result<u8, Failure> {
        loop {
            let mut c = self.next_char();
            while c.is_ascii_digit() {
                c = self.next_char();
            }
            if c != b'_' {
                return Ok(c);
            }
            if !self.next_char().is_ascii_digit() {
                return Err(self.fail_before(LexErrorKind::InvalidNumber(NumberKind::Decimal)));
            }
        }
    }

    /// `verify_end_of_number`: a number may not run into a name, except for
    /// the keywords that can follow one in valid code (`1if x else y`), which
    /// CPython 3.11 only warns about.
    fn verify_end(&mut self, c: u8, kind: NumberKind) -> Result<(), Failure> {
        let keyword_follows = match c {
            b'a' => self.lookahead(b"nd"),
            b'e' => self.lookahead(b"lse"),
            b'f' => self.lookahead(b"or"),
            b'i' => matches!(self.bytes.get(self.next), Some(b'f' | b'n' | b's')),
            b'o' => self.lookahead(b"r"),
            b'n' => self.lookahead(b"ot"),
            _ => false,
        };
        // Only ASCII: a non-ASCII character after a number is left to be
        // reported as a token of its own, as CPython 3.11 does.
        if !keyword_follows && (c.is_ascii_alphanumeric() || c == b'_') {
            return Err(self.fail_before(LexErrorKind::InvalidNumber(kind)));
        }
        Ok(())
    }

    /// Digits of a `0x`/`0o`/`0b` literal, as CPython's loop over
    /// `_`-separated groups. Returns the character after the digits.
    fn radix_digits(&mut self, kind: NumberKind, digit: fn(u8) -> bool) -> Result<u8, Failure> {
        let mut c = self.next_char();
        loop {
            if c == b'_' {
                c = self.next_char();
            }
            if !digit(c) {
                if kind != NumberKind::Hexadecimal && c.is_ascii_digit() {
                    let at = self.next - 1;
                    return Err((
                        LexErrorKind::InvalidDigit {
                            digit: c as char,
                            base: kind,
                        },
                        at,
                        at + 1,
                    ));
                }
                return Err(self.fail_before(LexErrorKind::InvalidNumber(kind)));
            }
            while digit(c) {
                c = self.next_char();
            }
            if c != b'_' {
                break;
            }
        }
        if kind != NumberKind::Hexadecimal && c.is_ascii_digit() {
            let at = self.next - 1;
            return Err((
                LexErrorKind::InvalidDigit {
                    digit: c as char,
                    base: kind,
                },
                at,
                at + 1,
            ));
        }
        Ok(c)
    }
}

/// Checks the number starting at `bytes[start]` as CPython's tokenizer
/// does. On failure, gives the error and the byte range CPython reports.
pub(crate) fn check_number(bytes: &[u8], start: usize) -> Result<(), Failure> {
    let mut cur = Cursor { bytes, next: start };
    let first = cur.next_char();
    if first == b'.' {
        return fraction(&mut cur);
    }
    if first != b'0' {
        let c = cur.decimal_tail()?;
        return after_integer_part(&mut cur, c);
    }
    let c = cur.next_char();
    let (kind, digit): (NumberKind, fn(u8) -> bool) = match c {
        b'x' | b'X' => (NumberKind::Hexadecimal, |b| b.is_ascii_hexdigit()),
        b'o' | b'O' => (NumberKind::Octal, |b| matches!(b, b'0'..=b'7')),
        b'b' | b'B' => (NumberKind::Binary, |b| matches!(b, b'0' | b'1')),
        _ => return leading_zero(&mut cur, start, c),
    };
    let c = cur.radix_digits(kind, digit)?;
    cur.verify_end(c, kind)
}

/// After a leading `0`: more zeros are fine, other digits only before a
/// fraction, exponent or `j` (`09.5` is a float, `09` an error).
fn leading_zero(cur: &mut Cursor<'_>, start: usize, mut c: u8) -> Result<(), Failure> {
    loop {
        if c == b'_' {
            c = cur.next_char();
            if !c.is_ascii_digit() {
                return Err(cur.fail_before(LexErrorKind::InvalidNumber(NumberKind::Decimal)));
            }
        }
        if c != b'0' {
            break;
        }
        c = cur.next_char();
    }
    let zeros_end = cur.next - 1;
    let nonzero = c.is_ascii_digit();
    if nonzero {
        c = cur.decimal_tail()?;
    }
    match c {
        b'.' => fraction(cur),
        b'e' | b'E' | b'j' | b'J' => exponent_or_end(cur, c),
        _ if nonzero => Err((LexErrorKind::LeadingZeros, start, zeros_end.max(start + 1))),
        _ => cur.verify_end(c, NumberKind::Decimal),
    }
}

fn after_integer_part(cur: &mut Cursor<'_>, c: u8) -> Result<(), Failure> {
    match c {
        b'.' => fraction(cur),
        _ => exponent_or_end(cur, c),
    }
}

/// After the digits of a mantissa: an exponent, a `j`, or the end.
fn exponent_or_end(cur: &mut Cursor<'_>, c: u8) -> Result<(), Failure> {
    match c {
        b'e' | b'E' => exponent(cur, c),
        b'j' | b'J' => imaginary(cur),
        _ => cur.verify_end(c, NumberKind::Decimal),
    }
}

/// After the `.` of a float.
fn fraction(cur: &mut Cursor<'_>) -> Result<(), Failure> {
    let mut c = cur.next_char();
    if c.is_ascii_digit() {
        c = cur.decimal_tail()?;
    }
    exponent_or_end(cur, c)
}

/// After the `e` of a float. A bare `e` not followed by digits ends the
/// number before the `e` when a keyword follows (`1else`), else is an error.
fn exponent(cur: &mut Cursor<'_>, e: u8) -> Result<(), Failure> {
    let mut c = cur.next_char();
    if c == b'+' || c == b'-' {
        c = cur.next_char();
        if !c.is_ascii_digit() {
            return Err(cur.fail_before(LexErrorKind::InvalidNumber(NumberKind::Decimal)));
        }
    } else if !c.is_ascii_digit() {
        cur.backup();
        return cur.verify_end(e, NumberKind::Decimal);
    }
    let c = cur.decimal_tail()?;
    match c {
        b'j' | b'J' => imaginary(cur),
        _ => cur.verify_end(c, NumberKind::Decimal),
    }
}

fn imaginary(cur: &mut Cursor<'_>) -> Result<(), Failure> {
    let c = cur.next_char();
    cur.verify_end(c, NumberKind::Imaginary)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn token(text: &str) -> &str {
        &text[..number_end(text.as_bytes(), 0)]
    }

    #[test]
    fn token_boundaries_follow_tokenize() {
        for (text, expected) in [
            ("0777", "0"),
            ("1__0", "1"),
            ("1_", "1"),
            ("0x", "0"),
            ("1e", "1"),
            ("1e+5", "1e+5"),
            ("1.5j", "1.5j"),
            ("1_000j", "1_000j"),
            ("0_0", "0_0"),
            ("00", "00"),
            ("0xfF_1", "0xfF_1"),
            ("0b102", "0b10"),
            ("0o78", "0o7"),
            (".5e-3", ".5e-3"),
            ("1.", "1."),
            ("1.e5", "1.e5"),
            ("1..real", "1."),
            ("09.5", "09.5"),
            ("1if", "1"),
            ("1e5j", "1e5j"),
        ] {
            assert_eq!(token(text), expected, "{text}");
        }
    }

    /// Messages and 1-based (offset, end_offset) pairs recorded from CPython
    /// 3.11's `compile()`.
    #[test]
    fn errors_match_cpython() {
        use LexErrorKind::*;
        use NumberKind::*;
        let cases: &[(&str, LexErrorKind, usize, usize)] = &[
            ("0777", LeadingZeros, 1, 2),
            ("0_7", LeadingZeros, 1, 3),
            ("09", LeadingZeros, 1, 2),
            ("1__0", InvalidNumber(Decimal), 2, 2),
            ("1_", InvalidNumber(Decimal), 2, 2),
            ("0x", InvalidNumber(Hexadecimal), 2, 2),
            ("1e", InvalidNumber(Decimal), 1, 1),
            ("1e+", InvalidNumber(Decimal), 3, 3),
            (
                "0b2",
                InvalidDigit {
                    digit: '2',
                    base: Binary,
                },
                3,
                3,
            ),
            (
                "0o8",
                InvalidDigit {
                    digit: '8',
                    base: Octal,
                },
                3,
                3,
            ),
            ("0x_", InvalidNumber(Hexadecimal), 3, 3),
            ("0b1_", InvalidNumber(Binary), 4, 4),
            ("1.e", InvalidNumber(Decimal), 2, 2),
            ("1jx", InvalidNumber(Imaginary), 2, 2),
            ("1abc", InvalidNumber(Decimal), 1, 1),
            ("1.5_", InvalidNumber(Decimal), 4, 4),
            ("1.5e_1", InvalidNumber(Decimal), 3, 3),
            ("0xg", InvalidNumber(Hexadecimal), 2, 2),
            ("0o", InvalidNumber(Octal), 2, 2),
            ("0b", InvalidNumber(Binary), 2, 2),
            ("1.__x", InvalidNumber(Decimal), 2, 2),
            ("1_.0", InvalidNumber(Decimal), 2, 2),
            ("1__.0", InvalidNumber(Decimal), 2, 2),
            ("0o1_", InvalidNumber(Octal), 4, 4),
            ("0e", InvalidNumber(Decimal), 1, 1),
            ("0_", InvalidNumber(Decimal), 2, 2),
            ("0o7a", InvalidNumber(Octal), 3, 3),
            ("0xfz", InvalidNumber(Hexadecimal), 3, 3),
            ("0b1a", InvalidNumber(Binary), 3, 3),
            ("1.5a", InvalidNumber(Decimal), 3, 3),
            ("1e5a", InvalidNumber(Decimal), 3, 3),
            ("1jj", InvalidNumber(Imaginary), 2, 2),
            ("5_j", InvalidNumber(Decimal), 2, 2),
        ];
        for (text, kind, offset, _end_offset) in cases {
            let (got, start, _end) = check_number(text.as_bytes(), 0).expect_err(text);
            assert_eq!(&got, kind, "{text}");
            assert_eq!(start + 1, *offset, "{text}");
        }
    }

    #[test]
    fn valid_numbers_pass() {
        for text in [
            "0",
            "00",
            "0_0",
            "1_000j",
            "1.0_1",
            "1e1_0",
            "09.5",
            "1e1j",
            "1.j",
            "0xdead_beef",
            "0o17",
            "0b1_0",
            ".5",
            "1.",
            "1if",
            "1else",
            "0x1for",
            "1 ",
            "3.14e-10J",
        ] {
            assert_eq!(check_number(text.as_bytes(), 0), Ok(()), "{text}");
        }
    }
}
