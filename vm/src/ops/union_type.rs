//! `X | Y` of types (PEP 604): `types.UnionType` objects, which
//! `isinstance` and `issubclass` accept as the tuple of their members.
//! A union keeps its members in a tuple payload.

use crate::object::Payload;
use crate::objects::tuple::TupleItems;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

impl Vm {
    /// Whether `value` is a `types.UnionType`.
    pub(crate) fn is_union(&self, value: Value) -> bool {
        value
            .as_object()
            .is_some_and(|o| o.class() == self.types.union_type)
    }

    /// `a | b` when both are types, `None` or unions: their members once
    /// each, in order (a single one is itself); `None` otherwise.
    pub(crate) fn type_union(&mut self, a: Value, b: Value) -> Option<Value> {
        let mut members: Vec<Value> = Vec::new();
        for operand in [a, b] {
            let items = match operand {
                Value::None => vec![Value::Obj(self.types.none)],
                _ if self.is_union(operand) => operand.object()?.as_tuple()?.to_vec(),
                Value::Obj(class) if class.as_type().is_some() => vec![operand],
                _ => return None,
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
        let class = self.types.union_type;
        Some(Value::Obj(
            self.alloc(class, Payload::Tuple(TupleItems::from(members))),
        ))
    }

    /// `repr(union)`: its members joined by ` | `, each by its qualified
    /// name (`int | None`, `__main__.A | str`).
    pub(crate) fn union_repr(&mut self, union: ObjRef) -> String {
        let members = union.as_tuple().unwrap_or(&[]);
        let names: Vec<String> = members
            .iter()
            .map(|&member| match member.as_object() {
                Some(class) if class == self.types.none => "None".to_owned(),
                Some(class) => match class.as_type() {
                    Some(data) => {
                        let qualname = data.qualname.borrow().clone();
                        match self.type_module(class) {
                            Some(module) if module != "builtins" => format!("{module}.{qualname}"),
                            _ => qualname,
                        }
                    }
                    None => "?".to_owned(),
                },
                None => "?".to_owned(),
            })
            .collect();
        names.join(" | ")
    }

    /// Whether two unions have the same members, in any order.
    pub(crate) fn same_union(&self, a: ObjRef, b: ObjRef) -> bool {
        let (x, y) = (a.as_tuple().unwrap_or(&[]), b.as_tuple().unwrap_or(&[]));
        x.len() == y.len() && x.iter().all(|m| y.iter().any(|n| n.is(*m)))
    }
}
