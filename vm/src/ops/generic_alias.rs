//! `list[int]`, `dict[str, int]`…: `types.GenericAlias` objects (PEP 585),
//! which annotations make. One keeps its origin and its arguments in a
//! tuple payload: `(origin, args)`.

use crate::object::Payload;
use crate::objects::tuple::TupleItems;
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

impl Vm {
    /// Whether `value` is a `types.GenericAlias`.
    pub(crate) fn is_generic_alias(&self, value: Value) -> bool {
        value
            .as_object()
            .is_some_and(|o| o.class() == self.types.generic_alias)
    }

    /// Whether `class[...]` makes a generic alias: the built-in
    /// containers and `type`, and their subclasses.
    pub(crate) fn subscripts_to_alias(&self, class: ObjRef) -> bool {
        let types = &self.types;
        [
            types.list,
            types.dict,
            types.tuple,
            types.set,
            types.frozenset,
            types.type_,
        ]
        .into_iter()
        .any(|generic| self.is_subtype(class, generic))
    }

    /// `origin[key]`: a generic alias of `origin` with `key`'s items (or
    /// `key` alone) as its arguments.
    pub(crate) fn new_generic_alias(&mut self, origin: ObjRef, key: Value) -> Value {
        let args = match key.payload() {
            Some(Payload::Tuple(_)) if self.type_of(key) == self.types.tuple => key,
            _ => Value::Obj(self.new_tuple(vec![key])),
        };
        let class = self.types.generic_alias;
        let parts = TupleItems::from([Value::Obj(origin), args]);
        Value::Obj(self.alloc(class, Payload::Tuple(parts)))
    }

    /// The origin and the arguments of a generic alias.
    pub(crate) fn generic_alias_parts(&self, alias: ObjRef) -> (Value, Value) {
        match alias.as_tuple() {
            Some(&[origin, args]) => (origin, args),
            _ => (Value::None, Value::None),
        }
    }

    /// `repr(alias)`: `dict[str, list[int]]`.
    pub(crate) fn generic_alias_repr(&mut self, alias: ObjRef) -> PyResult<String> {
        let (origin, args) = self.generic_alias_parts(alias);
        let mut text = self.type_reference(origin)?;
        text.push('[');
        let items = args
            .object()
            .and_then(|a| a.as_tuple().map(<[Value]>::to_vec))
            .unwrap_or_default();
        if items.is_empty() {
            text.push_str("()");
        }
        for (i, item) in items.into_iter().enumerate() {
            if i > 0 {
                text.push_str(", ");
            }
            text.push_str(&self.type_reference(item)?);
        }
        text.push(']');
        Ok(text)
    }

    /// How a generic alias shows one of its parts: a type by its
    /// qualified name, `...` as itself, anything else by its repr.
    fn type_reference(&mut self, value: Value) -> PyResult<String> {
        if let Value::Ellipsis = value {
            return Ok("...".to_owned());
        }
        match value.as_object() {
            Some(class) if class.as_type().is_some() => {
                let qualname = class.as_type().expect("a type").qualname.borrow().clone();
                Ok(match self.type_module(class) {
                    Some(module) if module != "builtins" => format!("{module}.{qualname}"),
                    _ => qualname,
                })
            }
            _ => self.repr_string(value),
        }
    }
}
