//! The methods `bytes` and `bytearray` share (each returns a byte string
//! of its receiver's kind): searching, joining, replacing, partitioning,
//! translating, hex and decoding. Splitting, stripping, case and padding
//! are in `bytes_text.rs`; what only a `bytearray` does is in
//! `bytearray.rs`.

use crate::object::Payload;
use crate::objects::function::{Args, BuiltinKind};
use crate::ops::buffer::ByteKind;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

use super::Methods;

/// The methods of both `bytes` and `bytearray`.
pub(crate) const METHODS: Methods = &[
    ("decode", decode, BuiltinKind::Method),
    ("hex", hex, BuiltinKind::Method),
    ("fromhex", fromhex, BuiltinKind::ClassMethod),
    ("startswith", startswith, BuiltinKind::Method),
    ("endswith", endswith, BuiltinKind::Method),
    ("find", find, BuiltinKind::Method),
    ("rfind", rfind, BuiltinKind::Method),
    ("index", index, BuiltinKind::Method),
    ("rindex", rindex, BuiltinKind::Method),
    ("count", count, BuiltinKind::Method),
    ("join", join, BuiltinKind::Method),
    ("replace", replace, BuiltinKind::Method),
    ("partition", partition, BuiltinKind::Method),
    ("rpartition", rpartition, BuiltinKind::Method),
    ("removeprefix", removeprefix, BuiltinKind::Method),
    ("removesuffix", removesuffix, BuiltinKind::Method),
    ("translate", translate, BuiltinKind::Method),
    ("maketrans", maketrans, BuiltinKind::StaticMethod),
];

/// `bytes`' own methods.
pub(crate) const BYTES_METHODS: Methods = &[
    ("__bytes__", dunder_bytes, BuiltinKind::Method),
    ("__getnewargs__", getnewargs, BuiltinKind::Method),
];

/// The receiver's kind and bytes, and the other positional arguments.
pub(super) fn receiver<'a>(
    vm: &mut Vm,
    args: &Args<'a>,
    name: &str,
) -> PyResult<(ByteKind, Vec<u8>, &'a [Value])> {
    match args.positional.split_first() {
        Some((value, rest)) => match value.payload() {
            Some(Payload::Bytes(bytes)) => Ok((ByteKind::Bytes, bytes.to_vec(), rest)),
            Some(Payload::ByteArray(bytes)) => {
                Ok((ByteKind::ByteArray, bytes.borrow().clone(), rest))
            }
            _ => {
                let type_name = vm.type_name(*value);
                Err(vm.type_error(format!(
                    "descriptor '{name}' for 'bytes' objects doesn't apply to a '{type_name}' object"
                )))
            }
        },
        None => Err(vm.type_error(format!("descriptor '{name}' needs an argument"))),
    }
}

/// A bytes-like argument, or CPython's TypeError.
pub(super) fn bytes_arg(vm: &mut Vm, value: Value) -> PyResult<Vec<u8>> {
    vm.bytes_like(value)
}

/// A `str` argument.
pub(super) fn text_arg(vm: &mut Vm, value: Value, what: &str) -> PyResult<String> {
    match value.object().and_then(|o| o.as_str()) {
        Some(text) => Ok(text.as_str().to_owned()),
        None => {
            let name = vm.type_name(value);
            Err(vm.type_error(format!("{what} must be str, not {name}")))
        }
    }
}

/// `decode(encoding='utf-8', errors='strict')` for UTF-8, ASCII and
/// Latin-1.
fn decode(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [encoding_kw, errors_kw] = vm.keywords("decode", &args, ["encoding", "errors"])?;
    let (_, bytes, rest) = receiver(vm, &args, "decode")?;
    vm.check_arg_tuple("decode", rest, 0, 2)?;
    let encoding = match rest.first().copied().or(encoding_kw) {
        Some(value) => text_arg(vm, value, "decode() argument 'encoding'")?,
        None => "utf-8".to_owned(),
    };
    let errors = match rest.get(1).copied().or(errors_kw) {
        Some(value) => text_arg(vm, value, "decode() argument 'errors'")?,
        None => "strict".to_owned(),
    };
    let text = super::codec::decode_bytes(vm, &bytes, &encoding, &errors)?;
    Ok(vm.str_value(&text))
}

