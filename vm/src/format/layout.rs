//! Laying out a formatted number or text in its field: sign, prefix,
//! padding and digit grouping, as CPython's `calc_number_widths`,
//! `fill_number`, `_PyUnicode_InsertThousandsGrouping` and `calc_padding`
//! (Python/formatter_unicode.c, Objects/unicodeobject.c) do.

use super::spec::{Align, FormatSpec, Grouping, Sign};
use super::FormatError;

/// A number's parts before layout:
/// `[-]PREFIX DIGITS[.REMAINDER]`, or for `c` only a remainder.
pub(crate) struct Number<'a> {
    /// Whether the number carries a `-`.
    pub(crate) negative: bool,
    /// `0x`, `0o`, `0b` (uppercase for `X`) or empty.
    pub(crate) prefix: &'a str,
    /// The integer digits, which grouping separates.
    pub(crate) digits: &'a str,
    /// Whether a decimal point follows the digits.
    pub(crate) has_decimal: bool,
    /// What follows the decimal point (or the digits): fraction digits,
    /// exponent, `%`, `inf`.
    pub(crate) remainder: &'a str,
}

impl<'a> Number<'a> {
    /// Splits a float's text (`-1234.5e+06`, `inf`) as CPython's
    /// `parse_number` does.
    pub(crate) fn parse(text: &'a str) -> Number<'a> {
        let (negative, text) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        let end = text
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(text.len());
        let (digits, rest) = text.split_at(end);
        let (has_decimal, remainder) = match rest.strip_prefix('.') {
            Some(after) => (true, after),
            None => (false, rest),
        };
        Number {
            negative,
            prefix: "",
            digits,
            has_decimal,
            remainder,
        }
    }
}

/// How digits are grouped: CPython's `LocaleInfo` for the non-locale
/// cases (pyvm formats `n` as in the C locale: no grouping).
#[derive(Clone, Copy)]
pub(crate) struct Locale {
    separator: Option<char>,
    /// Digits per group; 0 for no grouping.
    group: usize,
}

impl Locale {
    /// The grouping `spec` asks for.
    pub(crate) fn of(spec: &FormatSpec) -> Locale {
        match (spec.grouping, spec.ty) {
            (Grouping::None, _) | (_, Some('n')) => Locale {
                separator: None,
                group: 0,
            },
            (Grouping::Comma, _) => Locale {
                separator: Some(','),
                group: 3,
            },
            (Grouping::Underscore, Some('b' | 'o' | 'x' | 'X')) => Locale {
                separator: Some('_'),
                group: 4,
            },
            (Grouping::Underscore, _) => Locale {
                separator: Some('_'),
                group: 3,
            },
        }
    }
}

/// Appends `number` laid out in `spec`'s field (fill, align, width, sign).
pub(crate) fn write_number(
    out: &mut String,
    number: &Number<'_>,
    spec: &FormatSpec,
    locale: Locale,
) -> Result<(), FormatError> {
    let sign = match (spec.sign, number.negative) {
        (_, true) => Some('-'),
        (Sign::Plus, false) => Some('+'),
        (Sign::Space, false) => Some(' '),
        _ => None,
    };
    let prefix_len = number.prefix.len() as isize;
    let non_digits = sign.is_some() as isize
        + prefix_len
        + number.has_decimal as isize
        + number.remainder.chars().count() as isize;
    let width = spec.width.map_or(-1, |w| w as isize);
    // Zero padding goes into the digits, so that it is grouped too.
    let min_width = if spec.fill == '0' && spec.align == Align::AfterSign {
        width - non_digits
    } else {
        0
    };
    let grouped = if number.digits.is_empty() {
        String::new()
    } else {
        group_digits(number.digits, min_width, locale)?
    };
    let padding = (width - non_digits - grouped.len() as isize).max(0) as usize;
    let (left, middle, right) = match spec.align {
        Align::Left => (0, 0, padding),
        Align::Right => (padding, 0, 0),
        Align::Center => (padding / 2, 0, padding - padding / 2),
        Align::AfterSign => (0, padding, 0),
    };
    reserve(out, padding + non_digits as usize + grouped.len())?;
    push_fill(out, spec.fill, left);
    out.extend(sign);
    out.push_str(number.prefix);
    push_fill(out, spec.fill, middle);
    out.push_str(&grouped);
    if number.has_decimal {
        out.push('.');
    }
    out.push_str(number.remainder);
    push_fill(out, spec.fill, right);
    Ok(())
}

/// `digits` with separators every `locale.group` digits from the right,
/// and zeros in front up to `min_width` characters (separators included),
/// as `_PyUnicode_InsertThousandsGrouping` writes them.
fn group_digits(digits: &str, min_width: isize, locale: Locale) -> Result<String, FormatError> {
    let digits = digits.as_bytes();
    let mut remaining = digits.len() as isize;
    let mut min_width = min_width.max(0);
    let separator_len = locale.separator.is_some() as isize;
    // Written from the right, reversed at the end.
    let mut reversed: Vec<u8> = Vec::new();
    let wanted = digits.len().saturating_add(min_width as usize);
    if wanted > crate::vm::MAX_ALLOCATION {
        return Err(FormatError::Memory);
    }
    reversed
        .try_reserve(wanted)
        .map_err(|_| FormatError::Memory)?;
    let push_group = |reversed: &mut Vec<u8>, len: isize, remaining: isize, separate: bool| {
        let zeros = (len - remaining).max(0) as usize;
        let chars = remaining.min(len).max(0);
        if separate {
            if let Some(separator) = locale.separator {
                reversed.push(separator as u8);
            }
        }
        let start = (remaining - chars) as usize;
        reversed.extend(digits[start..remaining as usize].iter().rev());
        reversed.extend(std::iter::repeat_n(b'0', zeros));
        chars
    };
    let mut separate = false;
    if locale.group > 0 {
        let group = locale.group as isize;
        loop {
            let len = group.min(remaining.max(min_width).max(1));
            remaining -= push_group(&mut reversed, len, remaining, separate);
            separate = true;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                reversed.reverse();
                return Ok(String::from_utf8(reversed).unwrap_or_default());
            }
            min_width -= separator_len;
        }
    }
    let len = remaining.max(min_width).max(1);
    push_group(&mut reversed, len, remaining, separate);
    reversed.reverse();
    Ok(String::from_utf8(reversed).unwrap_or_default())
}

