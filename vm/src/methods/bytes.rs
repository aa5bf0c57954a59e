//! Methods of `bytes`.

use crate::exception_class::ExceptionClass;
use crate::object::Payload;
use crate::objects::function::{Args, BuiltinKind};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

use super::Methods;

/// `bytes`' methods.
pub(crate) const METHODS: Methods = &[
    ("decode", decode, BuiltinKind::Method),
    ("hex", hex, BuiltinKind::Method),
    ("fromhex", fromhex, BuiltinKind::ClassMethod),
    ("startswith", startswith, BuiltinKind::Method),
    ("endswith", endswith, BuiltinKind::Method),
    ("find", find, BuiltinKind::Method),
    ("count", count, BuiltinKind::Method),
    ("join", join, BuiltinKind::Method),
    ("split", split, BuiltinKind::Method),
    ("strip", strip, BuiltinKind::Method),
    ("replace", replace, BuiltinKind::Method),
    ("upper", upper, BuiltinKind::Method),
    ("lower", lower, BuiltinKind::Method),
];

/// The receiver's bytes and the other positional arguments.
fn receiver<'a>(vm: &mut Vm, args: &Args<'a>, name: &str) -> PyResult<(Vec<u8>, &'a [Value])> {
    match args.positional.split_first() {
        Some((value, rest)) => match value.payload() {
            Some(Payload::Bytes(bytes)) => Ok((bytes.to_vec(), rest)),
            _ => Err(vm.type_error(format!(
                "descriptor '{name}' for 'bytes' objects doesn't apply to this object"
            ))),
        },
        None => Err(vm.type_error(format!("descriptor '{name}' needs an argument"))),
    }
}

/// A bytes-like argument.
fn bytes_arg(vm: &mut Vm, value: Value, what: &str) -> PyResult<Vec<u8>> {
    match value.payload() {
        Some(Payload::Bytes(bytes)) => Ok(bytes.to_vec()),
        _ => {
            let name = vm.type_name(value);
            Err(vm.type_error(format!(
                "{what} a bytes-like object is required, not '{name}'"
            )))
        }
    }
}

/// A `str` argument.
fn text_arg(vm: &mut Vm, value: Value, what: &str) -> PyResult<String> {
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
    let (bytes, rest) = receiver(vm, &args, "decode")?;
    let encoding = match rest.first().copied().or(encoding_kw) {
        Some(value) => text_arg(vm, value, "decode() argument 'encoding'")?,
        None => "utf-8".to_owned(),
    };
    let errors = match rest.get(1).copied().or(errors_kw) {
        Some(value) => text_arg(vm, value, "decode() argument 'errors'")?,
        None => "strict".to_owned(),
    };
    let text = decode_bytes(vm, &bytes, &encoding, &errors)?;
    Ok(vm.str_value(&text))
}

/// `bytes.decode(encoding, errors)` as Rust text, with CPython's errors.
pub(crate) fn decode_bytes(
    vm: &mut Vm,
    bytes: &[u8],
    encoding: &str,
    errors: &str,
) -> PyResult<String> {
    let codec = encoding.to_ascii_lowercase().replace('_', "-");
    let text = match codec.as_str() {
        "utf-8" | "utf8" => decode_utf8(vm, bytes, errors)?,
        "ascii" | "us-ascii" => {
            let mut text = String::with_capacity(bytes.len());
            for (position, &byte) in bytes.iter().enumerate() {
                if byte < 0x80 {
                    text.push(char::from(byte));
                    continue;
                }
                match errors {
                    "ignore" => {}
                    "replace" => text.push('\u{fffd}'),
                    "backslashreplace" => text.push_str(&format!("\\x{byte:02x}")),
                    "strict" => {
                        return Err(vm.error(
                            ExceptionClass::UnicodeDecodeError,
                            format!(
                                "'ascii' codec can't decode byte {byte:#04x} in position {position}: ordinal not in range(128)"
                            ),
                        ))
                    }
                    other => return Err(unknown_error_handler(vm, other)),
                }
            }
            text
        }
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" => {
            bytes.iter().map(|&b| char::from(b)).collect()
        }
        _ => {
            return Err(vm.error(
                ExceptionClass::LookupError,
                format!("unknown encoding: {encoding}"),
            ))
        }
    };
    Ok(text)
}

/// The LookupError for an error handler no codec knows.
pub(crate) fn unknown_error_handler(vm: &mut Vm, name: &str) -> crate::vm::PyErr {
    vm.error(
        ExceptionClass::LookupError,
        format!("unknown error handler name '{name}'"),
    )
}

