//! printf-style `str % args` formatting: CPython's `PyUnicode_Format` and
//! its helpers (`unicode_format_arg_parse`, `unicode_format_arg_format`,
//! `mainformatlong`, `_PyUnicode_FormatLong`, `formatfloat`, `formatchar`,
//! `unicode_format_arg_output` in Objects/unicodeobject.c).
//!
//! The formatter knows ints, floats and strings; for any other object it
//! asks the caller through [`PercentArg`], so the object model plugs in
//! `str()`, `repr()`, `__int__`, `__index__`, `__float__` and mapping
//! lookup of its own objects.

use std::fmt::Write;

use num_bigint::BigInt;
use num_traits::FromPrimitive;

use super::float_string::{double_to_string, FloatFlags};
use super::int::{char_from_code, IntRef};
use super::layout::{push_fill, reserve};
use super::FormatError;

/// What `%` needs to know of an argument's type.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum PercentValue<'a> {
    /// An `int`, a `bool` or an instance of an `int` subclass.
    Int(IntRef<'a>),
    /// A `float` or an instance of a `float` subclass.
    Float(f64),
    /// A `str` or an instance of a `str` subclass.
    Str(&'a str),
    /// Anything else.
    Other,
}

/// The conversion [`PercentArg::to_int`] is asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntConversion {
    /// `int(value)` (`PyNumber_Long`: `__int__`, `__index__`, `__trunc__`),
    /// for `%d`, `%i`, `%u`.
    Int,
    /// `operator.index(value)` (`__index__`), for `%o`, `%x`, `%X`, `%c`.
    Index,
}

/// An argument of `%` formatting, as the object model sees it.
pub trait PercentArg: Sized {
    /// The object model's exception; formatting's own errors convert
    /// into it.
    type Error: From<FormatError>;

    /// The argument's kind (for instances of subclasses, the built-in
    /// type's value).
    fn value(&self) -> PercentValue<'_>;

    /// The type's name as CPython's messages show it (its `tp_name`:
    /// `'int'`, `'decimal.Decimal'`).
    fn type_name(&self) -> String;

    /// `str(value)`, for `%s`.
    fn str(&self) -> Result<String, Self::Error>;

    /// `repr(value)`, for `%r`.
    fn repr(&self) -> Result<String, Self::Error>;

    /// The bytes of a bytes-like object, or what `__bytes__` returns,
    /// for `%b` and `%s` of a bytes format; `Ok(None)` when the value
    /// has neither. By default, none.
    fn bytes(&self) -> Result<Option<Vec<u8>>, Self::Error> {
        Ok(None)
    }

    /// The byte of a one-byte `bytes` or `bytearray`, for `%c` of a bytes
    /// format. By default, none.
    fn single_byte(&self) -> Option<u8> {
        None
    }

    /// `ascii(value)`, for `%a`: by default `repr()` with non-ASCII
    /// characters escaped, as CPython's `PyObject_ASCII`.
    fn ascii(&self) -> Result<String, Self::Error> {
        Ok(ascii_escape(&self.repr()?))
    }

    /// `value[key]` for `%(key)s`; called only on a
    /// [`PercentArgs::Mapping`].
    fn get_item(&self, key: &str) -> Result<Self, Self::Error>;

    /// The int an [`PercentValue::Other`] argument converts to, or
    /// `Ok(None)` for CPython's `TypeError`, which `%` replaces by its own
    /// message: when the value is no number (`PyNumber_Check`: no
    /// `__index__`, `__int__`, `__float__`, not a complex) or the
    /// conversion raises `TypeError`.
    fn to_int(&self, conversion: IntConversion) -> Result<Option<BigInt>, Self::Error>;

    /// The float an [`PercentValue::Other`] argument converts to
    /// (`PyFloat_AsDouble`: `__float__`, else `__index__`), or `Ok(None)`
    /// when it has neither.
    fn to_float(&self) -> Result<Option<f64>, Self::Error>;
}