/// Appends `text` (of `len` characters) padded to `spec`'s width, as
/// CPython's `calc_padding` (`=` pads like `<`).
pub(crate) fn write_padded(
    out: &mut String,
    text: &str,
    len: usize,
    spec: &FormatSpec,
) -> Result<(), FormatError> {
    let total = spec.width.unwrap_or(0).max(len);
    let left = match spec.align {
        Align::Right => total - len,
        Align::Center => (total - len) / 2,
        Align::Left | Align::AfterSign => 0,
    };
    reserve(out, total)?;
    push_fill(out, spec.fill, left);
    out.push_str(text);
    push_fill(out, spec.fill, total - len - left);
    Ok(())
}

/// Appends `count` copies of `fill`.
pub(crate) fn push_fill(out: &mut String, fill: char, count: usize) {
    out.extend(std::iter::repeat_n(fill, count));
}

/// Room for at least `chars` more bytes (one per character of the result:
/// a first allocation, not a bound), or [`FormatError::Memory`] when that
/// cannot be had: CPython's `MemoryError` for a huge width, where Rust
/// would abort. Past the VM's largest allocation it is refused before it
/// is tried: the system may grant a terabyte it cannot back, and filling
/// it would then take the machine down.
pub(crate) fn reserve(out: &mut String, chars: usize) -> Result<(), FormatError> {
    if chars > crate::vm::MAX_ALLOCATION {
        return Err(FormatError::Memory);
    }
    out.try_reserve(chars).map_err(|_| FormatError::Memory)
}

#[cfg(test)]
mod tests {
    use super::*;

    const COMMA: Locale = Locale {
        separator: Some(','),
        group: 3,
    };
    const NONE: Locale = Locale {
        separator: None,
        group: 0,
    };

    #[test]
    fn groups_and_zero_pads() {
        assert_eq!(
            group_digits("1234567", 0, COMMA).as_deref(),
            Ok("1,234,567")
        );
        assert_eq!(group_digits("123", 0, COMMA).as_deref(), Ok("123"));
        assert_eq!(group_digits("1234", 9, COMMA).as_deref(), Ok("0,001,234"));
        assert_eq!(group_digits("1234", 8, COMMA).as_deref(), Ok("0,001,234"));
        assert_eq!(group_digits("1234", 7, COMMA).as_deref(), Ok("001,234"));
        assert_eq!(group_digits("12", 5, NONE).as_deref(), Ok("00012"));
        assert_eq!(group_digits("12", -3, NONE).as_deref(), Ok("12"));
    }

    #[test]
    fn parses_float_text() {
        let number = Number::parse("-12.5e+06");
        assert!(number.negative && number.has_decimal);
        assert_eq!((number.digits, number.remainder), ("12", "5e+06"));
        let number = Number::parse("inf");
        assert_eq!((number.digits, number.remainder), ("", "inf"));
    }
}