/// UTF-8 decoding with CPython's error messages.
fn decode_utf8(vm: &mut Vm, bytes: &[u8], errors: &str) -> PyResult<String> {
    let mut text = String::with_capacity(bytes.len());
    let mut rest = bytes;
    let mut offset = 0;
    loop {
        match std::str::from_utf8(rest) {
            Ok(valid) => {
                text.push_str(valid);
                return Ok(text);
            }
            Err(error) => {
                let valid = error.valid_up_to();
                text.push_str(std::str::from_utf8(&rest[..valid]).expect("valid"));
                let position = offset + valid;
                let bad = error.error_len();
                let bad_end = valid + bad.unwrap_or(rest.len() - valid);
                match errors {
                    "ignore" => {}
                    "replace" => text.push('\u{fffd}'),
                    "backslashreplace" => {
                        for byte in &rest[valid..bad_end] {
                            text.push_str(&format!("\\x{byte:02x}"));
                        }
                    }
                    "strict" => {
                        let byte = rest[valid];
                        let message = match bad {
                            None if rest.len() - valid > 1 => format!(
                                "'utf-8' codec can't decode bytes in position {position}-{}: unexpected end of data",
                                offset + rest.len() - 1
                            ),
                            None => format!(
                                "'utf-8' codec can't decode byte {byte:#04x} in position {position}: unexpected end of data"
                            ),
                            Some(_) => {
                                let reason = if (0x80..0xC2).contains(&byte) || byte > 0xF4 {
                                    "invalid start byte"
                                } else {
                                    "invalid continuation byte"
                                };
                                format!(
                                    "'utf-8' codec can't decode byte {byte:#04x} in position {position}: {reason}"
                                )
                            }
                        };
                        return Err(vm.error(ExceptionClass::UnicodeDecodeError, message));
                    }
                    other => return Err(unknown_error_handler(vm, other)),
                }
                offset += bad_end;
                rest = &rest[bad_end..];
            }
        }
    }
}

fn hex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (bytes, _) = receiver(vm, &args, "hex")?;
    let text: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    Ok(vm.str_value(&text))
}

/// `bytes.fromhex(string)`: pairs of hex digits, spaces between pairs.
fn fromhex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [_, text] = args.positional else {
        return Err(vm.type_error(format!(
            "fromhex() takes exactly one argument ({} given)",
            args.positional.len().saturating_sub(1)
        )));
    };
    let text = text_arg(vm, *text, "fromhex() argument")?;
    let mut bytes = Vec::new();
    let mut digits = text
        .char_indices()
        .filter(|(_, c)| !c.is_ascii_whitespace());
    while let Some((position, high)) = digits.next() {
        let low = digits.next();
        match (high.to_digit(16), low.and_then(|(_, c)| c.to_digit(16))) {
            (Some(high), Some(low)) => bytes.push((high * 16 + low) as u8),
            (None, _) => {
                return Err(vm.value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {position}"
                )))
            }
            (Some(_), None) => {
                let position = low.map_or(text.len(), |(p, _)| p);
                return Err(vm.value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {position}"
                )));
            }
        }
    }
    Ok(Value::Obj(vm.new_bytes(bytes)))
}

