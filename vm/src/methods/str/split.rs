//! `str`'s methods that split text into parts or join parts into text:
//! `join`, `split`, `rsplit` and `splitlines`.

use crate::exception_class::ExceptionClass;
use crate::object::Payload;
use crate::objects::function::Args;
use crate::objects::str::Str;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

use super::{receiver, unicode, StrRef};

pub(super) fn join(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (separator, rest) = receiver(vm, &args, "join")?;
    let iterable = vm.exactly_one("str.join", rest)?;
    // An exact list or tuple is joined in place, as CPython's
    // `PySequence_Fast` does; joining runs no Python code, so the list
    // cannot change meanwhile.
    if let Value::Obj(object) = iterable {
        match &object.payload {
            Payload::List(items) if object.class() == vm.types.list => {
                return join_items(vm, &separator, &items.borrow());
            }
            Payload::Tuple(items) if object.class() == vm.types.tuple => {
                return join_items(vm, &separator, items);
            }
            _ => {}
        }
    }
    // Any other iterable is iterated once, into a list.
    let iterator = match vm.get_iter(iterable) {
        Ok(iterator) => iterator,
        Err(error) if vm.is_exception(Value::Obj(error.exception), ExceptionClass::TypeError) => {
            return Err(vm.type_error("can only join an iterable"));
        }
        Err(error) => return Err(error),
    };
    let items = vm.collect_iterable(iterator)?;
    join_items(vm, &separator, &items)
}

/// The text of `value` if it is a `str`.
fn text_of(value: &Value) -> Option<&Str> {
    value.object().and_then(|o| o.as_str())
}

/// `separator.join(items)` of the items of a sequence.
fn join_items(vm: &mut Vm, separator: &StrRef, items: &[Value]) -> PyResult<Value> {
    // One exact `str` is the result itself, as in CPython.
    if let [item] = items {
        if item.object().is_some_and(|o| o.class() == vm.types.str) {
            return Ok(*item);
        }
    }
    // The result's size in bytes and in code points, from the parts'.
    let joins = items.len().saturating_sub(1);
    let chars_between = separator.char_count();
    let separator: &str = separator;
    let mut length = separator.len() * joins;
    let mut chars = chars_between * joins;
    for (i, item) in items.iter().enumerate() {
        let Some(text) = text_of(item) else {
            let name = vm.type_name(*item);
            return Err(vm.type_error(format!(
                "sequence item {i}: expected str instance, {name} found"
            )));
        };
        length += text.as_str().len();
        chars += text.len();
    }
    let mut out = String::with_capacity(length);
    for (i, text) in items.iter().filter_map(text_of).enumerate() {
        if i > 0 {
            out.push_str(separator);
        }
        out.push_str(text.as_str());
    }
    Ok(vm.str_value_with_len(out, chars))
}

/// The `sep` of `split`/`rsplit`, and how many splits `maxsplit` allows
/// (`usize::MAX` for no limit).
fn split_arguments(
    vm: &mut Vm,
    args: &Args<'_>,
    rest: &[Value],
    name: &str,
) -> PyResult<(Option<StrRef>, usize)> {
    let [sep_kw, maxsplit_kw] = if args.has_keywords() {
        vm.keywords(name, args, ["sep", "maxsplit"])?
    } else {
        [None, None]
    };
    vm.check_arg_tuple(name, rest, 0, 2)?;
    for (position, (keyword, given)) in [("sep", sep_kw), ("maxsplit", maxsplit_kw)]
        .into_iter()
        .enumerate()
    {
        if given.is_some() && rest.len() > position {
            return Err(vm.type_error(format!(
                "argument for {name}() given by name ('{keyword}') and position ({})",
                position + 1
            )));
        }
    }
    let sep = rest.first().copied().or(sep_kw).unwrap_or(Value::None);
    let maxsplit = rest
        .get(1)
        .copied()
        .or(maxsplit_kw)
        .unwrap_or(Value::Int(-1));
    let sep = if sep.is_none() {
        None
    } else {
        let Some(sep) = sep.as_object().filter(|s| s.as_str().is_some()).map(StrRef) else {
            let type_name = vm.type_name(sep);
            return Err(vm.type_error(format!("must be str or None, not {type_name}")));
        };
        if sep.is_empty() {
            return Err(vm.value_error("empty separator"));
        }
        Some(sep)
    };
    let maxsplit = vm.index_arg(maxsplit, "")?;
    let limit = usize::try_from(maxsplit).unwrap_or(usize::MAX);
    Ok((sep, limit))
}

