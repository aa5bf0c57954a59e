//! What `match` statements ask of their subject, as CPython 3.11's
//! `MATCH_SEQUENCE`, `MATCH_MAPPING`, `MATCH_KEYS` and `MATCH_CLASS` do:
//! whether it can match a sequence or a mapping pattern, the values of a
//! mapping pattern's keys, and the attributes a class pattern matches.

use crate::exception_class::ExceptionClass;
use crate::object::Payload;
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

impl Vm {
    /// Whether `subject` can match a sequence pattern (`[a, *rest]`): a
    /// `list`, `tuple`, `range` or `memoryview`, or an instance of a
    /// subclass of one (CPython's `Py_TPFLAGS_SEQUENCE`). Strings and
    /// bytes are not.
    pub(crate) fn matches_sequence(&self, subject: Value) -> bool {
        let class = self.type_of(subject);
        let types = &self.types;
        [types.list, types.tuple, types.range, types.memoryview]
            .into_iter()
            .any(|base| self.is_subtype(class, base))
    }

    /// Whether `subject` can match a mapping pattern (`{"k": v}`): a
    /// `dict` or an instance of a subclass of it (CPython's
    /// `Py_TPFLAGS_MAPPING`).
    pub(crate) fn matches_mapping(&self, subject: Value) -> bool {
        self.is_subtype(self.type_of(subject), self.types.dict)
    }

    /// The values of a mapping pattern's `keys` (a tuple) in `subject`, as
    /// a tuple, or `None` when one is missing. They are read with the
    /// subject's `get` method, which a `dict` subclass may override; a
    /// key that comes twice is a `ValueError`.
    pub(crate) fn match_keys(&mut self, subject: Value, keys: Value) -> PyResult<Value> {
        let keys: Vec<Value> = match keys.payload() {
            Some(Payload::Tuple(items)) => items.to_vec(),
            _ => return Err(self.type_error("match keys must be a tuple")),
        };
        if keys.is_empty() {
            return Ok(Value::Obj(self.new_tuple(Vec::new())));
        }
        // Everything made here stays on the stack while `get` runs (it
        // may run Python code, and collect): the sentinel and the set of
        // keys seen first, then the values found.
        let start = self.stack.len();
        let exact_dict = self.type_of(subject) == self.types.dict;
        let get = if exact_dict {
            Value::Null
        } else {
            let name = self.names.get;
            self.get_attr(subject, name)?
        };
        let object = self.types.object;
        let missing = Value::Obj(self.alloc(object, Payload::Instance(None)));
        let seen = Value::Obj(self.new_set());
        self.stack.extend([get, missing, seen]);
        let found = self.match_key_values(subject, &keys, get, missing, seen);
        self.tuple_of_pushed(start, 3, found)
    }

    /// What a `MATCH_KEYS` or `MATCH_CLASS` found: the values pushed from
    /// `start + skip` on as a tuple when `found` is true, `None` when it is
    /// false; the stack is cut back to `start` either way.
    fn tuple_of_pushed(
        &mut self,
        start: usize,
        skip: usize,
        found: PyResult<bool>,
    ) -> PyResult<Value> {
        let result = match found {
            Ok(true) => Ok(Value::Obj(self.new_tuple_from_stack(start + skip))),
            Ok(false) => Ok(Value::None),
            Err(error) => Err(error),
        };
        self.stack.truncate(start);
        result
    }

    /// Pushes the value of each of `keys` in `subject` (with `get`, or
    /// straight from an exact `dict` when `get` is null); false at the
    /// first one missing.
    fn match_key_values(
        &mut self,
        subject: Value,
        keys: &[Value],
        get: Value,
        missing: Value,
        seen: Value,
    ) -> PyResult<bool> {
        for &key in keys {
            if self.contains(seen, key)? {
                let repr = self.repr(key)?;
                let repr = repr
                    .as_str()
                    .map(|s| s.as_str().to_owned())
                    .unwrap_or_default();
                return Err(self.error(
                    ExceptionClass::ValueError,
                    format!("mapping pattern checks duplicate key ({repr})"),
                ));
            }
            self.set_add(seen, key)?;
            let value = match (get, subject) {
                (Value::Null, Value::Obj(dict)) => self.dict_get(dict, key)?.unwrap_or(missing),
                _ => self.call_function(get, &[key, missing])?,
            };
            if value.is(missing) {
                return Ok(false);
            }
            self.stack.push(value);
        }
        Ok(true)
    }