/// `hex(sep=None, bytes_per_sep=1)`.
fn hex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [sep_kw, per_kw] = vm.keywords("hex", &args, ["sep", "bytes_per_sep"])?;
    let (_, bytes, rest) = receiver(vm, &args, "hex")?;
    vm.check_arg_tuple("hex", rest, 0, 2)?;
    let sep = rest.first().copied().or(sep_kw);
    let per = rest.get(1).copied().or(per_kw);
    let text = hex_text(vm, &bytes, sep, per)?;
    Ok(vm.str_value(&text))
}

/// The `hex()` of `bytes` with an optional separator every
/// `bytes_per_sep` bytes (counted from the right, or from the left when
/// negative), as CPython's `_Py_strhex_with_sep`.
pub(super) fn hex_text(
    vm: &mut Vm,
    bytes: &[u8],
    sep: Option<Value>,
    per: Option<Value>,
) -> PyResult<String> {
    let sep = match sep {
        None | Some(Value::None) => None,
        Some(value) => {
            let sep = match value.payload() {
                Some(Payload::Str(text)) => text.as_str().chars().collect::<Vec<char>>(),
                _ => match vm.buffer_bytes(value)? {
                    Some(bytes) => bytes.into_iter().map(char::from).collect(),
                    None => {
                        let name = vm.type_name(value);
                        return Err(vm.type_error(format!("object of type '{name}' has no len()")));
                    }
                },
            };
            if sep.len() != 1 {
                return Err(vm.value_error("sep must be length 1."));
            }
            if !sep[0].is_ascii() {
                return Err(vm.value_error("sep must be ASCII."));
            }
            Some(sep[0])
        }
    };
    let per = match per {
        Some(value) => vm.index_arg(value, "")?,
        None => 1,
    };
    let digits = |b: &u8| format!("{b:02x}");
    let (Some(sep), false) = (sep, per == 0 || bytes.is_empty()) else {
        return Ok(bytes.iter().map(digits).collect());
    };
    let group = per.unsigned_abs() as usize;
    let mut out = String::with_capacity(bytes.len() * 3);
    // Groups count from the end unless `bytes_per_sep` is negative.
    let offset = if per > 0 {
        (group - bytes.len() % group) % group
    } else {
        0
    };
    for (i, byte) in bytes.iter().enumerate() {
        if i > 0 && (i + offset) % group == 0 {
            out.push(sep);
        }
        out.push_str(&digits(byte));
    }
    Ok(out)
}

/// `fromhex(string)`: pairs of hex digits, whitespace between pairs; a
/// class method making an instance of its class.
fn fromhex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.no_keywords("fromhex", &args)?;
    let Some((&class, rest)) = args.positional.split_first() else {
        return Err(vm.type_error("descriptor 'fromhex' needs an argument"));
    };
    let class_ref = class.as_object().expect("a class");
    let owner = if vm.is_subtype(class_ref, vm.types.bytearray) {
        "bytearray.fromhex"
    } else {
        "bytes.fromhex"
    };
    let text = vm.exactly_one(owner, rest)?;
    let text = text_arg(vm, text, "fromhex() argument")?;
    let bytes = parse_hex(vm, &text)?;
    if class_ref == vm.types.bytes {
        return Ok(Value::Obj(vm.new_bytes(bytes)));
    }
    if class_ref == vm.types.bytearray {
        return Ok(Value::Obj(vm.new_bytearray(bytes)));
    }
    // A subclass gets `cls(bytes)`, as CPython's `bytes_fromhex_impl`.
    let made = Value::Obj(vm.new_bytes(bytes));
    let mark = vm.root(made);
    let result = vm.call_function(class, &[made]);
    vm.release_roots(mark);
    result
}

