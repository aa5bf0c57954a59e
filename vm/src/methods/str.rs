//! Methods of `str`.

use crate::exception_class::ExceptionClass;
use crate::object::Payload;
use crate::objects::function::{Args, BuiltinKind};
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

use super::{unicode, Methods};

mod split;

use self::split::{join, rsplit, split, splitlines};

/// `str`'s methods.
pub(crate) const METHODS: Methods = &[
    ("__str__", dunder_str, BuiltinKind::Method),
    ("join", join, BuiltinKind::Method),
    ("split", split, BuiltinKind::Method),
    ("rsplit", rsplit, BuiltinKind::Method),
    ("splitlines", splitlines, BuiltinKind::Method),
    ("strip", strip, BuiltinKind::Method),
    ("lstrip", lstrip, BuiltinKind::Method),
    ("rstrip", rstrip, BuiltinKind::Method),
    ("replace", replace, BuiltinKind::Method),
    ("startswith", startswith, BuiltinKind::Method),
    ("endswith", endswith, BuiltinKind::Method),
    ("find", find, BuiltinKind::Method),
    ("rfind", rfind, BuiltinKind::Method),
    ("index", index, BuiltinKind::Method),
    ("rindex", rindex, BuiltinKind::Method),
    ("count", count, BuiltinKind::Method),
    ("upper", upper, BuiltinKind::Method),
    ("lower", lower, BuiltinKind::Method),
    ("casefold", casefold, BuiltinKind::Method),
    ("title", title, BuiltinKind::Method),
    ("capitalize", capitalize, BuiltinKind::Method),
    ("swapcase", swapcase, BuiltinKind::Method),
    ("isdigit", isdigit, BuiltinKind::Method),
    ("isdecimal", isdecimal, BuiltinKind::Method),
    ("istitle", istitle, BuiltinKind::Method),
    ("isprintable", isprintable, BuiltinKind::Method),
    ("isascii", isascii, BuiltinKind::Method),
    ("removeprefix", removeprefix, BuiltinKind::Method),
    ("removesuffix", removesuffix, BuiltinKind::Method),
    ("expandtabs", expandtabs, BuiltinKind::Method),
    ("maketrans", maketrans, BuiltinKind::StaticMethod),
    ("translate", translate, BuiltinKind::Method),
    ("format_map", format_map, BuiltinKind::Method),
    ("isnumeric", isnumeric, BuiltinKind::Method),
    ("isalpha", isalpha, BuiltinKind::Method),
    ("isalnum", isalnum, BuiltinKind::Method),
    ("isspace", isspace, BuiltinKind::Method),
    ("isupper", isupper, BuiltinKind::Method),
    ("islower", islower, BuiltinKind::Method),
    ("isidentifier", isidentifier, BuiltinKind::Method),
    ("zfill", zfill, BuiltinKind::Method),
    ("center", center, BuiltinKind::Method),
    ("ljust", ljust, BuiltinKind::Method),
    ("rjust", rjust, BuiltinKind::Method),
    ("partition", partition, BuiltinKind::Method),
    ("rpartition", rpartition, BuiltinKind::Method),
    ("encode", encode, BuiltinKind::Method),
    ("format", format, BuiltinKind::Method),
];

/// The receiver's text and the other positional arguments.
fn receiver<'a>(vm: &mut Vm, args: &Args<'a>, name: &str) -> PyResult<(StrRef, &'a [Value])> {
    let (text, rest) = vm.method_receiver(args, "str", name, |v| {
        v.object().is_some_and(|o| o.as_str().is_some())
    })?;
    Ok((StrRef(text.as_object().expect("checked")), rest))
}

/// `str.__str__`: the string itself, or for an instance of a subclass an
/// exact `str` with its text.
fn dunder_str(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let receiver = args.positional.first().copied();
    let Some(string) = receiver
        .and_then(|v| v.as_object())
        .filter(|o| o.as_str().is_some())
    else {
        return Err(vm.slot_mismatch("__str__", "str", receiver));
    };
    vm.no_keywords("str.__str__", &args)?;
    vm.no_args("str.__str__", &args.positional[1..])?;
    if string.class() == vm.types.str {
        return Ok(Value::Obj(string));
    }
    let text = StrRef(string);
    Ok(vm.str_value(&text))
}

/// A `str` object read as its text, without copying it: the receiver of
/// a method, which its arguments keep alive while the method runs.
struct StrRef(ObjRef);

impl std::ops::Deref for StrRef {
    type Target = str;

    fn deref(&self) -> &str {
        self.0.as_str().expect("a str").as_str()
    }
}

impl StrRef {
    /// Whether the text is ASCII, known from its length in code points
    /// (`str::is_ascii`, which this shadows, would scan it).
    fn is_ascii(&self) -> bool {
        self.0.as_str().expect("a str").is_ascii()
    }

    /// The length in code points.
    fn char_count(&self) -> usize {
        self.0.as_str().expect("a str").len()
    }
}

/// A `str` argument, or CPython's TypeError naming the method (`what`),
/// or not, when `what` is empty.
fn str_arg(vm: &mut Vm, value: Value, what: &str) -> PyResult<StrRef> {
    if what.is_empty() {
        str_expected(vm, value, "must be str")
    } else {
        str_expected(vm, value, format_args!("{what} must be str"))
    }
}

