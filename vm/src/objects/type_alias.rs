//! What `X | Y` and `list[int]` make: the objects annotations are built
//! of (PEP 604's `types.UnionType`, PEP 585's `types.GenericAlias`).

use pyvm_heap::Tracer;

use crate::object::{trace_value, trace_values, Object};
use crate::value::Value;

/// A union or a generic alias.
pub enum TypeAlias {
    /// `int | None`: the member types, each once, in order.
    Union(Box<[Value]>),
    /// `dict[str, int]`: the class subscripted and its arguments (a
    /// tuple).
    Generic { origin: Value, args: Value },
}

impl TypeAlias {
    /// Marks the members, or the origin and the arguments.
    pub fn trace(&self, tracer: &mut Tracer<Object>) {
        match self {
            TypeAlias::Union(members) => trace_values(members, tracer),
            TypeAlias::Generic { origin, args } => {
                trace_value(*origin, tracer);
                trace_value(*args, tracer);
            }
        }
    }
}