/// The bytes a `fromhex()` string spells, with CPython's error positions
/// (in characters).
fn parse_hex(vm: &mut Vm, text: &str) -> PyResult<Vec<u8>> {
    let chars: Vec<char> = text.chars().collect();
    let mut bytes = Vec::with_capacity(chars.len() / 2);
    let mut at = 0;
    let error = |vm: &mut Vm, position: usize| {
        vm.value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {position}"
        ))
    };
    loop {
        while at < chars.len() && chars[at].is_ascii_whitespace() {
            at += 1;
        }
        if at == chars.len() {
            return Ok(bytes);
        }
        let Some(high) = chars[at].to_digit(16) else {
            return Err(error(vm, at));
        };
        let Some(low) = chars.get(at + 1).and_then(|c| c.to_digit(16)) else {
            return Err(error(vm, at + 1));
        };
        bytes.push((high * 16 + low) as u8);
        at += 2;
    }
}

/// `startswith`/`endswith` with a bytes affix or a tuple of them, and
/// optional `start` and `end`.
fn affix(vm: &mut Vm, args: &Args<'_>, name: &str, at_end: bool) -> PyResult<Value> {
    vm.no_keywords(name, args)?;
    let (_, bytes, rest) = receiver(vm, args, name)?;
    vm.check_arg_tuple(name, rest, 1, 3)?;
    let (start, end) = vm.search_bounds(rest.get(1).copied(), rest.get(2).copied(), bytes.len())?;
    let window = if start > bytes.len() || start > end {
        None
    } else {
        Some(&bytes[start..end])
    };
    let candidates = match rest[0].object().and_then(|a| a.as_tuple()) {
        Some(items) => items.to_vec(),
        None => vec![rest[0]],
    };
    for candidate in candidates {
        let Some(candidate) = vm.buffer_bytes(candidate)? else {
            let type_name = vm.type_name(candidate);
            return Err(vm.type_error(format!(
                "{name} first arg must be bytes or a tuple of bytes, not {type_name}"
            )));
        };
        let matched = window.is_some_and(|window| {
            if at_end {
                window.ends_with(&candidate)
            } else {
                window.starts_with(&candidate)
            }
        });
        if matched {
            return Ok(Value::bool(true));
        }
    }
    Ok(Value::bool(false))
}

fn startswith(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    affix(vm, &args, "startswith", false)
}

fn endswith(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    affix(vm, &args, "endswith", true)
}

/// The byte string or single byte (an int) a search looks for.
fn needle(vm: &mut Vm, value: Value) -> PyResult<Vec<u8>> {
    if let Some(bytes) = vm.buffer_bytes(value)? {
        return Ok(bytes);
    }
    match vm.index_value(value)? {
        Some(byte) => match byte.to_i64() {
            Some(b @ 0..=255) => Ok(vec![b as u8]),
            _ => Err(vm.value_error("byte must be in range(0, 256)")),
        },
        None => {
            let name = vm.type_name(value);
            Err(vm.type_error(format!(
                "argument should be integer or bytes-like object, not '{name}'"
            )))
        }
    }
}

/// Where `find`, `rfind`, `index` and `rindex` find their needle:
/// the position, or `None`.
fn search(vm: &mut Vm, args: &Args<'_>, name: &str, from_end: bool) -> PyResult<Option<usize>> {
    vm.no_keywords(name, args)?;
    let (_, bytes, rest) = receiver(vm, args, name)?;
    vm.check_arg_tuple(name, rest, 1, 3)?;
    let target = needle(vm, rest[0])?;
    let (start, end) = vm.search_bounds(rest.get(1).copied(), rest.get(2).copied(), bytes.len())?;
    if start > end || end - start < target.len() {
        return Ok(None);
    }
    let window = &bytes[start..end];
    if target.is_empty() {
        return Ok(Some(if from_end { end } else { start }));
    }
    let mut positions = window.windows(target.len());
    let found = if from_end {
        positions.rposition(|w| w == target.as_slice())
    } else {
        positions.position(|w| w == target.as_slice())
    };
    Ok(found.map(|i| i + start))
}

fn find(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let found = search(vm, &args, "find", false)?;
    Ok(Value::Int(found.map_or(-1, |i| i as i64)))
}