    /// The attributes a class pattern `class(p1, …, name=p, …)` matches
    /// in `subject`, as a tuple (`positional` from the class's
    /// `__match_args__`, then one per name of the tuple `names`), or
    /// `None` when the subject is not an instance or lacks one. A class
    /// without `__match_args__` that is one of the built-in types whose
    /// instances match themselves (`int(x)`) gives the subject for its one
    /// positional pattern.
    pub(crate) fn match_class(
        &mut self,
        subject: Value,
        class: Value,
        positional: usize,
        names: Value,
    ) -> PyResult<Value> {
        let Some(class) = class.as_object().filter(|c| c.as_type().is_some()) else {
            return Err(self.type_error("called match pattern must be a type"));
        };
        if !self.isinstance_of(subject, Value::Obj(class))? {
            return Ok(Value::None);
        }
        let names: Vec<Value> = match names.payload() {
            Some(Payload::Tuple(items)) => items.to_vec(),
            _ => return Err(self.type_error("match class names must be a tuple")),
        };
        // The attributes found, and the `__match_args__` they come from,
        // stay on the stack while attributes are read (properties run
        // Python code).
        let start = self.stack.len();
        let found = self.match_class_attributes(subject, class, positional, &names);
        self.tuple_of_pushed(start, 1, found)
    }

    /// Pushes `__match_args__` (or null), then each attribute a class
    /// pattern matches; false at the first one missing.
    fn match_class_attributes(
        &mut self,
        subject: Value,
        class: ObjRef,
        positional: usize,
        names: &[Value],
    ) -> PyResult<bool> {
        let class_name = crate::vm::type_name_of(class);
        let match_args = if positional == 0 {
            None
        } else {
            let name = self.names.__match_args__;
            self.lookup_attr(Value::Obj(class), name)?
        };
        self.stack.push(match_args.unwrap_or(Value::Null));
        let match_args: Vec<Value> = match match_args {
            None => Vec::new(),
            Some(args) => match args.payload() {
                Some(Payload::Tuple(items)) if self.type_of(args) == self.types.tuple => {
                    items.to_vec()
                }
                _ => {
                    let got = self.type_name(args);
                    return Err(self.type_error(format!(
                        "{class_name}.__match_args__ must be a tuple (got {got})"
                    )));
                }
            },
        };
        let match_self = positional > 0 && match_args.is_empty() && self.matches_itself(class);
        let allowed = if match_self { 1 } else { match_args.len() };
        if positional > allowed {
            let plural = if allowed == 1 { "" } else { "s" };
            return Err(self.type_error(format!(
                "{class_name}() accepts {allowed} positional sub-pattern{plural} ({positional} given)"
            )));
        }
        let mut seen: Vec<String> = Vec::new();
        if match_self {
            self.stack.push(subject);
        } else {
            for &name in &match_args[..positional] {
                let exact_str = self.type_of(name) == self.types.str;
                let Some(text) = name.as_object().filter(|_| exact_str) else {
                    let got = self.type_name(name);
                    return Err(self.type_error(format!(
                        "__match_args__ elements must be strings (got {got})"
                    )));
                };
                if !self.match_attribute(subject, &class_name, text, &mut seen)? {
                    return Ok(false);
                }
            }
        }
        for &name in names {
            let Some(text) = name.as_object() else {
                return Err(self.type_error("match class names must be strings"));
            };
            if !self.match_attribute(subject, &class_name, text, &mut seen)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Pushes attribute `name` of `subject` for a class pattern; false
    /// when it has none. An attribute named twice is a `TypeError`.
    fn match_attribute(
        &mut self,
        subject: Value,
        class_name: &str,
        name: ObjRef,
        seen: &mut Vec<String>,
    ) -> PyResult<bool> {
        let text = name
            .as_str()
            .map(|s| s.as_str().to_owned())
            .unwrap_or_default();
        if seen.contains(&text) {
            let repr = self.repr(Value::Obj(name))?;
            let repr = repr
                .as_str()
                .map(|s| s.as_str().to_owned())
                .unwrap_or_default();
            return Err(self.type_error(format!(
                "{class_name}() got multiple sub-patterns for attribute {repr}"
            )));
        }
        seen.push(text);
        match self.lookup_attr(subject, name)? {
            Some(value) => {
                self.stack.push(value);
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// Whether instances of `class` match a class pattern's one
    /// positional sub-pattern themselves (CPython's
    /// `_Py_TPFLAGS_MATCH_SELF`): `bool`, `bytearray`, `bytes`, `dict`,
    /// `float`, `frozenset`, `int`, `list`, `set`, `str` and `tuple`, and
    /// their subclasses.
    fn matches_itself(&self, class: ObjRef) -> bool {
        let types = &self.types;
        [
            types.bool,
            types.bytearray,
            types.bytes,
            types.dict,
            types.float,
            types.frozenset,
            types.int,
            types.list,
            types.set,
            types.str,
            types.tuple,
        ]
        .into_iter()
        .any(|base| self.is_subtype(class, base))
    }
}
