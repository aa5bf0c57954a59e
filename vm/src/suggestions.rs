//! CPython 3.11's "Did you mean: 'x'?" hints for an uncaught `NameError`
//! or `AttributeError` (`Python/suggestions.c`): when the error is shown,
//! the name that was not found is compared with the names that were
//! there, by an edit distance in which a case change costs half as much
//! as any other edit, and the closest name close enough is offered.
//!
//! The interpreter records what the hint needs when it raises the error:
//! a `NameError` its `name`, an `AttributeError` its `name` and `obj`.

use crate::exception_class::ExceptionClass;
use crate::interp::run::code_of;
use crate::object::Payload;
use crate::objects::function::Args;
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// More candidates than this and no hint is offered (as CPython).
const MAX_CANDIDATE_ITEMS: usize = 750;
/// Names longer than this (in bytes) are never close.
const MAX_STRING_SIZE: usize = 40;
/// The cost of inserting, deleting or replacing a byte.
const MOVE_COST: usize = 2;
/// The cost of replacing a letter by itself in the other case.
const CASE_COST: usize = 1;

impl Vm {
    /// Records the missing name of a `NameError` the interpreter raised.
    pub(crate) fn set_name_error_name(&mut self, exception: ObjRef, name: ObjRef) {
        if let Some(data) = exception.as_exception() {
            data.extra.set(Value::Obj(name));
        }
    }

    /// The keywords of `AttributeError(*args, name=None, obj=None)` and
    /// `NameError(*args, name=None)`, which set the attributes (CPython's
    /// `AttributeError_init` and `NameError_init`, whose errors name the
    /// base class whatever the subclass); a no-op for other exceptions.
    pub(crate) fn name_error_init(&mut self, exception: ObjRef, args: &Args<'_>) -> PyResult<()> {
        let Some(data) = exception.as_exception() else {
            return Ok(());
        };
        let value = Value::Obj(exception);
        if self.is_exception(value, ExceptionClass::AttributeError) {
            let [name, object] = self.keywords("AttributeError", args, ["name", "obj"])?;
            let context =
                self.new_tuple([name.unwrap_or(Value::None), object.unwrap_or(Value::None)]);
            data.extra.set(Value::Obj(context));
        } else if self.is_exception(value, ExceptionClass::NameError) {
            let [name] = self.keywords("NameError", args, ["name"])?;
            data.extra.set(name.unwrap_or(Value::None));
        }
        Ok(())
    }

    /// Records the missing attribute and the object of an
    /// `AttributeError` the interpreter raised.
    pub(crate) fn set_attribute_error_context(
        &mut self,
        exception: ObjRef,
        object: Value,
        name: ObjRef,
    ) {
        if exception.as_exception().is_none() {
            return;
        }
        let context = self.new_tuple([Value::Obj(name), object]);
        if let Some(data) = exception.as_exception() {
            data.extra.set(Value::Obj(context));
        }
    }

    /// `NameError.name`, or `AttributeError.name` and `.obj`: what
    /// [`Vm::set_name_error_name`] and
    /// [`Vm::set_attribute_error_context`] recorded, `None` otherwise.
    pub(crate) fn suggestion_context_attr(
        &mut self,
        exception: ObjRef,
        attr: &str,
    ) -> Option<Value> {
        let value = Value::Obj(exception);
        let extra = exception.as_exception()?.extra.get();
        // A value the program stored itself is in the instance dict.
        if let Some(dict) = exception.dict() {
            let key = self.intern(attr);
            if self.dict_get_str(dict, key).is_some() {
                return None;
            }
        }
        if self.is_exception(value, ExceptionClass::AttributeError) {
            let parts = match extra.payload() {
                Some(Payload::Tuple(parts)) => parts.to_vec(),
                _ => vec![Value::None, Value::None],
            };
            return match attr {
                "name" => Some(parts[0]),
                "obj" => Some(parts[1]),
                _ => None,
            };
        }
        if attr == "name" && self.is_exception(value, ExceptionClass::NameError) {
            return Some(match extra {
                Value::Null => Value::None,
                extra => extra,
            });
        }
        None
    }