fn rfind(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let found = search(vm, &args, "rfind", true)?;
    Ok(Value::Int(found.map_or(-1, |i| i as i64)))
}

fn index(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match search(vm, &args, "index", false)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("subsection not found")),
    }
}

fn rindex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match search(vm, &args, "rindex", true)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("subsection not found")),
    }
}

/// The non-overlapping occurrences of `target` in `bytes`, left to right.
pub(super) fn occurrences(bytes: &[u8], target: &[u8]) -> Vec<usize> {
    let mut found = Vec::new();
    let mut at = 0;
    while at + target.len() <= bytes.len() {
        if &bytes[at..at + target.len()] == target {
            found.push(at);
            at += target.len().max(1);
        } else {
            at += 1;
        }
    }
    found
}

fn count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.no_keywords("count", &args)?;
    let (_, bytes, rest) = receiver(vm, &args, "count")?;
    vm.check_arg_tuple("count", rest, 1, 3)?;
    let target = needle(vm, rest[0])?;
    let (start, end) = vm.search_bounds(rest.get(1).copied(), rest.get(2).copied(), bytes.len())?;
    if start > end || end - start < target.len() {
        return Ok(Value::Int(0));
    }
    if target.is_empty() {
        return Ok(Value::Int((end - start) as i64 + 1));
    }
    Ok(Value::Int(
        occurrences(&bytes[start..end], &target).len() as i64
    ))
}

fn join(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.no_keywords("join", &args)?;
    let (kind, separator, rest) = receiver(vm, &args, "join")?;
    let iterable = vm.exactly_one(format_args!("{}.join", kind.name()), rest)?;
    let items = vm.collect_iterable(iterable)?;
    let mut out = Vec::new();
    for (index, item) in items.into_iter().enumerate() {
        if index > 0 {
            out.extend_from_slice(&separator);
        }
        match vm.buffer_bytes(item)? {
            Some(bytes) => out.extend_from_slice(&bytes),
            None => {
                let name = vm.type_name(item);
                return Err(vm.type_error(format!(
                    "sequence item {index}: expected a bytes-like object, {name} found"
                )));
            }
        }
    }
    Ok(vm.new_byte_string(kind, out))
}

fn replace(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.no_keywords("replace", &args)?;
    let (kind, bytes, rest) = receiver(vm, &args, "replace")?;
    vm.check_positional("replace", rest, 2, 3)?;
    let old = bytes_arg(vm, rest[0])?;
    let new = bytes_arg(vm, rest[1])?;
    let limit = match rest.get(2) {
        Some(&count) => vm.index_arg(count, "")?,
        None => -1,
    };
    let mut out = Vec::with_capacity(bytes.len());
    let mut replaced = 0;
    let mut at = 0;
    while at <= bytes.len() {
        if (limit < 0 || replaced < limit)
            && at + old.len() <= bytes.len()
            && bytes[at..at + old.len()] == old[..]
        {
            out.extend_from_slice(&new);
            replaced += 1;
            if old.is_empty() {
                if at < bytes.len() {
                    out.push(bytes[at]);
                }
                at += 1;
            } else {
                at += old.len();
            }
        } else {
            if at < bytes.len() {
                out.push(bytes[at]);
            }
            at += 1;
        }
    }
    Ok(vm.new_byte_string(kind, out))
}

/// `partition`/`rpartition`: the parts before, at and after the first
/// (or last) separator.
fn partition_at(vm: &mut Vm, args: &Args<'_>, name: &str, from_end: bool) -> PyResult<Value> {
    vm.no_keywords(name, args)?;
    let (kind, bytes, rest) = receiver(vm, args, name)?;
    let separator = vm.exactly_one(format_args!("{}.{name}", kind.name()), rest)?;
    let separator = bytes_arg(vm, separator)?;
    if separator.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let mut windows = bytes.windows(separator.len());
    let found = if from_end {
        windows.rposition(|w| w == separator.as_slice())
    } else {
        windows.position(|w| w == separator.as_slice())
    };
    let parts: [Vec<u8>; 3] = match found {
        Some(at) => [
            bytes[..at].to_vec(),
            separator.clone(),
            bytes[at + separator.len()..].to_vec(),
        ],
        None if from_end => [Vec::new(), Vec::new(), bytes],
        None => [bytes, Vec::new(), Vec::new()],
    };
    let items: Vec<Value> = parts
        .into_iter()
        .map(|part| vm.new_byte_string(kind, part))
        .collect();
    Ok(Value::Obj(vm.new_tuple(items)))
}

