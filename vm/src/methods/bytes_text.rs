//! The methods `bytes` and `bytearray` share that treat their bytes as
//! ASCII text: splitting, stripping, case, the `is…` tests, padding and
//! tab expansion. Bytes outside ASCII are never letters, digits or
//! whitespace.

use crate::object::Payload;
use crate::objects::function::{Args, BuiltinKind};
use crate::ops::buffer::ByteKind;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

use super::bytes::{bytes_arg, receiver};
use super::str::{is_title, Case};
use super::Methods;

/// The text-like methods of both `bytes` and `bytearray`.
pub(crate) const METHODS: Methods = &[
    ("split", split, BuiltinKind::Method),
    ("rsplit", rsplit, BuiltinKind::Method),
    ("splitlines", splitlines, BuiltinKind::Method),
    ("strip", strip, BuiltinKind::Method),
    ("lstrip", lstrip, BuiltinKind::Method),
    ("rstrip", rstrip, BuiltinKind::Method),
    ("upper", upper, BuiltinKind::Method),
    ("lower", lower, BuiltinKind::Method),
    ("capitalize", capitalize, BuiltinKind::Method),
    ("swapcase", swapcase, BuiltinKind::Method),
    ("title", title, BuiltinKind::Method),
    ("isalnum", isalnum, BuiltinKind::Method),
    ("isalpha", isalpha, BuiltinKind::Method),
    ("isascii", isascii, BuiltinKind::Method),
    ("isdigit", isdigit, BuiltinKind::Method),
    ("islower", islower, BuiltinKind::Method),
    ("isspace", isspace, BuiltinKind::Method),
    ("istitle", istitle, BuiltinKind::Method),
    ("isupper", isupper, BuiltinKind::Method),
    ("center", center, BuiltinKind::Method),
    ("ljust", ljust, BuiltinKind::Method),
    ("rjust", rjust, BuiltinKind::Method),
    ("zfill", zfill, BuiltinKind::Method),
    ("expandtabs", expandtabs, BuiltinKind::Method),
];

/// The whitespace of `bytes.split()` and `bytes.strip()`.
fn is_space(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// A list of byte strings of `kind`.
fn byte_list(vm: &mut Vm, kind: ByteKind, parts: Vec<Vec<u8>>) -> Value {
    let items: Vec<Value> = parts
        .into_iter()
        .map(|part| vm.new_byte_string(kind, part))
        .collect();
    Value::Obj(vm.new_list(items))
}

/// `split`/`rsplit(sep=None, maxsplit=-1)`.
fn split_by(vm: &mut Vm, args: &Args<'_>, name: &str, from_end: bool) -> PyResult<Value> {
    let [sep_kw, max_kw] = vm.keywords(name, args, ["sep", "maxsplit"])?;
    let (kind, bytes, rest) = receiver(vm, args, name)?;
    vm.check_arg_tuple(name, rest, 0, 2)?;
    let separator = match rest.first().copied().or(sep_kw) {
        None | Some(Value::None) => None,
        Some(value) => {
            let separator = bytes_arg(vm, value)?;
            if separator.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Some(separator)
        }
    };
    let limit = match rest.get(1).copied().or(max_kw) {
        Some(value) => vm.index_arg(value, "")?,
        None => -1,
    };
    let limit = if limit < 0 {
        usize::MAX
    } else {
        limit as usize
    };
    let parts = match separator {
        None => split_whitespace(&bytes, limit, from_end),
        Some(separator) => split_separator(&bytes, &separator, limit, from_end),
    };
    Ok(byte_list(vm, kind, parts))
}

/// Splits at runs of whitespace, at most `limit` times.
fn split_whitespace(bytes: &[u8], limit: usize, from_end: bool) -> Vec<Vec<u8>> {
    let mut data = bytes.to_vec();
    if from_end {
        data.reverse();
    }
    let mut parts = Vec::new();
    let mut at = 0;
    while at < data.len() {
        while at < data.len() && is_space(data[at]) {
            at += 1;
        }
        if at == data.len() {
            break;
        }
        if parts.len() == limit {
            // The rest stays whole, whitespace at its far end included.
            parts.push(data[at..].to_vec());
            break;
        }
        let start = at;
        while at < data.len() && !is_space(data[at]) {
            at += 1;
        }
        parts.push(data[start..at].to_vec());
    }
    if from_end {
        for part in &mut parts {
            part.reverse();
        }
        parts.reverse();
    }
    parts
}

/// Splits at each `separator`, at most `limit` times.
fn split_separator(bytes: &[u8], separator: &[u8], limit: usize, from_end: bool) -> Vec<Vec<u8>> {
    let mut found = super::bytes::occurrences(bytes, separator);
    if from_end {
        // Right to left, occurrences may sit differently when the
        // separator overlaps itself: search again from the end.
        found.clear();
        let mut end = bytes.len();
        while end >= separator.len() {
            if &bytes[end - separator.len()..end] == separator {
                found.push(end - separator.len());
                end -= separator.len();
            } else {
                end -= 1;
            }
        }
        found.truncate(limit);
        found.reverse();
    } else {
        found.truncate(limit);
    }
    let mut parts = Vec::with_capacity(found.len() + 1);
    let mut start = 0;
    for at in found {
        parts.push(bytes[start..at].to_vec());
        start = at + separator.len();
    }
    parts.push(bytes[start..].to_vec());
    parts
}

fn split(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    split_by(vm, &args, "split", false)
}

fn rsplit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    split_by(vm, &args, "rsplit", true)
}