/// A `str` argument, or the TypeError "`expected`, not <type>".
#[inline]
fn str_expected(vm: &mut Vm, value: Value, expected: impl std::fmt::Display) -> PyResult<StrRef> {
    match value.as_object().filter(|o| o.as_str().is_some()) {
        Some(string) => Ok(StrRef(string)),
        None => Err(not_str(vm, value, &expected.to_string())),
    }
}

/// The TypeError "`expected`, not <type>" of [`str_expected`].
#[cold]
fn not_str(vm: &mut Vm, value: Value, expected: &str) -> crate::vm::PyErr {
    // Argument Clinic's `_PyArg_BadArgument` names `None` itself.
    let name = if value.is_none() && expected.contains("() argument") {
        "None".to_owned()
    } else {
        vm.type_name(value)
    };
    vm.type_error(format!("{expected}, not {name}"))
}

fn text_result(vm: &mut Vm, text: &str) -> PyResult<Value> {
    Ok(vm.str_value(text))
}

/// The characters `strip` and friends remove: whitespace, or the given
/// set.
fn strip_chars(vm: &mut Vm, rest: &[Value], name: &str) -> PyResult<Option<Vec<char>>> {
    match rest.first() {
        None | Some(Value::None) => Ok(None),
        Some(&chars) => {
            let Some(chars) = chars.object().and_then(|o| o.as_str()) else {
                return Err(vm.type_error(format!("{name} arg must be None or str")));
            };
            Ok(Some(chars.as_str().chars().collect()))
        }
    }
}

fn strip_with(vm: &mut Vm, args: Args<'_>, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let (text, rest) = receiver(vm, &args, name)?;
    vm.check_positional(name, rest, 0, 1)?;
    let chars = strip_chars(vm, rest, name)?;
    let matches = |c: char| match &chars {
        Some(set) => set.contains(&c),
        None => unicode::is_space(c),
    };
    let mut result = &*text;
    if left {
        result = result.trim_start_matches(matches);
    }
    if right {
        result = result.trim_end_matches(matches);
    }
    let result = result.to_owned();
    text_result(vm, &result)
}

fn strip(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    strip_with(vm, args, "strip", true, true)
}

fn lstrip(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    strip_with(vm, args, "lstrip", true, false)
}

fn rstrip(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    strip_with(vm, args, "rstrip", false, true)
}

fn replace(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.no_keywords("replace", &args)?;
    let (text, rest) = receiver(vm, &args, "replace")?;
    vm.check_positional("replace", rest, 2, 3)?;
    let old = str_arg(vm, rest[0], "replace() argument 1")?;
    let new = str_arg(vm, rest[1], "replace() argument 2")?;
    let count = match rest.get(2) {
        Some(&count) => vm.index_arg(count, "")?,
        None => -1,
    };
    let (old, new): (&str, &str) = (&old, &new);
    let limit = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let result = match old.as_bytes() {
        // One ASCII character, the common case, in one pass over the
        // bytes (the general substring search costs more to set up than
        // most replacements take).
        &[byte] if byte.is_ascii() => replace_byte(&text, byte, new, limit),
        _ if old.is_empty() || text.contains(old) => Some(text.replacen(old, new, limit)),
        _ => None,
    };
    match result {
        Some(result) if limit > 0 => text_result(vm, &result),
        // Nothing replaced: an exact `str` is the result itself, as in
        // CPython.
        _ if text.0.class() == vm.types.str => Ok(Value::Obj(text.0)),
        _ => text_result(vm, &text),
    }
}

/// `text` with its first `limit` occurrences of the ASCII character
/// `byte` replaced by `new`; `None` when there are none.
fn replace_byte(text: &str, byte: u8, new: &str, limit: usize) -> Option<String> {
    let mut found = memchr::memchr_iter(byte, text.as_bytes())
        .take(limit)
        .peekable();
    found.peek()?;
    let mut out = String::with_capacity(text.len() + new.len().saturating_sub(1) * 4);
    let mut copied = 0;
    for at in found {
        // An ASCII byte is a whole character: `at` is on a boundary.
        out.push_str(&text[copied..at]);
        out.push_str(new);
        copied = at + 1;
    }
    out.push_str(&text[copied..]);
    Some(out)
}

/// The code point range `[start:end]` of `find` and friends, as byte
/// offsets into `text`; `None` when `start` is past `end`.
fn byte_range(
    vm: &mut Vm,
    text: &str,
    start: Option<&Value>,
    end: Option<&Value>,
) -> PyResult<Option<(usize, usize)>> {
    // The whole text, the common case, needs no counting.
    if start.is_none_or(|v| v.is_none()) && end.is_none_or(|v| v.is_none()) {
        return Ok(Some((0, text.len())));
    }
    let length = text.chars().count();
    // A start past the end finds nothing, not even "" (CPython's
    // `ADJUST_INDICES` clamps only the end).
    let (start, end) = vm.search_bounds(start.copied(), end.copied(), length)?;
    if start > end {
        return Ok(None);
    }
    let offset = |index: usize| {
        text.char_indices()
            .nth(index)
            .map_or(text.len(), |(o, _)| o)
    };
    Ok(Some((offset(start), offset(end))))
}