    /// The name to offer after an uncaught exception's message, if any.
    pub(crate) fn offer_suggestion(&mut self, exception: ObjRef) -> Option<String> {
        let value = Value::Obj(exception);
        if self.is_exception(value, ExceptionClass::AttributeError) {
            let name = self.suggestion_context_attr(exception, "name")?;
            let object = self.suggestion_context_attr(exception, "obj")?;
            let name = name.object()?.as_str()?.as_str().to_owned();
            if object.is_none() && name.is_empty() {
                return None;
            }
            let listing =
                crate::builtins::functions::dir(self, Args::positional(&[object])).ok()?;
            let candidates = self.str_items(listing);
            return closest(&candidates, &name);
        }
        if self.is_exception(value, ExceptionClass::NameError) {
            let name = self.suggestion_context_attr(exception, "name")?;
            let name = name.object()?.as_str()?.as_str().to_owned();
            return self.name_error_suggestion(exception, &name);
        }
        None
    }

    /// A `NameError`'s hint: from the local variables of the frame that
    /// raised it, then its globals, then the builtins.
    fn name_error_suggestion(&mut self, exception: ObjRef, name: &str) -> Option<String> {
        let mut entry = exception.as_exception()?.traceback.get();
        loop {
            let Some(Payload::Traceback(current)) = entry.payload() else {
                return None;
            };
            match current.next.get() {
                next @ Value::Obj(_) => entry = next,
                _ => break,
            }
        }
        let Some(Payload::Traceback(last)) = entry.payload() else {
            return None;
        };
        let varnames = &code_of(last.code()).code.varnames;
        let globals = last.globals();
        if let Some(found) = closest(varnames, name) {
            return Some(found);
        }
        let globals = self.str_items(Value::Obj(globals));
        if let Some(found) = closest(&globals, name) {
            return Some(found);
        }
        let builtins = self.builtins.dict()?;
        let builtins = self.str_items(Value::Obj(builtins));
        closest(&builtins, name)
    }

    /// The str items of a list, or the str keys of a dict.
    fn str_items(&mut self, container: Value) -> Vec<String> {
        let values: Vec<Value> = match container.payload() {
            Some(Payload::List(items)) => items.borrow().clone(),
            Some(Payload::Dict(dict)) => dict.borrow().iter().map(|(k, _)| k.key).collect(),
            _ => Vec::new(),
        };
        values
            .into_iter()
            .filter_map(|v| {
                v.object()
                    .and_then(|o| o.as_str().map(|s| s.as_str().to_owned()))
            })
            .collect()
    }
}

/// The candidate nearest to `name` within a third of their combined
/// length, as CPython's `calculate_suggestions`; the first on a tie.
fn closest(candidates: &[impl AsRef<str>], name: &str) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(&str, usize)> = None;
    for candidate in candidates {
        let candidate = candidate.as_ref();
        if candidate == name {
            continue;
        }
        let mut max_distance = (name.len() + candidate.len() + 3) * MOVE_COST / 6;
        if let Some((_, distance)) = best {
            max_distance = max_distance.min(distance - 1);
        }
        let distance = levenshtein(name.as_bytes(), candidate.as_bytes(), max_distance);
        if distance > max_distance {
            continue;
        }
        if best.is_none_or(|(_, d)| distance < d) {
            best = Some((candidate, distance));
        }
    }
    best.map(|(candidate, _)| candidate.to_string())
}

/// What replacing byte `a` by `b` costs.
fn substitution_cost(a: u8, b: u8) -> usize {
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) && a.is_ascii_alphabetic() {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// The edit distance from `a` to `b`, or `max_cost + 1` once it is
/// certainly more than `max_cost` (CPython's `levenshtein_distance`).
fn levenshtein<'a>(mut a: &'a [u8], mut b: &'a [u8], max_cost: usize) -> usize {
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    // One row of the matrix, updated in place: `row[i]` is the cost
    // from `b[..j]` to `a[..i + 1]`.
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (j, &code) in b.iter().enumerate() {
        let mut distance = j * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (i, &other) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, other);
            distance = row[i];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[i] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn a_case_change_is_cheaper_than_an_edit() {
        assert_eq!(levenshtein(b"Print", b"print", 10), CASE_COST);
        assert_eq!(levenshtein(b"pritn", b"print", 10), 2 * MOVE_COST);
    }

    #[test]
    fn the_closest_name_within_a_third_is_offered() {
        let candidates = names(&["print", "property", "range"]);
        assert_eq!(closest(&candidates, "pirnt").as_deref(), Some("print"));
        assert_eq!(closest(&candidates, "xyz"), None);
        assert_eq!(closest(&names(&["x"]), "x"), None);
    }
}