/// `splitlines(keepends=False)`: at `\n`, `\r` and `\r\n`.
fn splitlines(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [keep_kw] = vm.keywords("splitlines", &args, ["keepends"])?;
    let (kind, bytes, rest) = receiver(vm, &args, "splitlines")?;
    vm.check_arg_tuple("splitlines", rest, 0, 1)?;
    let keep = match rest.first().copied().or(keep_kw) {
        Some(value) => vm.truthy(value)?,
        None => false,
    };
    let mut parts = Vec::new();
    let mut start = 0;
    let mut at = 0;
    while at < bytes.len() {
        let end_of_line = match bytes[at] {
            b'\r' if bytes.get(at + 1) == Some(&b'\n') => 2,
            b'\r' | b'\n' => 1,
            _ => 0,
        };
        if end_of_line == 0 {
            at += 1;
            continue;
        }
        let end = if keep { at + end_of_line } else { at };
        parts.push(bytes[start..end].to_vec());
        at += end_of_line;
        start = at;
    }
    if start < bytes.len() {
        parts.push(bytes[start..].to_vec());
    }
    Ok(byte_list(vm, kind, parts))
}

/// `strip`/`lstrip`/`rstrip(bytes=None)`.
fn strip_sides(
    vm: &mut Vm,
    args: &Args<'_>,
    name: &str,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    vm.no_keywords(name, args)?;
    let (kind, bytes, rest) = receiver(vm, args, name)?;
    vm.check_positional(name, rest, 0, 1)?;
    let chars = match rest.first() {
        None | Some(Value::None) => b" \t\n\r\x0b\x0c".to_vec(),
        Some(&chars) => bytes_arg(vm, chars)?,
    };
    let start = if left {
        bytes
            .iter()
            .position(|b| !chars.contains(b))
            .unwrap_or(bytes.len())
    } else {
        0
    };
    let end = if right {
        bytes
            .iter()
            .rposition(|b| !chars.contains(b))
            .map_or(start, |i| i + 1)
    } else {
        bytes.len()
    };
    Ok(vm.new_byte_string(kind, bytes[start..end.max(start)].to_vec()))
}

fn strip(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    strip_sides(vm, &args, "strip", true, true)
}

fn lstrip(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    strip_sides(vm, &args, "lstrip", true, false)
}

fn rstrip(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    strip_sides(vm, &args, "rstrip", false, true)
}

/// A method that maps the receiver's bytes to new bytes of its kind.
fn mapped(vm: &mut Vm, args: &Args<'_>, name: &str, map: fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    vm.no_keywords(name, args)?;
    let (kind, bytes, rest) = receiver(vm, args, name)?;
    vm.no_args(format_args!("{}.{name}", kind.name()), rest)?;
    Ok(vm.new_byte_string(kind, map(&bytes)))
}

fn upper(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    mapped(vm, &args, "upper", <[u8]>::to_ascii_uppercase)
}

fn lower(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    mapped(vm, &args, "lower", <[u8]>::to_ascii_lowercase)
}

fn capitalize(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    mapped(vm, &args, "capitalize", |bytes| {
        let mut out = bytes.to_ascii_lowercase();
        if let Some(first) = out.first_mut() {
            first.make_ascii_uppercase();
        }
        out
    })
}