fn char_index(text: &str, byte: usize) -> i64 {
    text[..byte].chars().count() as i64
}

/// `find`/`rfind`/`index`/`rindex`.
fn search(vm: &mut Vm, args: Args<'_>, name: &str, reverse: bool, raise: bool) -> PyResult<Value> {
    vm.no_keywords(name, &args)?;
    let (text, rest) = receiver(vm, &args, name)?;
    vm.check_arg_tuple(name, rest, 1, 3)?;
    let needle = str_arg(vm, rest[0], "")?;
    let needle: &str = &needle;
    let found = match byte_range(vm, &text, rest.get(1), rest.get(2))? {
        Some((start, end)) => {
            let window = &text[start..end];
            let hit = if reverse {
                window.rfind(&needle)
            } else {
                window.find(needle)
            };
            hit.map(|at| char_index(&text, start + at))
        }
        None => None,
    };
    match found {
        Some(index) => Ok(Value::Int(index)),
        None if raise => Err(vm.value_error("substring not found")),
        None => Ok(Value::Int(-1)),
    }
}

fn find(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    search(vm, args, "find", false, false)
}

fn rfind(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    search(vm, args, "rfind", true, false)
}

fn index(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    search(vm, args, "index", false, true)
}

fn rindex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    search(vm, args, "rindex", true, true)
}

fn count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.no_keywords("count", &args)?;
    let (text, rest) = receiver(vm, &args, "count")?;
    vm.check_arg_tuple("count", rest, 1, 3)?;
    let needle = str_arg(vm, rest[0], "")?;
    let needle: &str = &needle;
    let total = match byte_range(vm, &text, rest.get(1), rest.get(2))? {
        Some((start, end)) => {
            let window = &text[start..end];
            if needle.is_empty() {
                window.chars().count() as i64 + 1
            } else {
                window.matches(&needle).count() as i64
            }
        }
        None => 0,
    };
    Ok(Value::Int(total))
}

/// `startswith`/`endswith`: a prefix or a tuple of them.
fn affix(vm: &mut Vm, args: Args<'_>, name: &str, at_end: bool) -> PyResult<Value> {
    vm.no_keywords(name, &args)?;
    let (text, rest) = receiver(vm, &args, name)?;
    vm.check_arg_tuple(name, rest, 1, 3)?;
    let candidates: &[Value] = match rest[0].payload() {
        Some(Payload::Tuple(items)) => items,
        Some(Payload::Str(_)) => &rest[..1],
        _ => {
            let type_name = vm.type_name(rest[0]);
            return Err(vm.type_error(format!(
                "{name} first arg must be str or a tuple of str, not {type_name}"
            )));
        }
    };
    let Some((start, end)) = byte_range(vm, &text, rest.get(1), rest.get(2))? else {
        return Ok(Value::bool(false));
    };
    let window = &text[start..end];
    for &candidate in candidates {
        let candidate = str_expected(
            vm,
            candidate,
            format_args!("tuple for {name} must only contain str"),
        )?;
        let candidate: &str = &candidate;
        let hit = if at_end {
            window.ends_with(candidate)
        } else {
            window.starts_with(candidate)
        };
        if hit {
            return Ok(Value::bool(true));
        }
    }
    Ok(Value::bool(false))
}

fn startswith(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    affix(vm, args, "startswith", false)
}

fn endswith(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    affix(vm, args, "endswith", true)
}

/// A method that maps the text to new text.
fn map_text(vm: &mut Vm, args: Args<'_>, name: &str, f: fn(&str) -> String) -> PyResult<Value> {
    let (text, rest) = receiver(vm, &args, name)?;
    vm.no_args(format_args!("str.{name}"), rest)?;
    let result = f(&text);
    Ok(vm.string_value(result))
}

/// `upper` and `lower`: `ascii` maps ASCII text, whose result is ASCII
/// of the same length, `full` any other.
fn map_case(
    vm: &mut Vm,
    args: Args<'_>,
    name: &str,
    ascii: fn(&mut str),
    full: fn(&str) -> String,
) -> PyResult<Value> {
    let (text, rest) = receiver(vm, &args, name)?;
    vm.no_args(format_args!("str.{name}"), rest)?;
    if text.is_ascii() {
        // Mapped in its own copy: one allocation, none for short text.
        let mut result = compact_str::CompactString::new(&*text);
        ascii(&mut result);
        let chars = result.len();
        return Ok(vm.str_value_with_len(result, chars));
    }
    Ok(vm.string_value(full(&text)))
}

fn upper(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    map_case(
        vm,
        args,
        "upper",
        str::make_ascii_uppercase,
        str::to_uppercase,
    )
}

fn lower(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    map_case(
        vm,
        args,
        "lower",
        str::make_ascii_lowercase,
        str::to_lowercase,
    )
}

fn casefold(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    map_text(vm, args, "casefold", |text| {
        let mut out = String::with_capacity(text.len());
        for c in text.chars() {
            unicode::fold(c, &mut out);
        }
        out
    })
}

