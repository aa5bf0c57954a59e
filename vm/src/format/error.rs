//! The errors of formatting, each with CPython 3.11's exception class and
//! message.

use std::fmt;

pub use crate::ExceptionClass;

/// Why a value could not be formatted. `Display` gives CPython's message;
/// [`FormatError::exception_class`] the exception it raises.
///
/// Messages that name the value's type (`for object of type 'int'`) carry
/// the built-in type's name; an object model formatting a subclass swaps
/// in the subclass's name with [`FormatError::with_type_name`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormatError {
    // --- The format-spec mini-language (`format()`, `str.format`, f-strings).
    /// More than one character left where the type should be.
    InvalidFormatSpecifier {
        /// The whole format spec.
        spec: String,
        /// The formatted value's type name.
        type_name: String,
    },
    /// A type character the value's type does not know.
    UnknownFormatCode {
        /// The type character.
        code: char,
        /// The formatted value's type name.
        type_name: String,
    },
    /// A `.` with no digits after it.
    MissingPrecision,
    /// A width or precision that does not fit in a `Py_ssize_t`.
    TooManyDecimalDigits,
    /// A precision above `INT_MAX` (floats, complexes and `%`).
    PrecisionTooBig,
    /// Both `,` and `_` given.
    BothSeparators,
    /// A grouping separator with a type that does not group.
    SeparatorWithType {
        /// `,` or `_`.
        separator: char,
        /// The type character (`'\0'` if none).
        code: char,
    },
    /// `+` or `-` in a `str` format spec.
    StrSign,
    /// ` ` (sign) in a `str` format spec.
    StrSpace,
    /// `z` in a `str` format spec.
    StrNegativeZero,
    /// `#` in a `str` format spec.
    StrAlternate,
    /// `=` alignment in a `str` format spec.
    StrEqualsAlign,
    /// A precision in an `int` format spec.
    IntPrecision,
    /// `z` in an `int` format spec.
    IntNegativeZero,
    /// A sign with the `c` type.
    CharSign,
    /// `#` with the `c` type.
    CharAlternate,
    /// `c` of an int outside `0..=0x10FFFF` (also `%c`).
    CharOutOfRange,
    /// `c` of an int that does not fit in a C `long`.
    CLongOverflow,
    /// Decimal output of an int with more digits than
    /// `sys.get_int_max_str_digits()` allows (also `%d`).
    IntTooManyDigits {
        /// The limit in force.
        limit: usize,
    },
    /// A float type applied to an int too large for a float (also `%f`).
    IntTooLargeForFloat,
    /// Zero padding (`0` or fill `0`) in a `complex` format spec.
    ComplexZeroPadding,
    /// `=` alignment in a `complex` format spec.
    ComplexEqualsAlign,
    /// The result would hold a lone surrogate (`format(0xD800, 'c')`,
    /// `'%c' % 0xD800`), which a Rust `String` cannot; pyvm's own limit,
    /// CPython returns the surrogate.
    Surrogate(u32),
    /// The result is too large to allocate (CPython's `MemoryError()`,
    /// whose message is empty).
    Memory,

    // --- printf-style `%` formatting.
    /// More conversions than arguments.
    NotEnoughArguments,
    /// Arguments left over after the last conversion.
    NotAllConverted,
    /// Arguments left over after the last conversion of a bytes format.
    NotAllConvertedBytes,
    /// `%b` or `%s` in a bytes format of a value with no bytes (not
    /// bytes-like, no `__bytes__`).
    BytesRequired {
        /// The value's type name.
        type_name: String,
    },
    /// `%c` in a bytes format of a value that is neither an int nor a
    /// single byte.
    ByteCharRequired,
    /// `%c` in a bytes format of an int outside `range(256)`.
    ByteCharOutOfRange,
    /// A float conversion in a bytes format of a value that is not a
    /// real number.
    FloatArgumentRequired {
        /// The value's type name.
        type_name: String,
    },
    /// `%(key)` with arguments that are not a mapping.
    RequiresMapping,
    /// The format string ends inside a conversion.
    IncompleteFormat,
    /// The format string ends inside a `%(key)`.
    IncompleteFormatKey,
    /// A conversion character `%` does not know.
    UnsupportedCharacter {
        /// The character.
        ch: char,
        /// Its index in the format string, in code points.
        index: usize,
    },
    /// A `*` width or precision whose argument is not an int.
    StarWantsInt,
    /// A width that does not fit in a `Py_ssize_t`.
    WidthTooBig,
    /// `%d`-like conversion of a value that is not a number.
    RealNumberRequired {
        /// The conversion character.
        code: char,
        /// The value's type name.
        type_name: String,
    },
    /// `%o`, `%x` or `%X` of a value that is not an integer.
    IntegerRequired {
        /// The conversion character.
        code: char,
        /// The value's type name.
        type_name: String,
    },
    /// A float conversion of a value that is not a real number.
    MustBeRealNumber {
        /// The value's type name.
        type_name: String,
    },
    /// `%c` of a value that is neither an int nor a one-character string.
    CharRequiresIntOrChar,
    /// A `*` precision that does not fit in a C `int`.
    CIntOverflow,
    /// A `*` width that does not fit in a `Py_ssize_t`.
    CSsizeOverflow,
    /// `%d` of an infinite float.
    FloatInfinityToInt,
    /// `%d` of a NaN.
    FloatNanToInt,
}