fn swapcase(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    mapped(vm, &args, "swapcase", |bytes| {
        bytes
            .iter()
            .map(|&b| {
                if b.is_ascii_lowercase() {
                    b.to_ascii_uppercase()
                } else {
                    b.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

fn title(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    mapped(vm, &args, "title", |bytes| {
        let mut previous_cased = false;
        bytes
            .iter()
            .map(|&b| {
                let out = if previous_cased {
                    b.to_ascii_lowercase()
                } else {
                    b.to_ascii_uppercase()
                };
                previous_cased = b.is_ascii_alphabetic();
                out
            })
            .collect()
    })
}

/// An `is…` test of the receiver's bytes.
fn test(vm: &mut Vm, args: &Args<'_>, name: &str, holds: fn(&[u8]) -> bool) -> PyResult<Value> {
    vm.no_keywords(name, args)?;
    let (kind, bytes, rest) = receiver(vm, args, name)?;
    vm.no_args(format_args!("{}.{name}", kind.name()), rest)?;
    Ok(Value::bool(holds(&bytes)))
}

fn isalnum(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    test(vm, &args, "isalnum", |b| {
        !b.is_empty() && b.iter().all(u8::is_ascii_alphanumeric)
    })
}

fn isalpha(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    test(vm, &args, "isalpha", |b| {
        !b.is_empty() && b.iter().all(u8::is_ascii_alphabetic)
    })
}

fn isascii(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    test(vm, &args, "isascii", <[u8]>::is_ascii)
}

fn isdigit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    test(vm, &args, "isdigit", |b| {
        !b.is_empty() && b.iter().all(u8::is_ascii_digit)
    })
}

fn isspace(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    test(vm, &args, "isspace", |b| {
        !b.is_empty() && b.iter().all(|&c| is_space(c))
    })
}

fn islower(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    test(vm, &args, "islower", |b| {
        b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase)
    })
}

fn isupper(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    test(vm, &args, "isupper", |b| {
        b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase)
    })
}

fn istitle(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    test(vm, &args, "istitle", |bytes| {
        is_title(bytes.iter().map(|b| {
            if b.is_ascii_uppercase() {
                Case::Upper
            } else if b.is_ascii_lowercase() {
                Case::Lower
            } else {
                Case::Uncased
            }
        }))
    })
}

/// `center`/`ljust`/`rjust(width, fillchar=b' ')`; `left_share` gives
/// the padding put on the left out of the total.
fn pad(
    vm: &mut Vm,
    args: &Args<'_>,
    name: &str,
    left_share: fn(usize, usize) -> usize,
) -> PyResult<Value> {
    vm.no_keywords(name, args)?;
    let (kind, bytes, rest) = receiver(vm, args, name)?;
    vm.check_positional(name, rest, 1, 2)?;
    let width = vm.index_arg(rest[0], "")?;
    let fill = match rest.get(1) {
        None => b' ',
        Some(&value) => match value.payload() {
            Some(Payload::Bytes(fill)) if fill.len() == 1 => fill[0],
            Some(Payload::ByteArray(fill)) if fill.borrow().len() == 1 => fill.borrow()[0],
            _ => {
                let type_name = vm.type_name(value);
                return Err(vm.type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {type_name}"
                )));
            }
        },
    };
    let width = width.max(0) as usize;
    if width <= bytes.len() {
        return Ok(vm.new_byte_string(kind, bytes));
    }
    vm.check_allocation(Some(width))?;
    let total = width - bytes.len();
    let left = left_share(total, bytes.len());
    let mut out = vec![fill; left];
    out.extend_from_slice(&bytes);
    out.resize(width, fill);
    Ok(vm.new_byte_string(kind, out))
}

fn center(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    // As CPython's `pad`: the odd byte goes left when the width is odd.
    pad(vm, &args, "center", |total, length| {
        total / 2 + (total & (length + total) & 1)
    })
}

fn ljust(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    pad(vm, &args, "ljust", |_, _| 0)
}

fn rjust(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    pad(vm, &args, "rjust", |total, _| total)
}

/// `zfill(width)`: zeros on the left, after any sign.
fn zfill(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.no_keywords("zfill", &args)?;
    let (kind, bytes, rest) = receiver(vm, &args, "zfill")?;
    vm.exactly_one(format_args!("{}.zfill", kind.name()), rest)?;
    let width = vm.index_arg(rest[0], "")?.max(0) as usize;
    if width <= bytes.len() {
        return Ok(vm.new_byte_string(kind, bytes));
    }
    vm.check_allocation(Some(width))?;
    let signed = matches!(bytes.first(), Some(b'+' | b'-'));
    let mut out = Vec::with_capacity(width);
    if signed {
        out.push(bytes[0]);
    }
    out.resize(out.len() + width - bytes.len(), b'0');
    out.extend_from_slice(&bytes[usize::from(signed)..]);
    Ok(vm.new_byte_string(kind, out))
}

/// `expandtabs(tabsize=8)`.
fn expandtabs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [size_kw] = vm.keywords("expandtabs", &args, ["tabsize"])?;
    let (kind, bytes, rest) = receiver(vm, &args, "expandtabs")?;
    vm.check_arg_tuple("expandtabs", rest, 0, 1)?;
    let size = match rest.first().copied().or(size_kw) {
        Some(value) => vm.index_arg(value, "")?,
        None => 8,
    };
    // CPython takes the tab size as a C int.
    if i32::try_from(size).is_err() {
        return Err(vm.error(
            crate::exception_class::ExceptionClass::OverflowError,
            "Python int too large to convert to C int",
        ));
    }
    let mut out = Vec::with_capacity(bytes.len());
    let mut column = 0usize;
    for &b in &bytes {
        match b {
            b'\t' => {
                if size > 0 {
                    let spaces = size as usize - column % size as usize;
                    vm.check_allocation(out.len().checked_add(spaces))?;
                    out.resize(out.len() + spaces, b' ');
                    column += spaces;
                }
            }
            b'\n' | b'\r' => {
                out.push(b);
                column = 0;
            }
            _ => {
                out.push(b);
                column += 1;
            }
        }
    }
    Ok(vm.new_byte_string(kind, out))
}