/// `title`: titlecase after an uncased character, lowercase after a cased
/// one.
fn title(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    map_text(vm, args, "title", |text| {
        let mut out = String::with_capacity(text.len());
        let mut previous_cased = false;
        let chars: Vec<char> = text.chars().collect();
        for (i, &c) in chars.iter().enumerate() {
            if previous_cased {
                unicode::push_lower(&chars, i, &mut out);
            } else {
                unicode::to_title(c, &mut out);
            }
            previous_cased = unicode::is_cased(c);
        }
        out
    })
}

fn capitalize(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    map_text(vm, args, "capitalize", |text| {
        let chars: Vec<char> = text.chars().collect();
        let mut out = String::with_capacity(text.len());
        if let Some(&first) = chars.first() {
            unicode::to_title(first, &mut out);
            for i in 1..chars.len() {
                unicode::push_lower(&chars, i, &mut out);
            }
        }
        out
    })
}

fn swapcase(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    map_text(vm, args, "swapcase", |text| {
        let mut out = String::with_capacity(text.len());
        let chars: Vec<char> = text.chars().collect();
        for (i, &c) in chars.iter().enumerate() {
            if c.is_uppercase() {
                unicode::push_lower(&chars, i, &mut out);
            } else if c.is_lowercase() {
                out.extend(c.to_uppercase());
            } else {
                out.push(c);
            }
        }
        out
    })
}

/// A predicate over the text (false for empty text unless stated).
fn test(vm: &mut Vm, args: Args<'_>, name: &str, f: fn(&str) -> bool) -> PyResult<Value> {
    let (text, rest) = receiver(vm, &args, name)?;
    vm.no_args(format_args!("str.{name}"), rest)?;
    Ok(Value::bool(f(&text)))
}

/// `isdigit`, `isalpha`… whose answer for an ASCII character is the
/// ASCII predicate `ascii`: ASCII text is tested byte by byte, other text
/// code point by code point with `full`.
fn test_chars(
    vm: &mut Vm,
    args: Args<'_>,
    name: &str,
    ascii: impl Fn(&u8) -> bool,
    full: impl Fn(char) -> bool,
) -> PyResult<Value> {
    let (string, rest) = receiver(vm, &args, name)?;
    vm.no_args(format_args!("str.{name}"), rest)?;
    let text: &str = &string;
    let holds = if string.is_ascii() {
        text.as_bytes().iter().all(ascii)
    } else {
        text.chars().all(full)
    };
    Ok(Value::bool(!text.is_empty() && holds))
}

fn isdigit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    test_chars(vm, args, "isdigit", u8::is_ascii_digit, unicode::is_digit)
}

fn isdecimal(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    test_chars(
        vm,
        args,
        "isdecimal",
        u8::is_ascii_digit,
        unicode::is_decimal,
    )
}

fn isnumeric(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    test_chars(
        vm,
        args,
        "isnumeric",
        u8::is_ascii_digit,
        unicode::is_numeric,
    )
}

/// The case of a character, for `istitle`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Case {
    /// Uppercase or titlecase.
    Upper,
    /// Lowercase.
    Lower,
    /// Neither.
    Uncased,
}

/// Whether characters of these cases read as a title (`str.istitle`,
/// `bytes.istitle`): uppercase only after uncased characters, lowercase
/// only after cased ones, and some cased character.
pub(crate) fn is_title(cases: impl Iterator<Item = Case>) -> bool {
    let (mut cased, mut previous_cased) = (false, false);
    for case in cases {
        match case {
            Case::Upper if previous_cased => return false,
            Case::Lower if !previous_cased => return false,
            Case::Upper | Case::Lower => {
                previous_cased = true;
                cased = true;
            }
            Case::Uncased => previous_cased = false,
        }
    }
    cased
}

/// `istitle`.
fn istitle(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    test(vm, args, "istitle", |t| {
        is_title(t.chars().map(|c| {
            if c.is_uppercase() || unicode::is_titlecase(c) {
                Case::Upper
            } else if c.is_lowercase() {
                Case::Lower
            } else {
                Case::Uncased
            }
        }))
    })
}

fn isprintable(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    test(vm, args, "isprintable", |t| {
        t.chars().all(unicode::is_printable)
    })
}

fn isascii(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    test(vm, args, "isascii", |t| t.is_ascii())
}

fn isalpha(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    test_chars(
        vm,
        args,
        "isalpha",
        u8::is_ascii_alphabetic,
        unicode::is_alpha,
    )
}

fn isalnum(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    test_chars(vm, args, "isalnum", u8::is_ascii_alphanumeric, |c| {
        unicode::is_alpha(c) || unicode::is_numeric(c)
    })
}

fn isspace(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    test(vm, args, "isspace", |t| {
        !t.is_empty() && t.chars().all(unicode::is_space)
    })
}

fn isupper(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    test(vm, args, "isupper", |t| {
        t.chars().any(char::is_uppercase) && !t.chars().any(char::is_lowercase)
    })
}

fn islower(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    test(vm, args, "islower", |t| {
        t.chars().any(char::is_lowercase) && !t.chars().any(char::is_uppercase)
    })
}

fn isidentifier(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    test(vm, args, "isidentifier", |t| {
        let mut chars = t.chars();
        chars
            .next()
            .is_some_and(|c| c == '_' || unicode_ident::is_xid_start(c))
            && chars.all(unicode_ident::is_xid_continue)
    })
}