/// The right operand of `%`.
#[derive(Debug)]
pub enum PercentArgs<'a, V> {
    /// A tuple: one item per conversion.
    Tuple(&'a [V]),
    /// A single value that is not a tuple and not a mapping.
    Single(&'a V),
    /// A single value that is a mapping (CPython's `PyMapping_Check`,
    /// neither tuple nor str): `%(key)s` looks keys up in it, `%s`
    /// formats it whole, and unused arguments are no error.
    Mapping(&'a V),
}

/// `format % args` for a `str` format, as CPython 3.11: conversions
/// `s r a d i u o x X e E f F g G c %`, flags `- + space # 0`, width and
/// precision (`*` takes them from the arguments), mapping keys
/// `%(name)s`, and the length modifiers `h l L` ignored.
/// `max_str_digits` is `sys.get_int_max_str_digits()`, the most digits
/// `%d` may write (0: no limit).
///
/// ```
/// use num_bigint::BigInt;
/// use pyvm_vm::format::{
///     percent_format, FormatError, IntConversion, IntRef, PercentArg, PercentArgs, PercentValue,
/// };
///
/// /// The object model's values; here only small ints.
/// struct Int(i64);
///
/// impl PercentArg for Int {
///     type Error = FormatError;
///     fn value(&self) -> PercentValue<'_> {
///         PercentValue::Int(IntRef::Small(self.0))
///     }
///     fn type_name(&self) -> String {
///         "int".into()
///     }
///     fn str(&self) -> Result<String, FormatError> {
///         Ok(self.0.to_string())
///     }
///     fn repr(&self) -> Result<String, FormatError> {
///         self.str()
///     }
///     fn get_item(&self, _: &str) -> Result<Self, FormatError> {
///         unreachable!("not a mapping")
///     }
///     fn to_int(&self, _: IntConversion) -> Result<Option<BigInt>, FormatError> {
///         Ok(None)
///     }
///     fn to_float(&self) -> Result<Option<f64>, FormatError> {
///         Ok(None)
///     }
/// }
///
/// let args = [Int(255), Int(7)];
/// let text = percent_format("%#06x|%-3d|%s", PercentArgs::Tuple(&args), 4300);
/// assert_eq!(text.unwrap_err(), FormatError::NotEnoughArguments);
/// let text = percent_format("%#06x|%-3d|", PercentArgs::Tuple(&args), 4300);
/// assert_eq!(text.unwrap(), "0x00ff|7  |");
/// ```
pub fn percent_format<V: PercentArg>(
    format: &str,
    args: PercentArgs<'_, V>,
    max_str_digits: usize,
) -> Result<String, V::Error> {
    format_with(format, args, max_str_digits, Flavour::Str)
}

/// `format % args` for a `bytes` or `bytearray` format, as CPython 3.11's
/// `_PyBytes_FormatEx`: the conversions of [`percent_format`] plus `%b`,
/// where `%s` is `%b` (bytes-like objects and `__bytes__`), `%r` is `%a`,
/// and `%c` takes an int in `range(256)` or a single byte.
///
/// ```
/// use num_bigint::BigInt;
/// use pyvm_vm::format::{
///     percent_format_bytes, FormatError, IntConversion, IntRef, PercentArg, PercentArgs,
///     PercentValue,
/// };
///
/// struct Blob(&'static [u8]);
///
/// impl PercentArg for Blob {
///     type Error = FormatError;
///     fn value(&self) -> PercentValue<'_> {
///         PercentValue::Other
///     }
///     fn type_name(&self) -> String {
///         "bytes".into()
///     }
///     fn str(&self) -> Result<String, FormatError> {
///         unreachable!("bytes formatting asks for bytes")
///     }
///     fn repr(&self) -> Result<String, FormatError> {
///         Ok(format!("{:?}", self.0))
///     }
///     fn bytes(&self) -> Result<Option<Vec<u8>>, FormatError> {
///         Ok(Some(self.0.to_vec()))
///     }
///     fn get_item(&self, _: &str) -> Result<Self, FormatError> {
///         unreachable!("not a mapping")
///     }
///     fn to_int(&self, _: IntConversion) -> Result<Option<BigInt>, FormatError> {
///         Ok(None)
///     }
///     fn to_float(&self) -> Result<Option<f64>, FormatError> {
///         Ok(None)
///     }
/// }
///
/// let args = [Blob(b"\xffab")];
/// let out = percent_format_bytes(b"<%-5s>", PercentArgs::Tuple(&args), 4300);
/// assert_eq!(out.unwrap(), b"<\xffab  >");
/// ```
pub fn percent_format_bytes<V: PercentArg>(
    format: &[u8],
    args: PercentArgs<'_, V>,
    max_str_digits: usize,
) -> Result<Vec<u8>, V::Error> {
    // Each byte stands for the code point of the same value (Latin-1),
    // so widths and precisions count bytes, and every character of the
    // result is below 256.
    let text: String = format.iter().map(|&b| char::from(b)).collect();
    let out = format_with(&text, args, max_str_digits, Flavour::Bytes)?;
    Ok(out.chars().map(|c| c as u32 as u8).collect())
}

/// Which `%` operator is formatting: `str`'s or `bytes`'.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Flavour {
    Str,
    Bytes,
}

/// Formats `format`, a `str` format or a bytes format read as Latin-1.
fn format_with<V: PercentArg>(
    format: &str,
    args: PercentArgs<'_, V>,
    max_str_digits: usize,
    flavour: Flavour,
) -> Result<String, V::Error> {
    let mut args = Arguments::new(args);
    let mut cursor = Cursor::new(format);
    let mut out = String::with_capacity(format.len() + 16);
    loop {
        let rest = &format[cursor.byte..];
        let Some(at) = rest.find('%') else {
            out.push_str(rest);
            break;
        };
        out.push_str(&rest[..at]);
        cursor.skip_literal(at);
        cursor.next();
        if cursor.peek() == Some('%') {
            cursor.next();
            out.push('%');
            continue;
        }
        let conversion = parse_conversion(&mut cursor, &mut args)?;
        format_conversion(&mut out, &conversion, &mut args, max_str_digits, flavour)?;
    }
    if args.index < args.len && args.mapping.is_none() {
        return Err(match flavour {
            Flavour::Str => FormatError::NotAllConverted,
            Flavour::Bytes => FormatError::NotAllConvertedBytes,
        }
        .into());
    }
    Ok(out)
}

/// The flags of one conversion.
#[derive(Default)]
struct Flags {
    left: bool,
    sign: bool,
    blank: bool,
    alternate: bool,
    zero: bool,
}

/// One parsed conversion.
struct Conversion {
    flags: Flags,
    /// -1 when not given.
    width: i64,
    /// -1 when not given.
    precision: i64,
    ch: char,
    /// The conversion character's index in code points.
    index: usize,
}

/// The arguments, consumed as CPython's `unicode_format_getnextarg`
/// does: a tuple item by item, a single value once (`len` -1, `index` -2).
struct Arguments<'a, V> {
    source: Source<'a, V>,
    len: isize,
    index: isize,
    mapping: Option<&'a V>,
}

