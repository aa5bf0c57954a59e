//! `X | Y` of types (`types.UnionType`, which `isinstance` and
//! `issubclass` accept like the tuple of its members) and `list[int]` of
//! the built-in generics (`types.GenericAlias`): making them, and their
//! repr, equality and hash.

use crate::object::Payload;
use crate::objects::type_alias::TypeAlias;
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// The members of a union.
pub(crate) fn union_members(value: &Value) -> Option<&[Value]> {
    match value.payload()? {
        Payload::TypeAlias(alias) => match &**alias {
            TypeAlias::Union(members) => Some(members),
            TypeAlias::Generic { .. } => None,
        },
        _ => None,
    }
}

/// The origin and the arguments of a generic alias.
pub(crate) fn generic_alias_parts(value: &Value) -> Option<(Value, Value)> {
    match value.payload()? {
        Payload::TypeAlias(alias) => match **alias {
            TypeAlias::Generic { origin, args } => Some((origin, args)),
            TypeAlias::Union(_) => None,
        },
        _ => None,
    }
}

impl Vm {
    /// `a | b` when both are types, `None` or unions: their members once
    /// each, in order (a single one is itself); `None` otherwise.
    pub(crate) fn type_union(&mut self, a: Value, b: Value) -> Option<Value> {
        let mut members: Vec<Value> = Vec::new();
        for operand in [a, b] {
            let items = match operand {
                Value::None => vec![Value::Obj(self.types.none)],
                Value::Obj(class) if class.as_type().is_some() => vec![operand],
                _ => union_members(&operand)?.to_vec(),
            };
            for item in items {
                if !members.iter().any(|m| m.is(item)) {
                    members.push(item);
                }
            }
        }
        if let [only] = members[..] {
            return Some(only);
        }
        let alias = TypeAlias::Union(members.into_boxed_slice());
        let class = self.types.union_type;
        Some(Value::Obj(
            self.alloc(class, Payload::TypeAlias(Box::new(alias))),
        ))
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
        let alias = TypeAlias::Generic {
            origin: Value::Obj(origin),
            args,
        };
        let class = self.types.generic_alias;
        Value::Obj(self.alloc(class, Payload::TypeAlias(Box::new(alias))))
    }

    /// `repr(alias)`: `int | None`, `dict[str, list[int]]`, each type by
    /// its qualified name.
    pub(crate) fn type_alias_repr(&mut self, alias: &TypeAlias) -> PyResult<String> {
        match alias {
            TypeAlias::Union(members) => {
                let mut names = Vec::new();
                for &member in members.iter() {
                    names.push(match member.as_object() {
                        Some(class) if class == self.types.none => "None".to_owned(),
                        _ => self.type_reference(member)?,
                    });
                }
                Ok(names.join(" | "))
            }
            TypeAlias::Generic { origin, args } => {
                let mut text = self.type_reference(*origin)?;
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
        }
    }

    /// How an alias shows one of its parts: a type by its qualified name,
    /// `...` as itself, anything else by its repr.
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

    /// `a == b` when either is a union or a generic alias: unions with the
    /// same members in any order, aliases of the same origin and equal
    /// arguments; `None` when neither is one.
    pub(crate) fn type_alias_eq(&mut self, a: Value, b: Value) -> PyResult<Option<bool>> {
        let alias_of = |value: &Value| matches!(value.payload(), Some(Payload::TypeAlias(_)));
        if !alias_of(&a) && !alias_of(&b) {
            return Ok(None);
        }
        if let (Some(x), Some(y)) = (union_members(&a), union_members(&b)) {
            let same = x.len() == y.len() && x.iter().all(|m| y.iter().any(|n| n.is(*m)));
            return Ok(Some(same));
        }
        if let (Some((o1, a1)), Some((o2, a2))) = (generic_alias_parts(&a), generic_alias_parts(&b))
        {
            return Ok(Some(o1.is(o2) && self.eq(a1, a2)?));
        }
        Ok(Some(false))
    }

    /// `hash(alias)`: of a union, independent of the members' order.
    pub(crate) fn type_alias_hash(&mut self, alias: &TypeAlias) -> PyResult<i64> {
        let (parts, ordered): (Vec<Value>, bool) = match alias {
            TypeAlias::Union(members) => (members.to_vec(), false),
            TypeAlias::Generic { origin, args } => (vec![*origin, *args], true),
        };
        let mut hashes = Vec::with_capacity(parts.len());
        for part in parts {
            hashes.push(self.hash(part)?);
        }
        if ordered {
            self.tuple_hash(&hashes.into_iter().map(Value::Int).collect::<Vec<_>>())
        } else {
            Ok(crate::ops::convert::frozenset_hash(&hashes))
        }
    }
}