/// `text` split at each `sep`, at most `limit` times, from the start or
/// (`reverse`) from the end, in the order found. One ASCII character is
/// looked for with `memchr`: the general searches cost more to set up
/// than most splits of short text take.
fn split_at<'t>(text: &'t str, sep: &str, limit: usize, reverse: bool) -> Vec<&'t str> {
    let pieces = limit.saturating_add(1);
    match (sep.as_bytes(), reverse) {
        (&[byte], false) if byte.is_ascii() => {
            let mut parts = Vec::new();
            let mut start = 0;
            for at in memchr::memchr_iter(byte, text.as_bytes()).take(pieces - 1) {
                // An ASCII byte is a whole character: `at` is on a
                // boundary.
                parts.push(&text[start..at]);
                start = at + 1;
            }
            parts.push(&text[start..]);
            parts
        }
        (_, false) => text.splitn(pieces, sep).collect(),
        (_, true) => text.rsplitn(pieces, sep).collect(),
    }
}

/// The list of the parts of a string; `ascii` when the string is, so
/// that each part's length in bytes is its length in code points.
fn string_list(vm: &mut Vm, parts: Vec<&str>, ascii: bool) -> Value {
    let values: Vec<Value> = if ascii {
        parts.into_iter().map(|p| vm.ascii_str_value(p)).collect()
    } else {
        parts.into_iter().map(|p| vm.str_value(p)).collect()
    };
    Value::Obj(vm.new_list(values))
}

/// Whether an ASCII byte is whitespace to `str.isspace` (which also
/// counts the separators 0x1C to 0x1F): one bit each of a mask.
fn is_ascii_space(byte: u8) -> bool {
    const SPACES: u64 = 1 << b' ' | 0x3e00 | 0xf000_0000;
    byte <= b' ' && SPACES >> byte & 1 != 0
}

/// `split()` of ASCII text: the runs between whitespace, at most `limit`
/// splits (the rest, from its first word, is the last part), each a new
/// `str` (or a shared one of one character).
fn split_ascii_whitespace(vm: &mut Vm, text: &str, limit: usize) -> Vec<Value> {
    let bytes = text.as_bytes();
    // CPython's guess at the size of a split's list.
    let mut parts = Vec::with_capacity(12);
    let mut at = 0;
    loop {
        while at < bytes.len() && is_ascii_space(bytes[at]) {
            at += 1;
        }
        if at == bytes.len() {
            return parts;
        }
        let start = at;
        if parts.len() == limit {
            at = bytes.len();
        } else {
            while at < bytes.len() && !is_ascii_space(bytes[at]) {
                at += 1;
            }
        }
        parts.push(vm.ascii_str_value(&text[start..at]));
    }
}

pub(super) fn split(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (text, rest) = receiver(vm, &args, "split")?;
    let (sep, limit) = if rest.is_empty() && !args.has_keywords() {
        (None, usize::MAX)
    } else {
        split_arguments(vm, &args, rest, "split")?
    };
    let parts: Vec<&str> = match &sep {
        Some(sep) => split_at(&text, sep, limit, false),
        None if text.is_ascii() => {
            let parts = split_ascii_whitespace(vm, &text, limit);
            return Ok(Value::Obj(vm.new_list(parts)));
        }
        None => {
            let mut parts = Vec::new();
            let mut remaining = text.trim_start_matches(unicode::is_space);
            while !remaining.is_empty() {
                if parts.len() == limit {
                    parts.push(remaining);
                    break;
                }
                match remaining.find(unicode::is_space) {
                    Some(end) => {
                        parts.push(&remaining[..end]);
                        remaining = remaining[end..].trim_start_matches(unicode::is_space);
                    }
                    None => {
                        parts.push(remaining);
                        break;
                    }
                }
            }
            parts
        }
    };
    Ok(string_list(vm, parts, text.is_ascii()))
}