enum Source<'a, V> {
    Tuple(&'a [V]),
    One(&'a V),
    /// A value looked up by `%(key)`.
    Owned(V),
}

impl<'a, V> Arguments<'a, V> {
    fn new(args: PercentArgs<'a, V>) -> Self {
        match args {
            PercentArgs::Tuple(items) => Arguments {
                source: Source::Tuple(items),
                len: items.len() as isize,
                index: 0,
                mapping: None,
            },
            PercentArgs::Single(value) => Arguments {
                source: Source::One(value),
                len: -1,
                index: -2,
                mapping: None,
            },
            PercentArgs::Mapping(value) => Arguments {
                source: Source::One(value),
                len: -1,
                index: -2,
                mapping: Some(value),
            },
        }
    }

    fn next(&mut self) -> Result<&V, FormatError> {
        if self.index >= self.len {
            return Err(FormatError::NotEnoughArguments);
        }
        let index = self.index;
        self.index += 1;
        Ok(match &self.source {
            Source::Tuple(items) => &items[index as usize],
            Source::One(value) => value,
            Source::Owned(value) => value,
        })
    }

    fn replace(&mut self, value: V) {
        self.source = Source::Owned(value);
        self.len = -1;
        self.index = -2;
    }
}

/// A position in the format string, in bytes and in code points.
struct Cursor<'a> {
    text: &'a str,
    byte: usize,
    index: usize,
}

impl<'a> Cursor<'a> {
    fn new(text: &'a str) -> Self {
        Cursor {
            text,
            byte: 0,
            index: 0,
        }
    }

    fn peek(&self) -> Option<char> {
        self.text[self.byte..].chars().next()
    }

    fn next(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.byte += c.len_utf8();
        self.index += 1;
        Some(c)
    }

    /// Moves over `bytes` bytes of literal text.
    fn skip_literal(&mut self, bytes: usize) {
        self.index += self.text[self.byte..self.byte + bytes].chars().count();
        self.byte += bytes;
    }
}

