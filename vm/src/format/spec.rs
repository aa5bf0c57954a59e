//! The format-spec mini-language,
//! `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`,
//! parsed as CPython's `parse_internal_render_format_spec`
//! (Python/formatter_unicode.c) parses it.

use super::FormatError;

/// Where padding goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// `<`: padding after the value.
    Left,
    /// `>`: padding before the value.
    Right,
    /// `^`: padding split, the odd one after.
    Center,
    /// `=`: padding between the sign (and prefix) and the digits.
    AfterSign,
}

impl Align {
    fn from_char(c: char) -> Option<Align> {
        match c {
            '<' => Some(Align::Left),
            '>' => Some(Align::Right),
            '^' => Some(Align::Center),
            '=' => Some(Align::AfterSign),
            _ => None,
        }
    }
}

/// The sign field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sign {
    /// No sign field given: `-` for negative numbers only.
    Unspecified,
    /// `-`: the same as unspecified for numbers, but an error for `str`.
    Minus,
    /// `+`: `+` or `-` always.
    Plus,
    /// ` `: a space for non-negative numbers.
    Space,
}

/// The grouping field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grouping {
    /// None given.
    None,
    /// `,` every three digits.
    Comma,
    /// `_` every three digits (every four with `b`, `o`, `x`, `X`).
    Underscore,
}

/// A parsed format spec.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatSpec {
    /// The fill character (`' '` unless given; `'0'` from the `0` flag).
    pub fill: char,
    /// The alignment (the type's default unless given; `=` from the `0`
    /// flag for numbers).
    pub align: Align,
    /// The sign field.
    pub sign: Sign,
    /// `z`: negative zero (after rounding) shown as zero.
    pub no_neg_0: bool,
    /// `#`: the alternate form.
    pub alternate: bool,
    /// The minimum width in characters.
    pub width: Option<usize>,
    /// The grouping separator.
    pub grouping: Grouping,
    /// The precision.
    pub precision: Option<usize>,
    /// The type character: the type's default when none is given (`'s'`
    /// for `str`, `'d'` for `int`, none for `float` and `complex`). An
    /// explicit NUL character is kept as `Some('\0')`, as CPython keeps it.
    pub ty: Option<char>,
}

impl FormatSpec {
    /// Parses `spec` for a value whose type has `default_type` and
    /// `default_align`, CPython's errors naming the type `type_name`.
    pub fn parse(
        spec: &str,
        default_type: Option<char>,
        default_align: Align,
        type_name: &str,
    ) -> Result<FormatSpec, FormatError> {
        let mut parsed = FormatSpec {
            fill: ' ',
            align: default_align,
            sign: Sign::Unspecified,
            no_neg_0: false,
            alternate: false,
            width: None,
            grouping: Grouping::None,
            precision: None,
            ty: default_type,
        };
        let mut rest = spec;
        let mut chars = spec.chars();
        let first = chars.next();
        let second = chars.next();
        let mut fill_specified = false;
        let mut align_specified = false;
        if let (Some(fill), Some(align)) = (first, second.and_then(Align::from_char)) {
            parsed.fill = fill;
            parsed.align = align;
            fill_specified = true;
            align_specified = true;
            rest = skip(rest, 2);
        } else if let Some(align) = first.and_then(Align::from_char) {
            parsed.align = align;
            align_specified = true;
            rest = skip(rest, 1);
        }
        let sign = match rest.chars().next() {
            Some('+') => Sign::Plus,
            Some('-') => Sign::Minus,
            Some(' ') => Sign::Space,
            _ => Sign::Unspecified,
        };
        if sign != Sign::Unspecified {
            parsed.sign = sign;
            rest = &rest[1..];
        }
        if let Some(after) = rest.strip_prefix('z') {
            parsed.no_neg_0 = true;
            rest = after;
        }
        if let Some(after) = rest.strip_prefix('#') {
            parsed.alternate = true;
            rest = after;
        }
        // The `0` flag: backwards-compatible zero padding, unless a fill
        // character was given.
        if !fill_specified && rest.starts_with('0') {
            parsed.fill = '0';
            if !align_specified && default_align == Align::Right {
                parsed.align = Align::AfterSign;
            }
            rest = &rest[1..];
        }
        let (width, after) = parse_integer(rest)?;
        parsed.width = width;
        rest = after;
        if let Some(after) = rest.strip_prefix(',') {
            parsed.grouping = Grouping::Comma;
            rest = after;
        }
        if let Some(after) = rest.strip_prefix('_') {
            if parsed.grouping != Grouping::None {
                return Err(FormatError::BothSeparators);
            }
            parsed.grouping = Grouping::Underscore;
            rest = after;
        }
        if rest.starts_with(',') && parsed.grouping == Grouping::Underscore {
            return Err(FormatError::BothSeparators);
        }
        if let Some(after) = rest.strip_prefix('.') {
            let (precision, after) = parse_integer(after)?;
            if precision.is_none() {
                return Err(FormatError::MissingPrecision);
            }
            parsed.precision = precision;
            rest = after;
        }
        let mut type_chars = rest.chars();
        match (type_chars.next(), type_chars.next()) {
            (None, _) => {}
            (Some(ty), None) => parsed.ty = Some(ty),
            (Some(_), Some(_)) => {
                return Err(FormatError::InvalidFormatSpecifier {
                    spec: spec.to_owned(),
                    type_name: type_name.to_owned(),
                })
            }
        }
        parsed.check_grouping()?;
        Ok(parsed)
    }

