//! `'…' % (a, b)` rewritten into an f-string, as CPython 3.11's
//! `optimize_format`: when the format is a `str` constant, the right
//! operand a tuple display (with some non-constant item, else it would
//! already be a constant) without starred items, and every conversion is
//! a plain `%s`, `%r` or `%a` with at most a width and a precision of up
//! to two digits each, `'x=%s, %5r' % (a, b)` becomes
//! `f'x={a!s}, {b!r:>5}'`.
//!
//! Anything else (`%d`, `%(name)s`, `%*s`, a count mismatch) leaves the
//! expression alone, to be formatted (or fail) at run time.

use pyvm_ast::{Conversion, Expr, ExprConstant, ExprFormattedValue, ExprJoinedStr};
use pyvm_source::Span;

use super::value::str_from_code_points;

/// One part of a format: literal text or a `%` conversion.
pub(super) enum Piece {
    /// Text between conversions, `%%` already turned into `%`.
    Literal(Vec<u32>),
    /// A conversion of the next item.
    Field {
        /// `!s`, `!r` or `!a`.
        conversion: Conversion,
        /// The format spec (`>5`, `.3`), if any.
        spec: Option<String>,
    },
}

const PERCENT: u32 = '%' as u32;

/// CPython's `MAXDIGITS`: widths and precisions must have fewer digits.
const MAX_DIGITS: u32 = 3;

/// The pieces of `format` applied to `items` items, or `None` when CPython
/// does not rewrite it.
pub(super) fn parse(format: &[u32], items: usize) -> Option<Vec<Piece>> {
    let mut pieces = Vec::new();
    let mut pos = 0;
    let mut fields = 0;
    loop {
        if let Some(literal) = parse_literal(format, &mut pos) {
            pieces.push(Piece::Literal(literal));
        }
        if pos >= format.len() {
            break;
        }
        if fields >= items {
            // More conversions than items.
            return None;
        }
        // Skip the '%'.
        pos += 1;
        pieces.push(parse_field(format, &mut pos)?);
        fields += 1;
    }
    // Fewer conversions than items is a TypeError at run time.
    (fields == items).then_some(pieces)
}

/// CPython's `parse_literal`: the text up to the next lone `%`.
fn parse_literal(format: &[u32], pos: &mut usize) -> Option<Vec<u32>> {
    let start = *pos;
    let mut literal = Vec::new();
    while *pos < format.len() {
        if format[*pos] != PERCENT {
            literal.push(format[*pos]);
            *pos += 1;
        } else if format.get(*pos + 1) == Some(&PERCENT) {
            literal.push(PERCENT);
            *pos += 2;
        } else {
            break;
        }
    }
    (*pos != start).then_some(literal)
}

/// CPython's `simple_format_arg_parse` and `parse_format`: one conversion
/// after its `%`.
fn parse_field(format: &[u32], pos: &mut usize) -> Option<Piece> {
    let mut next = || {
        let c = *format.get(*pos)?;
        *pos += 1;
        Some(char::from_u32(c).unwrap_or('\u{fffd}'))
    };
    let mut left_justify = false;
    let mut c = next()?;
    // Flags: only '-' matters for strings.
    while matches!(c, '-' | '+' | ' ' | '#' | '0') {
        left_justify |= c == '-';
        c = next()?;
    }
    let mut width = None;
    if let Some(digit) = c.to_digit(10) {
        let mut value = digit;
        let mut digits = 0;
        loop {
            c = next()?;
            digits += 1;
            if digits >= MAX_DIGITS {
                return None;
            }
            match c.to_digit(10) {
                Some(digit) => value = value * 10 + digit,
                None => break,
            }
        }
        width = Some(value);
    }
    let mut precision = None;
    if c == '.' {
        c = next()?;
        let mut value = 0;
        if let Some(digit) = c.to_digit(10) {
            value = digit;
            let mut digits = 0;
            loop {
                c = next()?;
                digits += 1;
                if digits >= MAX_DIGITS {
                    return None;
                }
                match c.to_digit(10) {
                    Some(digit) => value = value * 10 + digit,
                    None => break,
                }
            }
        }
        precision = Some(value);
    }
    let conversion = match c {
        's' => Conversion::Str,
        'r' => Conversion::Repr,
        'a' => Conversion::Ascii,
        // %d, %x, %f… format differently from their f-string forms.
        _ => return None,
    };
    let mut spec = String::new();
    if let Some(width) = width {
        // Strings align left in f-strings, right in %-formats.
        if !left_justify && width > 0 {
            spec.push('>');
        }
        spec.push_str(&width.to_string());
    }
    if let Some(precision) = precision {
        spec.push('.');
        spec.push_str(&precision.to_string());
    }
    Some(Piece::Field {
        conversion,
        spec: (!spec.is_empty()).then_some(spec),
    })
}

/// The f-string for `pieces`, the fields taking `items` in order. The
/// `JoinedStr` and its literal parts get `span` (the `%` expression's),
/// each `FormattedValue` its item's span, as in CPython.
pub(super) fn joined_str(span: Span, pieces: Vec<Piece>, items: Vec<Expr>) -> Expr {
    let constant = |text: Vec<u32>| {
        Expr::Constant(ExprConstant {
            span,
            value: str_from_code_points(text),
            kind: None,
        })
    };
    let mut items = items.into_iter();
    let values = pieces
        .into_iter()
        .map(|piece| match piece {
            Piece::Literal(text) => constant(text),
            Piece::Field { conversion, spec } => {
                let value = items.next().expect("one item per field");
                Expr::FormattedValue(ExprFormattedValue {
                    span: value.span(),
                    value: Box::new(value),
                    conversion,
                    format_spec: spec
                        .map(|spec| Box::new(constant(spec.chars().map(u32::from).collect()))),
                })
            }
        })
        .collect();
    Expr::JoinedStr(ExprJoinedStr { span, values })
}