pub(super) fn rsplit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (text, rest) = receiver(vm, &args, "rsplit")?;
    let (sep, limit) = split_arguments(vm, &args, rest, "rsplit")?;
    let mut parts: Vec<&str> = match &sep {
        Some(sep) => split_at(&text, sep, limit, true),
        None => {
            let mut parts = Vec::new();
            let mut remaining = text.trim_end_matches(unicode::is_space);
            while !remaining.is_empty() {
                if parts.len() == limit {
                    parts.push(remaining);
                    break;
                }
                match remaining.rfind(unicode::is_space) {
                    Some(start) => {
                        let width = remaining[start..].chars().next().map_or(1, char::len_utf8);
                        parts.push(&remaining[start + width..]);
                        remaining = remaining[..start].trim_end_matches(unicode::is_space);
                    }
                    None => {
                        parts.push(remaining);
                        break;
                    }
                }
            }
            parts
        }
    };
    parts.reverse();
    Ok(string_list(vm, parts, text.is_ascii()))
}

/// Whether one of the eight ASCII bytes of `word` is below 0x20, as every
/// ASCII line break is. (Subtracting 0x20 from each byte borrows into its
/// top bit only from a byte below 0x20; an ASCII byte's own top bit is
/// clear.)
fn has_control_byte(word: u64) -> bool {
    word.wrapping_sub(0x2020_2020_2020_2020) & !word & 0x8080_8080_8080_8080 != 0
}

/// `splitlines` of ASCII text: its line breaks are `\n`, `\r`, `\r\n`,
/// `\x0b`, `\x0c` and `\x1c` to `\x1e`. Eight bytes without a control
/// character are passed over at once, the others looked at one by one.
fn split_ascii_lines(text: &str, keepends: bool) -> Vec<&str> {
    let bytes = text.as_bytes();
    let mut parts = Vec::new();
    let mut start = 0;
    let mut at = 0;
    while at < bytes.len() {
        if let Some(chunk) = bytes.get(at..at + 8) {
            if !has_control_byte(u64::from_le_bytes(chunk.try_into().expect("eight bytes"))) {
                at += 8;
                continue;
            }
        }
        let byte = bytes[at];
        // Every break is below 0x20: one comparison passes over the rest.
        if byte >= 0x20 || !matches!(byte, b'\n' | b'\r' | 0x0b | 0x0c | 0x1c..=0x1e) {
            at += 1;
            continue;
        }
        let mut end = at + 1;
        if byte == b'\r' && bytes.get(end) == Some(&b'\n') {
            end += 1;
        }
        parts.push(if keepends {
            &text[start..end]
        } else {
            &text[start..at]
        });
        start = end;
        at = end;
    }
    if start < text.len() {
        parts.push(&text[start..]);
    }
    parts
}

pub(super) fn splitlines(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [keepends_kw] = vm.keywords("splitlines", &args, ["keepends"])?;
    let (text, rest) = receiver(vm, &args, "splitlines")?;
    vm.check_arg_tuple("splitlines", rest, 0, 1)?;
    let keepends = match rest.first().copied().or(keepends_kw) {
        Some(value) => vm.index_arg(value, "")? != 0,
        None => false,
    };
    if text.is_ascii() {
        let parts = split_ascii_lines(&text, keepends);
        return Ok(string_list(vm, parts, true));
    }
    let mut parts = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((offset, c)) = chars.next() {
        let is_break = matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        );
        if is_break {
            let mut end = offset + c.len_utf8();
            if c == '\r' && chars.next_if(|&(_, next)| next == '\n').is_some() {
                end += 1;
            }
            parts.push(if keepends {
                &text[start..end]
            } else {
                &text[start..offset]
            });
            start = end;
        }
    }
    if start < text.len() {
        parts.push(&text[start..]);
    }
    Ok(string_list(vm, parts, false))
}

#[cfg(test)]
mod tests {
    use super::{has_control_byte, is_ascii_space};

    #[test]
    fn has_control_byte_finds_any_byte_below_0x20() {
        for byte in 0..0x80u8 {
            for at in 0..8 {
                let mut word = [b'a'; 8];
                word[at] = byte;
                assert_eq!(has_control_byte(u64::from_le_bytes(word)), byte < 0x20);
            }
        }
    }

    #[test]
    fn ascii_space_is_isspace() {
        for byte in 0..0x80u8 {
            let expected = matches!(byte, b'\t'..=b'\r' | 0x1c..=0x1f | b' ');
            assert_eq!(is_ascii_space(byte), expected, "{byte:#x}");
        }
    }
}