fn zfill(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (text, rest) = receiver(vm, &args, "zfill")?;
    let width = vm.exactly_one("str.zfill", rest)?;
    let width = vm.index_arg(width, "")?.max(0) as usize;
    let length = text.chars().count();
    if length >= width {
        return text_result(vm, &text);
    }
    vm.check_allocation(Some(width))?;
    let (sign, digits) = match text.chars().next() {
        Some(c @ ('+' | '-')) => (c.to_string(), &text[1..]),
        _ => (String::new(), &*text),
    };
    let result = format!("{sign}{}{digits}", "0".repeat(width - length));
    text_result(vm, &result)
}

/// `center`/`ljust`/`rjust`.
fn pad(vm: &mut Vm, args: Args<'_>, name: &str) -> PyResult<Value> {
    let (text, rest) = receiver(vm, &args, name)?;
    vm.check_positional(name, rest, 1, 2)?;
    let width = vm.index_arg(rest[0], "")?.max(0) as usize;
    let fill = match rest.get(1) {
        Some(&fill) => {
            let fill = str_expected(vm, fill, "The fill character must be a unicode character")?;
            let mut chars = fill.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => c,
                _ => {
                    return Err(
                        vm.type_error("The fill character must be exactly one character long")
                    )
                }
            }
        }
        None => ' ',
    };
    let length = text.chars().count();
    if length >= width {
        return text_result(vm, &text);
    }
    let total = width - length;
    vm.check_allocation(total.checked_mul(fill.len_utf8()))?;
    let (left, right) = match name {
        "ljust" => (0, total),
        "rjust" => (total, 0),
        _ => {
            // CPython's centring: the odd extra goes left when the width
            // is odd.
            let left = total / 2 + (total & width & 1);
            (left, total - left)
        }
    };
    let fill_text = |n: usize| std::iter::repeat_n(fill, n).collect::<String>();
    let result = format!("{}{}{}", fill_text(left), &*text, fill_text(right));
    text_result(vm, &result)
}

fn center(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    pad(vm, args, "center")
}

fn ljust(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    pad(vm, args, "ljust")
}

fn rjust(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    pad(vm, args, "rjust")
}

fn partition_with(vm: &mut Vm, args: Args<'_>, name: &str, reverse: bool) -> PyResult<Value> {
    let (text, rest) = receiver(vm, &args, name)?;
    let separator = vm.exactly_one(format_args!("str.{name}"), rest)?;
    let separator = str_arg(vm, separator, "")?;
    let separator: &str = &separator;
    if separator.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if reverse {
        text.rfind(&separator)
    } else {
        text.find(separator)
    };
    let parts = match found {
        Some(at) => [&text[..at], separator, &text[at + separator.len()..]],
        None if reverse => ["", "", &*text],
        None => [&*text, "", ""],
    };
    let values: Vec<Value> = parts.iter().map(|p| vm.str_value(p)).collect();
    Ok(Value::Obj(vm.new_tuple(values)))
}

fn partition(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    partition_with(vm, args, "partition", false)
}

fn rpartition(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    partition_with(vm, args, "rpartition", true)
}

/// `encode(encoding='utf-8', errors='strict')` for the UTF-8, ASCII and
/// Latin-1 codecs.
fn encode(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [encoding_kw, errors_kw] = vm.keywords("encode", &args, ["encoding", "errors"])?;
    let (text, rest) = receiver(vm, &args, "encode")?;
    vm.check_arg_tuple("encode", rest, 0, 2)?;
    let encoding = match rest.first().copied().or(encoding_kw) {
        Some(value) => str_arg(vm, value, "encode() argument 'encoding'")?.to_string(),
        None => "utf-8".to_owned(),
    };
    let errors = match rest.get(1).copied().or(errors_kw) {
        Some(value) => str_arg(vm, value, "encode() argument 'errors'")?.to_string(),
        None => "strict".to_owned(),
    };
    let bytes = encode_text(vm, &text, &encoding, &errors)?;
    Ok(Value::Obj(vm.new_bytes(bytes)))
}