/// Parses what follows a `%` up to the conversion character: CPython's
/// `unicode_format_arg_parse`, including the `%(key)` lookup and the `*`
/// arguments.
fn parse_conversion<V: PercentArg>(
    cursor: &mut Cursor<'_>,
    args: &mut Arguments<'_, V>,
) -> Result<Conversion, V::Error> {
    if cursor.peek() == Some('(') {
        let mapping = args.mapping.ok_or(FormatError::RequiresMapping)?;
        cursor.next();
        let start = cursor.byte;
        let mut depth = 1;
        while depth > 0 {
            match cursor.next() {
                None => return Err(FormatError::IncompleteFormatKey.into()),
                Some(')') => depth -= 1,
                Some('(') => depth += 1,
                Some(_) => {}
            }
        }
        let key = &cursor.text[start..cursor.byte - 1];
        let value = mapping.get_item(key)?;
        args.replace(value);
    }
    let mut flags = Flags::default();
    let mut ch = loop {
        match cursor.next() {
            Some('-') => flags.left = true,
            Some('+') => flags.sign = true,
            Some(' ') => flags.blank = true,
            Some('#') => flags.alternate = true,
            Some('0') => flags.zero = true,
            other => break other,
        }
    };
    let mut width = -1;
    if ch == Some('*') {
        let value = star_argument(args)?;
        width = value.ok_or(FormatError::CSsizeOverflow)?;
        if width < 0 {
            flags.left = true;
            width = width.checked_neg().ok_or(FormatError::CSsizeOverflow)?;
        }
        ch = cursor.next();
    } else if let Some(digit) = ch.and_then(|c| c.to_digit(10)) {
        width = i64::from(digit);
        ch = read_digits(cursor, &mut width, i64::MAX, FormatError::WidthTooBig)?;
    }
    let mut precision = -1;
    if ch == Some('.') {
        precision = 0;
        ch = cursor.next();
        if ch == Some('*') {
            let value = star_argument(args)?;
            precision = value
                .filter(|&p| i32::try_from(p).is_ok())
                .ok_or(FormatError::CIntOverflow)?
                .max(0);
            ch = cursor.next();
        } else if let Some(digit) = ch.and_then(|c| c.to_digit(10)) {
            precision = i64::from(digit);
            let max = i64::from(i32::MAX);
            ch = read_digits(cursor, &mut precision, max, FormatError::PrecisionTooBig)?;
        }
    }
    if let Some('h' | 'l' | 'L') = ch {
        ch = cursor.next();
    }
    let ch = ch.ok_or(FormatError::IncompleteFormat)?;
    Ok(Conversion {
        flags,
        width,
        precision,
        ch,
        index: cursor.index - 1,
    })
}

/// The int argument of a `*`, `None` if it does not fit in an `i64`.
fn star_argument<V: PercentArg>(args: &mut Arguments<'_, V>) -> Result<Option<i64>, FormatError> {
    match args.next()?.value() {
        PercentValue::Int(value) => Ok(value.to_i64()),
        _ => Err(FormatError::StarWantsInt),
    }
}

/// Adds the digits after the first to `value`, returning the character
/// after them (`None` at the end).
fn read_digits(
    cursor: &mut Cursor<'_>,
    value: &mut i64,
    max: i64,
    too_big: FormatError,
) -> Result<Option<char>, FormatError> {
    loop {
        let ch = cursor.next();
        let Some(digit) = ch.and_then(|c| c.to_digit(10)) else {
            return Ok(ch);
        };
        let digit = i64::from(digit);
        if *value > (max - digit) / 10 {
            return Err(too_big);
        }
        *value = *value * 10 + digit;
    }
}

/// Formats one conversion's argument and writes it: CPython's
/// `unicode_format_arg_format` and `unicode_format_arg_output`.
fn format_conversion<V: PercentArg>(
    out: &mut String,
    conversion: &Conversion,
    args: &mut Arguments<'_, V>,
    max_str_digits: usize,
    flavour: Flavour,
) -> Result<(), V::Error> {
    let value = args.next()?;
    let ch = conversion.ch;
    let numeric = matches!(
        ch,
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G'
    );
    let text = match (ch, flavour) {
        ('s' | 'b', Flavour::Bytes) => match value.bytes()? {
            Some(bytes) => bytes.into_iter().map(char::from).collect(),
            None => {
                return Err(FormatError::BytesRequired {
                    type_name: value.type_name(),
                }
                .into())
            }
        },
        ('r' | 'a', Flavour::Bytes) => value.ascii()?,
        ('c', Flavour::Bytes) => char::from(byte_argument(value)?).to_string(),
        (ch, _) => conversion_text(value, conversion, ch, max_str_digits, flavour)?,
    };
    write_output(out, &text, conversion, numeric)?;
    Ok(())
}