impl FormatError {
    /// The exception class CPython raises for this error.
    pub fn exception_class(&self) -> ExceptionClass {
        use FormatError::*;
        match self {
            CharOutOfRange | ByteCharOutOfRange | CLongOverflow | IntTooLargeForFloat
            | CIntOverflow | CSsizeOverflow | FloatInfinityToInt => ExceptionClass::OverflowError,
            NotEnoughArguments
            | NotAllConverted
            | NotAllConvertedBytes
            | BytesRequired { .. }
            | FloatArgumentRequired { .. }
            | ByteCharRequired
            | RequiresMapping
            | StarWantsInt
            | RealNumberRequired { .. }
            | IntegerRequired { .. }
            | MustBeRealNumber { .. }
            | CharRequiresIntOrChar => ExceptionClass::TypeError,
            Memory => ExceptionClass::MemoryError,
            _ => ExceptionClass::ValueError,
        }
    }

    /// The same error naming `type_name` as the formatted value's type
    /// (for subclasses of the built-in types).
    pub fn with_type_name(mut self, name: &str) -> Self {
        match &mut self {
            FormatError::InvalidFormatSpecifier { type_name, .. }
            | FormatError::UnknownFormatCode { type_name, .. } => {
                name.clone_into(type_name);
            }
            _ => {}
        }
        self
    }
}

/// A type or conversion character as CPython's messages show it:
/// itself when printable ASCII, else `\x` and its hex code.
struct CodeChar(char);

