//! The errors Python's number operations raise, each with CPython 3.11's
//! exception class and message.

use std::fmt;

pub use crate::ExceptionClass;

/// Why a number operation raised. `Display` gives CPython's message (what
/// `str(exception)` shows); [`NumberError::exception_class`] the class.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum NumberError {
    /// `int // 0`, `divmod(int, 0)`.
    IntDivisionByZero,
    /// `int % 0`.
    IntModuloByZero,
    /// `int / 0`.
    DivisionByZero,
    /// `float / 0`.
    FloatDivisionByZero,
    /// `float // 0`.
    FloatFloorDivisionByZero,
    /// `float % 0`.
    FloatModuloByZero,
    /// `divmod(float, 0)`.
    FloatDivmodByZero,
    /// `0.0 ** -1`, `0 ** -1`.
    ZeroToNegativePower,
    /// `x << -1`, `x >> -1`.
    NegativeShiftCount,
    /// `pow(x, y, 0)`.
    PowModulusZero,
    /// `pow(x, -1, m)` where `x` and `m` are not coprime.
    NotInvertible,
    /// `int(text, base)` with a base outside 2..=36 that is not 0.
    InvalidBase,
    /// `int(text, base)` on text that is no int literal. `repr` is the
    /// argument's `repr()`, already cut to CPython's 200 characters.
    InvalidIntLiteral {
        /// The base as the caller gave it (0 stays 0).
        base: u32,
        /// The argument's `repr()`, at most 200 characters.
        repr: String,
    },
    /// `int(text)` with more decimal (non-power-of-two base) digits than
    /// `sys.get_int_max_str_digits()` allows.
    IntParseTooManyDigits {
        /// The limit in force.
        limit: usize,
        /// The digits the text has.
        digits: usize,
    },
    /// `str(int)` of an int with more decimal digits than the limit.
    IntFormatTooManyDigits {
        /// The limit in force.
        limit: usize,
    },
    /// `float(text)` on text that is no float literal; `repr` is the
    /// argument's full `repr()`.
    InvalidFloatLiteral {
        /// The argument's `repr()`.
        repr: String,
    },
    /// `float.fromhex(text)` on malformed text.
    InvalidHexFloat,
    /// `int(nan)`, `round(nan)`.
    NanToInt,
    /// `nan.as_integer_ratio()`.
    NanToRatio,
    /// `int(inf)`, `round(inf)`.
    InfinityToInt,
    /// `inf.as_integer_ratio()`.
    InfinityToRatio,
    /// `float(10**400)`, also any mixed int–float operation on such an int.
    IntTooLargeForFloat,
    /// `10**400 / 1`.
    IntDivisionTooLarge,
    /// `10.0 ** 400`: CPython raises `OverflowError(errno, strerror)`
    /// from the C library's `ERANGE`, so `args` is `(34, 'Numerical result
    /// out of range')` and `str()` shows that tuple.
    FloatPowOverflow,
    /// `round(1.7e308, -308)`.
    RoundedTooLarge,
    /// `float.fromhex('0x1p10000')`.
    HexFloatTooLarge,
    /// `1 << 2**70`: more digits than CPython's int can ever have.
    TooManyDigits,
    /// `1 << 2**62`, `2 ** 10**20`: a result too large to allocate
    /// (CPython's `MemoryError()` has no message).
    OutOfMemory,
}

impl NumberError {
    /// The Python exception class CPython raises.
    pub fn exception_class(&self) -> ExceptionClass {
        use NumberError::*;
        match self {
            IntDivisionByZero
            | IntModuloByZero
            | DivisionByZero
            | FloatDivisionByZero
            | FloatFloorDivisionByZero
            | FloatModuloByZero
            | FloatDivmodByZero
            | ZeroToNegativePower => ExceptionClass::ZeroDivisionError,
            NegativeShiftCount
            | PowModulusZero
            | NotInvertible
            | InvalidBase
            | InvalidIntLiteral { .. }
            | IntParseTooManyDigits { .. }
            | IntFormatTooManyDigits { .. }
            | InvalidFloatLiteral { .. }
            | InvalidHexFloat
            | NanToInt
            | NanToRatio => ExceptionClass::ValueError,
            InfinityToInt | InfinityToRatio | IntTooLargeForFloat | IntDivisionTooLarge
            | FloatPowOverflow | RoundedTooLarge | HexFloatTooLarge | TooManyDigits => {
                ExceptionClass::OverflowError
            }
            OutOfMemory => ExceptionClass::MemoryError,
        }
    }
}

impl fmt::Display for NumberError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use NumberError::*;
        let text = match self {
            IntDivisionByZero => "integer division or modulo by zero",
            IntModuloByZero => "integer modulo by zero",
            DivisionByZero => "division by zero",
            FloatDivisionByZero => "float division by zero",
            FloatFloorDivisionByZero => "float floor division by zero",
            FloatModuloByZero => "float modulo",
            FloatDivmodByZero => "float divmod()",
            ZeroToNegativePower => "0.0 cannot be raised to a negative power",
            NegativeShiftCount => "negative shift count",
            PowModulusZero => "pow() 3rd argument cannot be 0",
            NotInvertible => "base is not invertible for the given modulus",
            InvalidBase => "int() base must be >= 2 and <= 36, or 0",
            InvalidIntLiteral { base, repr } => {
                return write!(f, "invalid literal for int() with base {base}: {repr}");
            }
            IntParseTooManyDigits { limit, digits } => {
                return write!(
                    f,
                    "Exceeds the limit ({limit} digits) for integer string conversion: \
                     value has {digits} digits; use sys.set_int_max_str_digits() \
                     to increase the limit"
                );
            }
            IntFormatTooManyDigits { limit } => {
                return write!(
                    f,
                    "Exceeds the limit ({limit} digits) for integer string conversion; \
                     use sys.set_int_max_str_digits() to increase the limit"
                );
            }
            InvalidFloatLiteral { repr } => {
                return write!(f, "could not convert string to float: {repr}");
            }
            InvalidHexFloat => "invalid hexadecimal floating-point string",
            NanToInt => "cannot convert float NaN to integer",
            NanToRatio => "cannot convert NaN to integer ratio",
            InfinityToInt => "cannot convert float infinity to integer",
            InfinityToRatio => "cannot convert Infinity to integer ratio",
            IntTooLargeForFloat => "int too large to convert to float",
            IntDivisionTooLarge => "integer division result too large for a float",
            FloatPowOverflow => "(34, 'Numerical result out of range')",
            RoundedTooLarge => "rounded value too large to represent",
            HexFloatTooLarge => "hexadecimal value too large to represent as a float",
            TooManyDigits => "too many digits in integer",
            OutOfMemory => "",
        };
        f.write_str(text)
    }
}

impl std::error::Error for NumberError {}
