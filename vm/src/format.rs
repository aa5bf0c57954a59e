//! Python's text formatting of values, as CPython 3.11 does it: the
//! format-spec mini-language of `format()`, `str.format` and f-strings
//! ([`format_str`], [`format_int`], [`format_bool`], [`format_float`],
//! [`format_complex`]) and printf-style `str % args` ([`percent_format`])
//! and `bytes % args` ([`percent_format_bytes`]).
//!
//! These are pure functions over Rust values; the object model calls them
//! from its `__format__` and `%` slots. Errors carry CPython's exception
//! class and message.
//!
//! ```
//! use pyvm_vm::format::{format_float, format_int};
//!
//! assert_eq!(format_int(1234567, "_", 4300).unwrap(), "1_234_567");
//! assert_eq!(format_float(2.675, ".2f").unwrap(), "2.67");
//! let err = format_int(1, "s", 4300).unwrap_err();
//! assert_eq!(err.to_string(), "Unknown format code 's' for object of type 'int'");
//! assert_eq!(err.exception_class().name(), "ValueError");
//! ```

mod digits;
mod error;
mod float;
mod float_string;
mod int;
mod layout;
mod percent;
mod spec;
mod text;

pub use error::{ExceptionClass, FormatError};
pub use float::{format_complex, format_float};
pub use int::{format_bool, format_int, IntRef};
pub use percent::{
    ascii_escape, percent_format, percent_format_bytes, IntConversion, PercentArg, PercentArgs,
    PercentValue,
};
pub use spec::{Align, FormatSpec, Grouping, Sign};
pub use text::format_str;
