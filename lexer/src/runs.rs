//! Runs of bytes of one class, read eight bytes at a time.
//!
//! Names and indentation are the longest runs the lexer walks; testing a
//! `u64` of eight bytes at once ("SIMD within a register") takes about as
//! many instructions as testing two bytes one by one.

/// `byte` in every byte of a `u64`.
const fn splat(byte: u8) -> u64 {
    byte as u64 * 0x0101_0101_0101_0101
}

/// The high bit of every byte.
const HIGH: u64 = splat(0x80);

/// The eight bytes at `at`, if there are eight.
#[inline]
fn chunk(bytes: &[u8], at: usize) -> Option<u64> {
    let eight = bytes.get(at..at + 8)?;
    Some(u64::from_le_bytes(eight.try_into().ok()?))
}

/// The offset of the first byte whose high bit is set in `mask` (which has
/// no other bits set), if any.
#[inline]
fn first_marked(mask: u64) -> Option<usize> {
    (mask != 0).then(|| mask.trailing_zeros() as usize / 8)
}

/// The high bit of each byte of `low` (whose bytes are all below `0x80`)
/// from `lo` to `hi`: both sums stay below `0x100` in every byte, so no
/// carry crosses into the next.
#[inline]
fn in_range(low: u64, lo: u8, hi: u8) -> u64 {
    (low + splat(0x80 - lo)) & !(low + splat(0x7f - hi)) & HIGH
}

/// The end of the run of ASCII letters, digits and `_` from `from`.
#[inline]
pub(crate) fn ascii_word_end(bytes: &[u8], from: usize) -> usize {
    let mut pos = from;
    while let Some(eight) = chunk(bytes, pos) {
        let low = eight & !HIGH;
        // `| 0x20` folds upper case letters onto lower case ones; no other
        // byte lands among them.
        let word = in_range(low | splat(0x20), b'a', b'z')
            | in_range(low, b'0', b'9')
            | in_range(low, b'_', b'_');
        // Non-ASCII bytes are no part of the run.
        match first_marked((!word | eight) & HIGH) {
            Some(offset) => return pos + offset,
            None => pos += 8,
        }
    }
    pos + bytes[pos..]
        .iter()
        .take_while(|&&b| b.is_ascii_alphanumeric() || b == b'_')
        .count()
}

/// The end of the run of spaces (` ` only) from `from`.
#[inline]
pub(crate) fn spaces_end(bytes: &[u8], from: usize) -> usize {
    let mut pos = from;
    while let Some(eight) = chunk(bytes, pos) {
        // A zero byte where there is a space: mark the others.
        let other = eight ^ splat(b' ');
        match first_marked(nonzero_bytes(other)) {
            Some(offset) => return pos + offset,
            None => pos += 8,
        }
    }
    pos + bytes[pos..].iter().take_while(|&&b| b == b' ').count()
}

/// The high bit of each nonzero byte of `x`.
#[inline]
fn nonzero_bytes(x: u64) -> u64 {
    (((x & !HIGH) + !HIGH) | x) & HIGH
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_runs_agree_with_a_byte_by_byte_scan() {
        let byte_by_byte = |bytes: &[u8], from: usize| {
            from + bytes[from..]
                .iter()
                .take_while(|&&b| b.is_ascii_alphanumeric() || b == b'_')
                .count()
        };
        for b in 0..=255u8 {
            for at in 0..12 {
                let mut text = *b"abcdefghijklmnopq";
                text[at] = b;
                assert_eq!(
                    ascii_word_end(&text, 0),
                    byte_by_byte(&text, 0),
                    "{b:#x} at {at}"
                );
                assert_eq!(
                    ascii_word_end(&text, 3),
                    byte_by_byte(&text, 3),
                    "{b:#x} at {at}"
                );
            }
        }
    }

    #[test]
    fn space_runs_agree_with_a_byte_by_byte_scan() {
        for b in 0..=255u8 {
            for at in 0..12 {
                let mut text = [b' '; 17];
                text[at] = b;
                let expected = text.iter().take_while(|&&c| c == b' ').count();
                assert_eq!(spaces_end(&text, 0), expected, "{b:#x} at {at}");
            }
        }
    }
}