/// `str.encode(encoding, errors)` as Rust bytes, with CPython's errors.
pub(crate) fn encode_text(
    vm: &mut Vm,
    text: &str,
    encoding: &str,
    errors: &str,
) -> PyResult<Vec<u8>> {
    let codec = encoding.to_ascii_lowercase().replace('_', "-");
    let limit = match codec.as_str() {
        "utf-8" | "utf8" => return Ok(text.as_bytes().to_vec()),
        "ascii" | "us-ascii" => 0x80,
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" => 0x100,
        _ => {
            return Err(vm.error(
                ExceptionClass::LookupError,
                format!("unknown encoding: {encoding}"),
            ))
        }
    };
    let name = if limit == 0x80 { "ascii" } else { "latin-1" };
    let chars: Vec<char> = text.chars().collect();
    let mut bytes = Vec::with_capacity(text.len());
    let mut position = 0;
    while position < chars.len() {
        let code = u32::from(chars[position]);
        if code < limit {
            bytes.push(code as u8);
            position += 1;
            continue;
        }
        // The run of characters the codec cannot encode, which CPython's
        // error handlers receive whole.
        let end = chars[position..]
            .iter()
            .position(|&c| u32::from(c) < limit)
            .map_or(chars.len(), |n| position + n);
        for &c in &chars[position..end] {
            match errors {
                "ignore" => {}
                "replace" => bytes.push(b'?'),
                "backslashreplace" => {
                    let code = u32::from(c);
                    let escape = match code {
                        0..=0xFF => format!("\\x{code:02x}"),
                        0x100..=0xFFFF => format!("\\u{code:04x}"),
                        _ => format!("\\U{code:08x}"),
                    };
                    bytes.extend_from_slice(escape.as_bytes());
                }
                "xmlcharrefreplace" => {
                    bytes.extend_from_slice(format!("&#{};", u32::from(c)).as_bytes());
                }
                "strict" => {
                    let reason = format!("ordinal not in range({limit})");
                    return Err(vm.unicode_encode_error(name, text, position, end, &reason));
                }
                other => return Err(super::codec::unknown_error_handler(vm, other)),
            }
        }
        position = end;
    }
    Ok(bytes)
}

fn removeprefix(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.no_keywords("removeprefix", &args)?;
    let (text, rest) = receiver(vm, &args, "removeprefix")?;
    let prefix = vm.exactly_one("str.removeprefix", rest)?;
    let prefix = str_arg(vm, prefix, "removeprefix() argument")?;
    let result = text.strip_prefix(&*prefix).unwrap_or(&text).to_owned();
    text_result(vm, &result)
}

fn removesuffix(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.no_keywords("removesuffix", &args)?;
    let (text, rest) = receiver(vm, &args, "removesuffix")?;
    let suffix = vm.exactly_one("str.removesuffix", rest)?;
    let suffix = str_arg(vm, suffix, "removesuffix() argument")?;
    let result = text.strip_suffix(&*suffix).unwrap_or(&text).to_owned();
    text_result(vm, &result)
}

/// `expandtabs(tabsize=8)`: tabs become spaces up to the next multiple of
/// the tab size; the column restarts after a newline.
fn expandtabs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [tabsize_kw] = vm.keywords("expandtabs", &args, ["tabsize"])?;
    let (text, rest) = receiver(vm, &args, "expandtabs")?;
    vm.check_arg_tuple("expandtabs", rest, 0, 1)?;
    let tabsize = match rest.first().copied().or(tabsize_kw) {
        Some(value) => vm.index_arg(value, "")?,
        None => 8,
    };
    // CPython takes the tab size as a C int.
    if i32::try_from(tabsize).is_err() {
        return Err(vm.error(
            ExceptionClass::OverflowError,
            "Python int too large to convert to C int",
        ));
    }
    let mut out = String::with_capacity(text.len());
    let mut column: i64 = 0;
    for c in text.chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let spaces = tabsize - column % tabsize;
                    vm.check_allocation(out.len().checked_add(spaces as usize))?;
                    out.extend(std::iter::repeat_n(' ', spaces as usize));
                    column += spaces;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                column = 0;
            }
            _ => {
                out.push(c);
                column += 1;
            }
        }
    }
    text_result(vm, &out)
}

/// `str.maketrans(x[, y[, z]])`: the table `translate` takes.
fn maketrans(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.no_keywords("maketrans", &args)?;
    let table = vm.new_dict();
    let mark = vm.root(Value::Obj(table));
    let result = fill_translation_table(vm, table, args.positional);
    vm.release_roots(mark);
    result.map(|()| Value::Obj(table))
}

fn fill_translation_table(
    vm: &mut Vm,
    table: crate::value::ObjRef,
    args: &[Value],
) -> PyResult<()> {
    match args {
        [mapping] => {
            let Some(entries) = mapping.object().and_then(|m| match &m.payload {
                Payload::Dict(dict) => Some(
                    dict.borrow()
                        .iter()
                        .map(|(k, v)| (k.key, v))
                        .collect::<Vec<_>>(),
                ),
                _ => None,
            }) else {
                return Err(
                    vm.type_error("if you give only one argument to maketrans it must be a dict")
                );
            };
            for (key, value) in entries {
                let key = match key.object().and_then(|k| k.as_str()) {
                    Some(text) => {
                        let mut chars = text.as_str().chars();
                        match (chars.next(), chars.next()) {
                            (Some(c), None) => Value::Int(i64::from(u32::from(c))),
                            _ => {
                                return Err(vm.value_error(
                                    "string keys in translate table must be of length 1",
                                ))
                            }
                        }
                    }
                    None if vm.exact_int(key).is_some() => key,
                    None => {
                        return Err(
                            vm.type_error("keys in translate table must be strings or integers")
                        )
                    }
                };
                vm.dict_set(table, key, value)?;
            }
            Ok(())
        }
        [from, to, rest @ ..] if rest.len() <= 1 => {
            let from = str_arg(vm, *from, "maketrans() argument 1")?;
            let to = str_arg(vm, *to, "maketrans() argument 2")?;
            if from.chars().count() != to.chars().count() {
                return Err(
                    vm.value_error("the first two maketrans arguments must have equal length")
                );
            }
            for (a, b) in from.chars().zip(to.chars()) {
                let (a, b) = (u32::from(a), u32::from(b));
                vm.dict_set(table, Value::Int(i64::from(a)), Value::Int(i64::from(b)))?;
            }
            if let [deleted] = rest {
                let deleted = str_arg(vm, *deleted, "maketrans() argument 3")?;
                for c in deleted.chars() {
                    vm.dict_set(table, Value::Int(i64::from(u32::from(c))), Value::None)?;
                }
            }
            Ok(())
        }
        _ => Err(vm.type_error(format!(
            "maketrans() takes at most 3 arguments ({} given)",
            args.len()
        ))),
    }
}

