//! f-strings, as CPython's `append_joinedstr` and `append_formattedvalue`:
//! the body is rebuilt (literal braces doubled, each field written from its
//! tree), then quoted with `repr()` of the whole body, so the quote is the
//! one `repr` picks and any quote or backslash inside is escaped.

use pyvm_ast::{Constant, Conversion, Expr, ExprFormattedValue, ExprJoinedStr};
use pyvm_source::python_code_points_repr;

use super::{unparse_expr, write_expr, Precedence};

/// An f-string: `f` and the `repr()` of its body.
pub(super) fn write_joined_str(out: &mut String, e: &ExprJoinedStr) {
    let body = fstring_body(&e.values, false);
    out.push('f');
    out.push_str(&python_code_points_repr(&body));
}

/// A field met outside an f-string (only in a hand-built tree): written as
/// it would be inside one.
pub(super) fn write_lone_formatted_value(out: &mut String, e: &ExprFormattedValue) {
    let mut field = Vec::new();
    write_formatted_value(&mut field, e);
    out.extend(
        field
            .iter()
            .map(|&c| char::from_u32(c).unwrap_or('\u{fffd}')),
    );
}

/// The text between the quotes of an f-string (or the whole of a format
/// spec), as CPython's `build_fstring_body`. Code points, not a `String`:
/// a literal part may hold lone surrogates, which `repr()` then escapes.
fn fstring_body(values: &[Expr], is_format_spec: bool) -> Vec<u32> {
    let mut body = Vec::new();
    for value in values {
        write_fstring_element(&mut body, value, is_format_spec);
    }
    body
}

/// One part of an f-string body, as CPython's `append_fstring_element`.
fn write_fstring_element(body: &mut Vec<u32>, expr: &Expr, is_format_spec: bool) {
    match expr {
        Expr::Constant(constant) => match &constant.value {
            Constant::Str(text) => push_escaped_braces(body, text.chars().map(u32::from)),
            Constant::StrWithSurrogates(code_points) => {
                push_escaped_braces(body, code_points.iter().copied());
            }
            // The parser puts only strings here (CPython would raise
            // SystemError); write the constant's own text.
            other => push_str(body, &other.repr()),
        },
        Expr::JoinedStr(joined) => {
            let inner = fstring_body(&joined.values, is_format_spec);
            if is_format_spec {
                body.extend(inner);
            } else {
                body.push(u32::from('f'));
                push_str(body, &python_code_points_repr(&inner));
            }
        }
        Expr::FormattedValue(field) => write_formatted_value(body, field),
        // Never produced by the parser (CPython raises SystemError).
        other => push_str(body, &unparse_expr(other)),
    }
}

/// A literal part of an f-string, its braces doubled.
fn push_escaped_braces(body: &mut Vec<u32>, code_points: impl Iterator<Item = u32>) {
    for c in code_points {
        body.push(c);
        if c == u32::from('{') || c == u32::from('}') {
            body.push(c);
        }
    }
}

fn push_str(body: &mut Vec<u32>, text: &str) {
    body.extend(text.chars().map(u32::from));
}

/// One `{value!conversion:spec}` field, as CPython's
/// `append_formattedvalue`.
fn write_formatted_value(body: &mut Vec<u32>, field: &ExprFormattedValue) {
    // Above `Test`, so a lambda's `:` cannot end the expression.
    let mut value = String::new();
    write_expr(&mut value, &field.value, Precedence::Test.next());
    // `{{` would read as an escaped brace.
    push_str(body, if value.starts_with('{') { "{ " } else { "{" });
    push_str(body, &value);
    match field.conversion {
        Conversion::None => {}
        Conversion::Str => push_str(body, "!s"),
        Conversion::Repr => push_str(body, "!r"),
        Conversion::Ascii => push_str(body, "!a"),
    }
    if let Some(spec) = &field.format_spec {
        body.push(u32::from(':'));
        write_fstring_element(body, spec, true);
    }
    body.push(u32::from('}'));
}