/// The text of a conversion both flavours share.
fn conversion_text<V: PercentArg>(
    value: &V,
    conversion: &Conversion,
    ch: char,
    max_str_digits: usize,
    flavour: Flavour,
) -> Result<String, V::Error> {
    Ok(match ch {
        's' => value.str()?,
        'r' => value.repr()?,
        'a' => value.ascii()?,
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => format_long(value, conversion, max_str_digits)?,
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let precision = if conversion.precision < 0 {
                6
            } else {
                conversion.precision as usize
            };
            let flags = FloatFlags {
                alternate: conversion.flags.alternate,
                ..FloatFlags::default()
            };
            double_to_string(float_argument(value, flavour)?, ch, precision, flags)
        }
        'c' => char_argument(value)?.to_string(),
        _ => {
            return Err(FormatError::UnsupportedCharacter {
                ch,
                index: conversion.index,
            }
            .into())
        }
    })
}

/// The byte of `%c` in a bytes format: an int in `range(256)` or a
/// single byte (CPython's `byte_converter`).
fn byte_argument<V: PercentArg>(value: &V) -> Result<u8, V::Error> {
    if let Some(byte) = value.single_byte() {
        return Ok(byte);
    }
    let code = match value.value() {
        PercentValue::Int(int) => int.to_i64(),
        PercentValue::Other => match value.to_int(IntConversion::Index)? {
            Some(int) => IntRef::Big(&int).to_i64(),
            None => return Err(FormatError::ByteCharRequired.into()),
        },
        _ => return Err(FormatError::ByteCharRequired.into()),
    };
    match code {
        Some(code @ 0..=255) => Ok(code as u8),
        _ => Err(FormatError::ByteCharOutOfRange.into()),
    }
}

