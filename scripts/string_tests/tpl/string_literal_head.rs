//! String literal decoding, checked against values, warnings and error
//! messages captured from CPython 3.11 (`compile()` of each token alone, with
//! all warnings recorded).

use pyvm_lexer::string_literal::{
    decode_string, split_string_token, StringErrorKind, StringPrefix, StringValue,
};

/// An expected value.
enum V {
    Str(&'static str),
    Wide(&'static [u32]),
    Bytes(&'static [u8]),
}

/// A token and what CPython made of it: its value, or its SyntaxError as
/// (message, lineno, offset); and the messages of its DeprecationWarnings.
struct Case {
    token: &'static str,
    expect: Result<V, (&'static str, u32, u32)>,
    warnings: &'static [&'static str],
}