impl fmt::Display for CodeChar {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let code = self.0 as u32;
        if code > 32 && code < 128 {
            write!(f, "{}", self.0)
        } else {
            write!(f, "\\x{code:x}")
        }
    }
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use FormatError::*;
        match self {
            InvalidFormatSpecifier { spec, type_name } => write!(
                f,
                "Invalid format specifier '{spec}' for object of type '{type_name}'"
            ),
            UnknownFormatCode { code, type_name } => write!(
                f,
                "Unknown format code '{}' for object of type '{type_name}'",
                CodeChar(*code)
            ),
            MissingPrecision => f.write_str("Format specifier missing precision"),
            TooManyDecimalDigits => f.write_str("Too many decimal digits in format string"),
            PrecisionTooBig => f.write_str("precision too big"),
            BothSeparators => f.write_str("Cannot specify both ',' and '_'."),
            SeparatorWithType { separator, code } => {
                write!(
                    f,
                    "Cannot specify '{separator}' with '{}'.",
                    CodeChar(*code)
                )
            }
            StrSign => f.write_str("Sign not allowed in string format specifier"),
            StrSpace => f.write_str("Space not allowed in string format specifier"),
            StrNegativeZero => {
                f.write_str("Negative zero coercion (z) not allowed in string format specifier")
            }
            StrAlternate => {
                f.write_str("Alternate form (#) not allowed in string format specifier")
            }
            StrEqualsAlign => f.write_str("'=' alignment not allowed in string format specifier"),
            IntPrecision => f.write_str("Precision not allowed in integer format specifier"),
            IntNegativeZero => {
                f.write_str("Negative zero coercion (z) not allowed in integer format specifier")
            }
            CharSign => f.write_str("Sign not allowed with integer format specifier 'c'"),
            CharAlternate => {
                f.write_str("Alternate form (#) not allowed with integer format specifier 'c'")
            }
            CharOutOfRange => f.write_str("%c arg not in range(0x110000)"),
            CLongOverflow => f.write_str("Python int too large to convert to C long"),
            IntTooManyDigits { limit } => write!(
                f,
                "Exceeds the limit ({limit} digits) for integer string conversion; \
                 use sys.set_int_max_str_digits() to increase the limit"
            ),
            IntTooLargeForFloat => f.write_str("int too large to convert to float"),
            ComplexZeroPadding => {
                f.write_str("Zero padding is not allowed in complex format specifier")
            }
            ComplexEqualsAlign => {
                f.write_str("'=' alignment flag is not allowed in complex format specifier")
            }
            Surrogate(code) => write!(
                f,
                "formatting would produce the lone surrogate U+{code:04X}, not supported"
            ),
            Memory => Ok(()),
            NotEnoughArguments => f.write_str("not enough arguments for format string"),
            NotAllConverted => f.write_str("not all arguments converted during string formatting"),
            NotAllConvertedBytes => {
                f.write_str("not all arguments converted during bytes formatting")
            }
            BytesRequired { type_name } => write!(
                f,
                "%b requires a bytes-like object, or an object that implements __bytes__, not '{type_name}'"
            ),
            ByteCharRequired => {
                f.write_str("%c requires an integer in range(256) or a single byte")
            }
            ByteCharOutOfRange => f.write_str("%c arg not in range(256)"),
            FloatArgumentRequired { type_name } => {
                write!(f, "float argument required, not {type_name}")
            }
            RequiresMapping => f.write_str("format requires a mapping"),
            IncompleteFormat => f.write_str("incomplete format"),
            IncompleteFormatKey => f.write_str("incomplete format key"),
            UnsupportedCharacter { ch, index } => {
                let shown = if (' '..='~').contains(ch) || *ch == '\x1f' {
                    *ch
                } else {
                    '?'
                };
                write!(
                    f,
                    "unsupported format character '{shown}' (0x{:x}) at index {index}",
                    *ch as u32
                )
            }
            StarWantsInt => f.write_str("* wants int"),
            WidthTooBig => f.write_str("width too big"),
            RealNumberRequired { code, type_name } => {
                write!(
                    f,
                    "%{code} format: a real number is required, not {type_name}"
                )
            }
            IntegerRequired { code, type_name } => {
                write!(f, "%{code} format: an integer is required, not {type_name}")
            }
            MustBeRealNumber { type_name } => write!(f, "must be real number, not {type_name}"),
            CharRequiresIntOrChar => f.write_str("%c requires int or char"),
            CIntOverflow => f.write_str("Python int too large to convert to C int"),
            CSsizeOverflow => f.write_str("Python int too large to convert to C ssize_t"),
            FloatInfinityToInt => f.write_str("cannot convert float infinity to integer"),
            FloatNanToInt => f.write_str("cannot convert float NaN to integer"),
        }
    }
}

impl std::error::Error for FormatError {}