/// `%d %i %u %o %x %X` of `value`: CPython's `mainformatlong` and
/// `_PyUnicode_FormatLong`.
fn format_long<V: PercentArg>(
    value: &V,
    conversion: &Conversion,
    max_str_digits: usize,
) -> Result<String, V::Error> {
    let ch = conversion.ch;
    let index_only = matches!(ch, 'o' | 'x' | 'X');
    let wrong_type = || {
        let type_name = value.type_name();
        if index_only {
            FormatError::IntegerRequired {
                code: ch,
                type_name,
            }
        } else {
            FormatError::RealNumberRequired {
                code: ch,
                type_name,
            }
        }
    };
    let converted: BigInt;
    let int = match value.value() {
        PercentValue::Int(int) => int,
        PercentValue::Float(_) if index_only => return Err(wrong_type().into()),
        PercentValue::Float(float) => {
            converted = float_to_int(float)?;
            IntRef::Big(&converted)
        }
        PercentValue::Str(_) => return Err(wrong_type().into()),
        PercentValue::Other => {
            let conversion = if index_only {
                IntConversion::Index
            } else {
                IntConversion::Int
            };
            converted = value.to_int(conversion)?.ok_or_else(wrong_type)?;
            IntRef::Big(&converted)
        }
    };
    let (radix, prefix) = match ch {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = int.magnitude_digits(radix, max_str_digits)?;
    if ch == 'X' {
        digits.make_ascii_uppercase();
    }
    let zeros = (conversion.precision.max(0) as usize).saturating_sub(digits.len());
    let mut text = String::new();
    reserve(&mut text, zeros + digits.len() + 3)?;
    if int.is_negative() {
        text.push('-');
    }
    if conversion.flags.alternate {
        text.push_str(prefix);
    }
    push_fill(&mut text, '0', zeros);
    text.push_str(&digits);
    Ok(text)
}

/// `int(value)` of a float: CPython's `PyNumber_Long`.
fn float_to_int(value: f64) -> Result<BigInt, FormatError> {
    if value.is_nan() {
        return Err(FormatError::FloatNanToInt);
    }
    BigInt::from_f64(value.trunc()).ok_or(FormatError::FloatInfinityToInt)
}

/// The float argument of `%e %f %g`: CPython's `PyFloat_AsDouble`.
fn float_argument<V: PercentArg>(value: &V, flavour: Flavour) -> Result<f64, V::Error> {
    let float = match value.value() {
        PercentValue::Float(float) => Some(float),
        PercentValue::Int(int) => Some(int.to_f64()?),
        PercentValue::Str(_) => None,
        PercentValue::Other => value.to_float()?,
    };
    float.ok_or_else(|| {
        let type_name = value.type_name();
        match flavour {
            Flavour::Str => FormatError::MustBeRealNumber { type_name },
            // `_PyBytes_FormatEx` words it as Python 2 did.
            Flavour::Bytes => FormatError::FloatArgumentRequired { type_name },
        }
        .into()
    })
}

/// The character of `%c`: a one-character string, or an int's code
/// point (CPython's `formatchar`).
fn char_argument<V: PercentArg>(value: &V) -> Result<char, V::Error> {
    let code = match value.value() {
        PercentValue::Str(text) => {
            let mut chars = text.chars();
            return match (chars.next(), chars.next()) {
                (Some(c), None) => Ok(c),
                _ => Err(FormatError::CharRequiresIntOrChar.into()),
            };
        }
        PercentValue::Int(int) => int.to_i64(),
        PercentValue::Float(_) => return Err(FormatError::CharRequiresIntOrChar.into()),
        PercentValue::Other => {
            let int = value
                .to_int(IntConversion::Index)?
                .ok_or(FormatError::CharRequiresIntOrChar)?;
            IntRef::Big(&int).to_i64()
        }
    };
    Ok(char_from_code(code.ok_or(FormatError::CharOutOfRange)?)?)
}

/// Writes a converted argument in its field: CPython's
/// `unicode_format_arg_output`. Numbers (`numeric`) may carry a sign and a
/// `0x`-like prefix that stay in front of zero padding.
fn write_output(
    out: &mut String,
    text: &str,
    conversion: &Conversion,
    numeric: bool,
) -> Result<(), FormatError> {
    let flags = &conversion.flags;
    let mut len = text.chars().count() as i64;
    let mut width = conversion.width;
    let precision = conversion.precision;
    if (width == -1 || width <= len)
        && (precision == -1 || precision >= len)
        && !(flags.sign || flags.blank)
    {
        out.push_str(text);
        return Ok(());
    }
    let mut body = text;
    if matches!(conversion.ch, 's' | 'r' | 'a' | 'b') && precision >= 0 && len > precision {
        len = precision;
        body = super::text::truncate(text, Some(precision as usize)).0;
    }
    let fill = if numeric && flags.zero { '0' } else { ' ' };
    let mut sign = None;
    if numeric {
        if let Some(rest) = body.strip_prefix(['-', '+']) {
            sign = body.chars().next();
            body = rest;
            len -= 1;
        } else if flags.sign {
            sign = Some('+');
        } else if flags.blank {
            sign = Some(' ');
        }
    }
    width = width.max(len);
    reserve(out, width as usize + 1)?;
    if let Some(sign) = sign {
        if fill != ' ' {
            out.push(sign);
        }
        if width > len {
            width -= 1;
        }
    }
    let prefixed = flags.alternate && matches!(conversion.ch, 'x' | 'X' | 'o');
    let (prefix, digits) = if prefixed {
        body.split_at(2)
    } else {
        ("", body)
    };
    if prefixed {
        if fill != ' ' {
            out.push_str(prefix);
        }
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len && !flags.left {
        push_fill(out, fill, (width - len) as usize);
        width = len;
    }
    if fill == ' ' {
        out.extend(sign);
        out.push_str(prefix);
    }
    out.push_str(digits);
    if width > len {
        push_fill(out, ' ', (width - len) as usize);
    }
    Ok(())
}

/// `text` with every non-ASCII character written as `\xNN`, `\uNNNN` or
/// `\UNNNNNNNN` (the `backslashreplace` error handler).
pub fn ascii_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let code = c as u32;
        if c.is_ascii() {
            out.push(c);
        } else if code < 0x100 {
            write!(out, "\\x{code:02x}").unwrap_or(());
        } else if code < 0x10000 {
            write!(out, "\\u{code:04x}").unwrap_or(());
        } else {
            write!(out, "\\U{code:08x}").unwrap_or(());
        }
    }
    out
}