/// `startswith`/`endswith` with a bytes affix or a tuple of them.
fn affix(vm: &mut Vm, args: &Args<'_>, name: &str, at_end: bool) -> PyResult<Value> {
    let (bytes, rest) = receiver(vm, args, name)?;
    let Some(&affix) = rest.first() else {
        return Err(vm.type_error(format!("{name}() takes at least 1 argument (0 given)")));
    };
    let candidates = match affix.object().and_then(|a| a.as_tuple()) {
        Some(items) => items.to_vec(),
        None => vec![affix],
    };
    for candidate in candidates {
        let candidate = bytes_arg(
            vm,
            candidate,
            &format!("{name} first arg must be bytes or a tuple of bytes,"),
        )?;
        let matched = if at_end {
            bytes.ends_with(&candidate)
        } else {
            bytes.starts_with(&candidate)
        };
        if matched {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn startswith(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    affix(vm, &args, "startswith", false)
}

fn endswith(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    affix(vm, &args, "endswith", true)
}

/// The byte string or single byte (an int) a search looks for.
fn needle(vm: &mut Vm, value: Value) -> PyResult<Vec<u8>> {
    if let Some(byte) = vm.exact_int(value) {
        return match byte.to_i64() {
            Some(b @ 0..=255) => Ok(vec![b as u8]),
            _ => Err(vm.value_error("byte must be in range(0, 256)")),
        };
    }
    bytes_arg(
        vm,
        value,
        "argument should be integer or bytes-like object, not",
    )
    .map_err(|_| {
        let name = vm.type_name(value);
        vm.type_error(format!(
            "argument should be integer or bytes-like object, not '{name}'"
        ))
    })
}

fn find(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (bytes, rest) = receiver(vm, &args, "find")?;
    let Some(&target) = rest.first() else {
        return Err(vm.type_error("find() takes at least 1 argument (0 given)"));
    };
    let target = needle(vm, target)?;
    let found = if target.is_empty() {
        Some(0)
    } else {
        bytes
            .windows(target.len())
            .position(|w| w == target.as_slice())
    };
    Ok(Value::Int(found.map_or(-1, |i| i as i64)))
}

fn count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (bytes, rest) = receiver(vm, &args, "count")?;
    let Some(&target) = rest.first() else {
        return Err(vm.type_error("count() takes at least 1 argument (0 given)"));
    };
    let target = needle(vm, target)?;
    if target.is_empty() {
        return Ok(Value::Int(bytes.len() as i64 + 1));
    }
    let (mut found, mut at) = (0, 0);
    while at + target.len() <= bytes.len() {
        if bytes[at..at + target.len()] == target[..] {
            found += 1;
            at += target.len();
        } else {
            at += 1;
        }
    }
    Ok(Value::Int(found))
}

fn join(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (separator, rest) = receiver(vm, &args, "join")?;
    let [iterable] = rest else {
        return Err(vm.type_error(format!(
            "join() takes exactly one argument ({} given)",
            rest.len()
        )));
    };
    let items = vm.collect_iterable(*iterable)?;
    let mut out = Vec::new();
    for (index, item) in items.into_iter().enumerate() {
        if index > 0 {
            out.extend_from_slice(&separator);
        }
        match item.payload() {
            Some(Payload::Bytes(bytes)) => out.extend_from_slice(bytes),
            _ => {
                let name = vm.type_name(item);
                return Err(vm.type_error(format!(
                    "sequence item {index}: expected a bytes-like object, {name} found"
                )));
            }
        }
    }
    Ok(Value::Obj(vm.new_bytes(out)))
}

fn split(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (bytes, rest) = receiver(vm, &args, "split")?;
    let parts: Vec<Vec<u8>> = match rest.first() {
        None | Some(Value::None) => bytes
            .split(|b| b.is_ascii_whitespace())
            .filter(|part| !part.is_empty())
            .map(<[u8]>::to_vec)
            .collect(),
        Some(&separator) => {
            let separator = bytes_arg(vm, separator, "")?;
            if separator.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            let mut parts = Vec::new();
            let mut start = 0;
            let mut at = 0;
            while at + separator.len() <= bytes.len() {
                if bytes[at..at + separator.len()] == separator[..] {
                    parts.push(bytes[start..at].to_vec());
                    at += separator.len();
                    start = at;
                } else {
                    at += 1;
                }
            }
            parts.push(bytes[start..].to_vec());
            parts
        }
    };
    let items: Vec<Value> = parts
        .into_iter()
        .map(|part| Value::Obj(vm.new_bytes(part)))
        .collect();
    Ok(Value::Obj(vm.new_list(items)))
}

fn strip(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (bytes, rest) = receiver(vm, &args, "strip")?;
    let chars = match rest.first() {
        None | Some(Value::None) => b" \t\n\r\x0b\x0c".to_vec(),
        Some(&chars) => bytes_arg(vm, chars, "")?,
    };
    let start = bytes
        .iter()
        .position(|b| !chars.contains(b))
        .unwrap_or(bytes.len());
    let end = bytes
        .iter()
        .rposition(|b| !chars.contains(b))
        .map_or(start, |i| i + 1);
    Ok(Value::Obj(
        vm.new_bytes(bytes[start..end.max(start)].to_vec()),
    ))
}

fn replace(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (bytes, rest) = receiver(vm, &args, "replace")?;
    let [old, new, ..] = rest else {
        return Err(vm.type_error(format!(
            "replace expected at least 2 arguments, got {}",
            rest.len()
        )));
    };
    let old = bytes_arg(vm, *old, "")?;
    let new = bytes_arg(vm, *new, "")?;
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
    Ok(Value::Obj(vm.new_bytes(out)))
}

fn upper(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (bytes, _) = receiver(vm, &args, "upper")?;
    Ok(Value::Obj(vm.new_bytes(bytes.to_ascii_uppercase())))
}

fn lower(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (bytes, _) = receiver(vm, &args, "lower")?;
    Ok(Value::Obj(vm.new_bytes(bytes.to_ascii_lowercase())))
}
