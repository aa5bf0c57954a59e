//! Python's numbers as values: the semantics of `int`, `float` and `bool`
//! (as the int 0 or 1) that the object model calls, with CPython 3.11's
//! results and errors, on plain Rust values (no objects, no heap).
//!
//! - [`Int`]: an `i64` while it fits, a `BigInt` beyond, one type for
//!   Python. Operators that cannot fail are Rust's (`&a + &b`, `-&a`,
//!   `!&a` for `~a`, `& | ^`, `Ord`; unary `+` is the value itself and
//!   `bool` converts with `Int::from`); the others are methods returning
//!   `Result<_, NumberError>` ([`Int::floor_div`], [`Int::pow`],
//!   [`Int::lshift`], [`Int::true_div`], [`Int::parse`],
//!   [`Int::to_decimal_string`]…).
//! - [`float`]: free functions for what `f64`'s operators do not give
//!   (`/`, `//`, `%`, `divmod`, `**` with their errors, `round`,
//!   `float(str)`, `hex`, `fromhex`, `as_integer_ratio`, exact comparison
//!   with an int).
//! - [`hash_float`] and [`Int::py_hash`]: CPython's numeric hash, equal
//!   for equal numbers of any type.
//!
//! A mixed `int`–`float` operation converts the int with [`Int::to_f64`]
//! first (an OverflowError when too large), as CPython's float slots do;
//! comparisons do not convert ([`float::compare_int`]). Errors are
//! [`NumberError`]s: `Display` is CPython's message, and
//! [`NumberError::exception_class`] the exception to raise.
//!
//! ```
//! use pyvm_vm::number::{float, Int, IntPow, NumberError};
//!
//! let big = Int::from(i64::MAX);
//! assert_eq!((&big + &Int::ONE).to_string(), "9223372036854775808");
//! assert_eq!(Int::from(-7).floor_div(&Int::from(2)), Ok(Int::from(-4)));
//! assert_eq!(Int::from(2).pow(&Int::from(-1)), Ok(IntPow::Float(0.5)));
//! assert_eq!(float::round_digits(2.675, &Int::from(2)), Ok(2.67));
//!
//! let error = Int::from(1).modulo(&Int::ZERO).unwrap_err();
//! assert_eq!(error.exception_class().name(), "ZeroDivisionError");
//! assert_eq!(error.to_string(), "integer modulo by zero");
//! assert_eq!(
//!     Int::parse("12x", 10, 4300).unwrap_err(),
//!     NumberError::InvalidIntLiteral { base: 10, repr: "'12x'".into() }
//! );
//! ```

pub(crate) mod ascii;
mod compare;
pub mod complex;
mod convert;
mod error;
pub mod float;
mod float_text;
mod hash;
mod int;
mod int_pow;
mod int_text;
pub(crate) use int_text::parse_small_decimal;
mod round;
pub(crate) mod special;

pub use convert::exact_in_f64;
pub use error::{ExceptionClass, NumberError};
pub use float::FloatPow;
pub use hash::{hash_float, small_int_hash, HASH_INF, HASH_MODULUS};
pub use int::{Int, MAX_INT_BITS};
pub use int_pow::IntPow;
pub use int_text::{DEFAULT_MAX_STR_DIGITS, MAX_STR_DIGITS_THRESHOLD};