/// `translate(table)`: each character looked up by its code point; a
/// missing entry keeps it, `None` deletes it.
fn translate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.no_keywords("translate", &args)?;
    let (text, rest) = receiver(vm, &args, "translate")?;
    let table = vm.exactly_one("str.translate", rest)?;
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let key = Value::Int(i64::from(u32::from(c)));
        let mapped = match vm.get_item(table, key) {
            Ok(mapped) => mapped,
            Err(error)
                if vm.is_exception(Value::Obj(error.exception), ExceptionClass::LookupError) =>
            {
                out.push(c);
                continue;
            }
            Err(error) => return Err(error),
        };
        match mapped {
            Value::None => {}
            other => {
                if let Some(text) = other.object().and_then(|o| o.as_str()) {
                    out.push_str(text.as_str());
                } else if let Some(code) = vm.exact_int(other).and_then(|i| i.to_i64()) {
                    match u32::try_from(code).ok().and_then(char::from_u32) {
                        Some(c) => out.push(c),
                        None => {
                            return Err(
                                vm.value_error("character mapping must be in range(0x110000)")
                            )
                        }
                    }
                } else {
                    return Err(vm.type_error("character mapping must return integer, None or str"));
                }
            }
        }
    }
    text_result(vm, &out)
}

/// `str.format(*args, **kwargs)`.
fn format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (template, positional) = receiver(vm, &args, "format")?;
    let keywords = Keywords::Call(args.keyword_names, args.keyword_values);
    let result = vm.format_template(
        &template,
        positional,
        &keywords,
        &mut Numbering::default(),
        2,
    )?;
    text_result(vm, &result)
}

/// `str.format_map(mapping)`: fields are looked up in the mapping.
fn format_map(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.no_keywords("format_map", &args)?;
    let (template, rest) = receiver(vm, &args, "format_map")?;
    let mapping = vm.exactly_one("str.format_map", rest)?;
    let keywords = Keywords::Mapping(mapping);
    let result = vm.format_template(&template, &[], &keywords, &mut Numbering::default(), 2)?;
    text_result(vm, &result)
}

/// Where `str.format` finds the named fields.
enum Keywords<'k> {
    /// The call's keyword arguments (names, values).
    Call(&'k [Value], &'k [Value]),
    /// A mapping (`format_map`).
    Mapping(Value),
}

/// One `{name!conversion:spec}` replacement field of a `str.format`
/// template.
struct Field<'t> {
    name: &'t str,
    conversion: Option<char>,
    spec: &'t str,
    /// The field's length in bytes, its closing `}` included.
    len: usize,
}

/// Parses the replacement field that starts just after a `{`, with
/// CPython's messages (`parse_field` in `unicode_format.h`): the name runs
/// to `!`, `:` or `}` (skipping `[...]` keys), the spec to the `}` that
/// balances nested braces.
fn parse_field(text: &str) -> Result<Field<'_>, &'static str> {
    let mut chars = text.char_indices();
    let mut end = None;
    while let Some((i, c)) = chars.next() {
        match c {
            '{' => return Err("unexpected '{' in field name"),
            '[' => {
                if chars.by_ref().any(|(_, c)| c == ']') {
                    continue;
                }
                break;
            }
            '}' | ':' | '!' => {
                end = Some((i, c));
                break;
            }
            _ => {}
        }
    }
    let Some((name_end, stop)) = end else {
        return Err("expected '}' before end of string");
    };
    let name = &text[..name_end];
    if stop == '}' {
        return Ok(Field {
            name,
            conversion: None,
            spec: "",
            len: name_end + 1,
        });
    }
    let mut conversion = None;
    if stop == '!' {
        let Some((_, c)) = chars.next() else {
            return Err("end of string while looking for conversion specifier");
        };
        conversion = Some(c);
        match chars.next() {
            Some((i, '}')) => {
                return Ok(Field {
                    name,
                    conversion,
                    spec: "",
                    len: i + 1,
                });
            }
            Some((_, ':')) | None => {}
            Some(_) => return Err("expected ':' after conversion specifier"),
        }
    }
    let spec_start = chars.offset();
    let mut nesting = 1;
    for (i, c) in chars {
        match c {
            '{' => nesting += 1,
            '}' => {
                nesting -= 1;
                if nesting == 0 {
                    let spec = &text[spec_start..i];
                    return Ok(Field {
                        name,
                        conversion,
                        spec,
                        len: i + 1,
                    });
                }
            }
            _ => {}
        }
    }
    Err("unmatched '{' in format spec")
}

