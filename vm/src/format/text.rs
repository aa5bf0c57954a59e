//! `format(str, spec)`: CPython's `format_string_internal`.

use super::layout::write_padded;
use super::spec::{Align, FormatSpec, Sign};
use super::FormatError;

/// `format(value, spec)` for a `str`: `format('ab', '>5')` is `'   ab'`;
/// the precision truncates (`format('abc', '.2')` is `'ab'`).
pub fn format_str(value: &str, spec: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return Ok(value.to_owned());
    }
    let spec = FormatSpec::parse(spec, Some('s'), Align::Left, "str")?;
    if spec.ty != Some('s') {
        return Err(FormatError::UnknownFormatCode {
            code: spec.code(),
            type_name: "str".to_owned(),
        });
    }
    match spec.sign {
        Sign::Unspecified => {}
        Sign::Space => return Err(FormatError::StrSpace),
        Sign::Plus | Sign::Minus => return Err(FormatError::StrSign),
    }
    if spec.no_neg_0 {
        return Err(FormatError::StrNegativeZero);
    }
    if spec.alternate {
        return Err(FormatError::StrAlternate);
    }
    if spec.align == Align::AfterSign {
        return Err(FormatError::StrEqualsAlign);
    }
    let (text, len) = truncate(value, spec.precision);
    let mut out = String::new();
    write_padded(&mut out, text, len, &spec)?;
    Ok(out)
}

/// `text` cut to at most `precision` characters, and its length in
/// characters.
pub(crate) fn truncate(text: &str, precision: Option<usize>) -> (&str, usize) {
    match precision {
        Some(precision) => match text.char_indices().nth(precision) {
            Some((at, _)) => (&text[..at], precision),
            None => (text, text.chars().count()),
        },
        None => (text, text.chars().count()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pads_and_truncates() {
        assert_eq!(format_str("ab", ">5").as_deref(), Ok("   ab"));
        assert_eq!(format_str("ab", "*^5").as_deref(), Ok("*ab**"));
        assert_eq!(format_str("abc", ".2").as_deref(), Ok("ab"));
        assert_eq!(format_str("é€", "05").as_deref(), Ok("é€000"));
        assert_eq!(format_str("x", "").as_deref(), Ok("x"));
    }

    #[test]
    fn rejects_number_fields() {
        assert_eq!(format_str("a", "+"), Err(FormatError::StrSign));
        assert_eq!(format_str("a", "=5"), Err(FormatError::StrEqualsAlign));
        assert_eq!(
            format_str("a", "d").map_err(|e| e.to_string()),
            Err("Unknown format code 'd' for object of type 'str'".to_owned())
        );
    }
}
