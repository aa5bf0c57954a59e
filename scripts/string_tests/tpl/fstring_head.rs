//! F-string splitting, checked against CPython 3.11's parse of each token:
//! the literal constants and fields of its `JoinedStr`, the position of each
//! field's expression node, its DeprecationWarnings, or its SyntaxError.

use std::ops::Range;

use pyvm_lexer::fstring::{split_fstring, FStringPart};
use pyvm_lexer::string_literal::StringErrorKind;
use pyvm_source::Span;

/// An expected piece of CPython's `JoinedStr`.
enum P {
    /// A `Constant`.
    Lit(&'static str),
    /// A `Constant` holding lone surrogates.
    Wide(&'static [u32]),
    /// A `FormattedValue`: the byte range of its expression node in the
    /// token, its conversion and format spec.
    Field { node: Range<usize>, conversion: Option<char>, spec: Option<&'static [P]> },
}

/// A token and what CPython made of it: its parts, or its SyntaxError as
/// (message, lineno, offset); and the messages of its DeprecationWarnings.
struct Case {
    token: &'static str,
    expect: Result<&'static [P], (&'static str, u32, u32)>,
    warnings: &'static [&'static str],
}