/// How `str.format` has numbered its fields so far; nested specs
/// (`"{:{}}"`) share it with the outer template, as in CPython's
/// `AutoNumber`.
#[derive(Default)]
struct Numbering {
    /// The next automatic field number.
    auto_index: usize,
    /// Whether a field gave its number explicitly.
    manual: bool,
}

impl Vm {
    /// Expands `{field!conversion:spec}` replacement fields of `str.format`.
    fn format_template(
        &mut self,
        template: &str,
        positional: &[Value],
        keywords: &Keywords<'_>,
        numbering: &mut Numbering,
        depth: usize,
    ) -> PyResult<String> {
        let mut out = String::new();
        let mut chars = template.char_indices().peekable();
        while let Some((at, c)) = chars.next() {
            match c {
                '{' => {
                    if chars.peek().is_some_and(|&(_, n)| n == '{') {
                        chars.next();
                        out.push('{');
                        continue;
                    }
                    if chars.peek().is_none() {
                        return Err(self.value_error("Single '{' encountered in format string"));
                    }
                    let field =
                        parse_field(&template[at + 1..]).map_err(|m| self.value_error(m))?;
                    while chars.next_if(|&(i, _)| i <= at + field.len).is_some() {}
                    let value = self.format_field(field.name, positional, keywords, numbering)?;
                    let value = match field.conversion {
                        None => value,
                        Some('r') => Value::Obj(self.repr(value)?),
                        Some('s') => Value::Obj(self.to_str(value)?),
                        Some('a') => {
                            let repr = self.repr_string(value)?;
                            self.str_value(&crate::format::ascii_escape(&repr))
                        }
                        Some(other) => {
                            return Err(
                                self.value_error(format!("Unknown conversion specifier {other}"))
                            );
                        }
                    };
                    let spec = if field.spec.contains('{') {
                        // As CPython's `build_string`, which refuses to
                        // start at depth 0.
                        if depth <= 1 {
                            return Err(self.value_error("Max string recursion exceeded"));
                        }
                        self.format_template(
                            field.spec,
                            positional,
                            keywords,
                            numbering,
                            depth - 1,
                        )?
                    } else {
                        field.spec.to_owned()
                    };
                    let formatted = self.format(value, &spec)?;
                    out.push_str(formatted.as_str().expect("a str").as_str());
                }
                '}' => {
                    if chars.peek().is_some_and(|&(_, n)| n == '}') {
                        chars.next();
                        out.push('}');
                        continue;
                    }
                    return Err(self.value_error("Single '}' encountered in format string"));
                }
                c => out.push(c),
            }
        }
        Ok(out)
    }

    /// The value a `str.format` field name refers to: an index or keyword,
    /// then `.attr` and `[key]` parts.
    fn format_field(
        &mut self,
        name: &str,
        positional: &[Value],
        keywords: &Keywords<'_>,
        numbering: &mut Numbering,
    ) -> PyResult<Value> {
        let first_end = name.find(['.', '[']).unwrap_or(name.len());
        let (first, mut rest) = name.split_at(first_end);
        let mut value = if first.is_empty() {
            if numbering.manual {
                return Err(self.value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            let index = numbering.auto_index;
            numbering.auto_index += 1;
            match positional.get(index) {
                Some(&value) => value,
                None => {
                    return Err(self.error(
                        ExceptionClass::IndexError,
                        format!("Replacement index {index} out of range for positional args tuple"),
                    ))
                }
            }
        } else if let Ok(index) = first.parse::<usize>() {
            if numbering.auto_index > 0 {
                return Err(self.value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            numbering.manual = true;
            match positional.get(index) {
                Some(&value) => value,
                None => {
                    return Err(self.error(
                        ExceptionClass::IndexError,
                        format!("Replacement index {index} out of range for positional args tuple"),
                    ))
                }
            }
        } else {
            match keywords {
                Keywords::Call(names, values) => {
                    let found = names
                        .iter()
                        .zip(values.iter())
                        .find(|(key, _)| self.str_text(**key) == first)
                        .map(|(_, &value)| value);
                    match found {
                        Some(value) => value,
                        None => {
                            let key = self.str_value(first);
                            return Err(self.key_error(key));
                        }
                    }
                }
                Keywords::Mapping(mapping) => {
                    let key = self.str_value(first);
                    self.get_item(*mapping, key)?
                }
            }
        };
        while !rest.is_empty() {
            if let Some(after) = rest.strip_prefix('.') {
                let end = after.find(['.', '[']).unwrap_or(after.len());
                let attribute = self.intern(&after[..end]);
                value = self.get_attr(value, attribute)?;
                rest = &after[end..];
            } else if let Some(after) = rest.strip_prefix('[') {
                let Some(close) = after.find(']') else {
                    return Err(self.value_error("expected '}' before end of string"));
                };
                let key_text = &after[..close];
                let key = match key_text.parse::<i64>() {
                    Ok(index) => Value::Int(index),
                    Err(_) => self.str_value(key_text),
                };
                value = self.get_item(value, key)?;
                rest = &after[close + 1..];
            } else {
                return Err(
                    self.value_error("Only '.' or '[' may follow ']' in format field specifier")
                );
            }
        }
        Ok(value)
    }
}