    /// As CPython (PEP 378, PEP 515): `,` and `_` with the decimal and
    /// float types, `_` also with `b`, `o`, `x`, `X`.
    fn check_grouping(&self) -> Result<(), FormatError> {
        let separator = match self.grouping {
            Grouping::None => return Ok(()),
            Grouping::Comma => ',',
            Grouping::Underscore => '_',
        };
        match self.ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0') => Ok(()),
            Some('b' | 'o' | 'x' | 'X') if separator == '_' => Ok(()),
            Some(code) => Err(FormatError::SeparatorWithType { separator, code }),
        }
    }

    /// The type character, NUL when none.
    pub(crate) fn code(&self) -> char {
        self.ty.unwrap_or('\0')
    }
}

/// `text` without its first `n` characters.
fn skip(text: &str, n: usize) -> &str {
    let at = text.char_indices().nth(n).map_or(text.len(), |(at, _)| at);
    &text[at..]
}

/// A run of decimal digits (any Unicode decimal digit, as CPython's
/// `get_integer` takes them) and the text after it; `None` if there are no
/// digits. Too many digits for a `Py_ssize_t` is an error.
fn parse_integer(text: &str) -> Result<(Option<usize>, &str), FormatError> {
    let mut value: usize = 0;
    let mut end = 0;
    for (at, c) in text.char_indices() {
        let Some(digit) = decimal_value(c) else {
            break;
        };
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(digit as usize))
            .filter(|&v| v <= isize::MAX as usize)
            .ok_or(FormatError::TooManyDecimalDigits)?;
        end = at + c.len_utf8();
    }
    let number = if end == 0 { None } else { Some(value) };
    Ok((number, &text[end..]))
}

/// The value of a Unicode decimal digit (general category Nd).
fn decimal_value(c: char) -> Option<u32> {
    crate::number::ascii::decimal_value(c).map(u32::from)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(spec: &str) -> Result<FormatSpec, FormatError> {
        FormatSpec::parse(spec, Some('d'), Align::Right, "int")
    }

    #[test]
    fn parses_every_field() {
        let spec = parse("*^+z#012_.3x").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(spec.fill, '*');
        assert_eq!(spec.align, Align::Center);
        assert_eq!(spec.sign, Sign::Plus);
        assert!(spec.no_neg_0 && spec.alternate);
        // A fill was given, so `0` starts the width.
        assert_eq!(spec.width, Some(12));
        assert_eq!(spec.grouping, Grouping::Underscore);
        assert_eq!(spec.precision, Some(3));
        assert_eq!(spec.ty, Some('x'));
    }

    #[test]
    fn zero_flag_sets_fill_and_align() {
        let spec = parse("08").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            (spec.fill, spec.align, spec.width),
            ('0', Align::AfterSign, Some(8))
        );
        let spec = parse("<08").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((spec.fill, spec.align), ('0', Align::Left));
    }

    #[test]
    fn unicode_digits_count() {
        assert_eq!(parse("\u{665}").map(|s| s.width), Ok(Some(5)));
        assert_eq!(decimal_value('\u{1d7ff}'), Some(9));
        assert_eq!(decimal_value('\u{1d7cd}'), None);
        assert_eq!(decimal_value('a'), None);
    }

    #[test]
    fn errors() {
        assert_eq!(parse("."), Err(FormatError::MissingPrecision));
        assert_eq!(parse(",_"), Err(FormatError::BothSeparators));
        assert_eq!(
            parse("99999999999999999999"),
            Err(FormatError::TooManyDecimalDigits)
        );
        assert_eq!(
            parse("xyz").map_err(|e| e.to_string()),
            Err("Invalid format specifier 'xyz' for object of type 'int'".to_owned())
        );
    }
}