fn partition(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    partition_at(vm, &args, "partition", false)
}

fn rpartition(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    partition_at(vm, &args, "rpartition", true)
}

/// `removeprefix`/`removesuffix`.
fn remove_affix(vm: &mut Vm, args: &Args<'_>, name: &str, at_end: bool) -> PyResult<Value> {
    vm.no_keywords(name, args)?;
    let (kind, bytes, rest) = receiver(vm, args, name)?;
    let affix = vm.exactly_one(format_args!("{}.{name}", kind.name()), rest)?;
    let affix = bytes_arg(vm, affix)?;
    let kept = if at_end {
        bytes.strip_suffix(affix.as_slice())
    } else {
        bytes.strip_prefix(affix.as_slice())
    };
    let kept = kept.unwrap_or(&bytes).to_vec();
    // An unchanged `bytes` is the receiver itself, as in CPython.
    if kind == ByteKind::Bytes && kept.len() == bytes.len() {
        let receiver = args.positional[0];
        if receiver
            .as_object()
            .is_some_and(|o| o.class() == vm.types.bytes)
        {
            return Ok(receiver);
        }
    }
    Ok(vm.new_byte_string(kind, kept))
}

fn removeprefix(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    remove_affix(vm, &args, "removeprefix", false)
}

fn removesuffix(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    remove_affix(vm, &args, "removesuffix", true)
}

/// `translate(table, /, delete=b'')`: each byte mapped through a
/// 256-byte table (or kept when the table is `None`), the bytes in
/// `delete` dropped.
fn translate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [delete_kw] = vm.keywords("translate", &args, ["delete"])?;
    let (kind, bytes, rest) = receiver(vm, &args, "translate")?;
    vm.check_positional("translate", rest, 1, 2)?;
    let table = match rest[0] {
        Value::None => None,
        value => {
            let table = bytes_arg(vm, value)?;
            if table.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(table)
        }
    };
    let delete = match rest.get(1).copied().or(delete_kw) {
        Some(value) => bytes_arg(vm, value)?,
        None => Vec::new(),
    };
    let out: Vec<u8> = bytes
        .iter()
        .filter(|b| !delete.contains(b))
        .map(|&b| table.as_ref().map_or(b, |t| t[usize::from(b)]))
        .collect();
    Ok(vm.new_byte_string(kind, out))
}

/// `bytes.maketrans(frm, to)`: the 256-byte table mapping each byte of
/// `frm` to the byte of `to` at the same place.
fn maketrans(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.no_keywords("maketrans", &args)?;
    vm.check_positional("maketrans", args.positional, 2, 2)?;
    let from = bytes_arg(vm, args.positional[0])?;
    let to = bytes_arg(vm, args.positional[1])?;
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (&f, &t) in from.iter().zip(&to) {
        table[usize::from(f)] = t;
    }
    Ok(Value::Obj(vm.new_bytes(table)))
}

/// `bytes.__bytes__()`: the bytes themselves (a copy for a subclass).
fn dunder_bytes(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, bytes, _) = receiver(vm, &args, "__bytes__")?;
    let receiver = args.positional[0];
    if receiver
        .as_object()
        .is_some_and(|o| o.class() == vm.types.bytes)
    {
        return Ok(receiver);
    }
    Ok(Value::Obj(vm.new_bytes(bytes)))
}

/// `bytes.__getnewargs__()`: `(bytes(self),)`, for pickling.
fn getnewargs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, bytes, _) = receiver(vm, &args, "__getnewargs__")?;
    let copy = Value::Obj(vm.new_bytes(bytes));
    Ok(Value::Obj(vm.new_tuple([copy])))
}
