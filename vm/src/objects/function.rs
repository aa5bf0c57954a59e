//! Functions: those defined in Python ([`Function`]) and those written in
//! Rust ([`Builtin`]).

use std::cell::Cell;

use pyvm_heap::Tracer;

use crate::object::{trace_value, Object};
use crate::ops::fast_call::CallShortcut;
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// A function defined by `def` or `lambda`.
pub struct Function {
    /// Its code object.
    pub code: ObjRef,
    /// The module namespace it runs in (`__globals__`).
    pub globals: ObjRef,
    /// The builtins namespace of that module.
    pub builtins: ObjRef,
    /// `__name__` (a `str`).
    pub name: Cell<Value>,
    /// `__qualname__` (a `str`).
    pub qualname: Cell<Value>,
    /// `__defaults__`: a tuple, or `None`.
    pub defaults: Cell<Value>,
    /// `__kwdefaults__`: a dict, or `None`.
    pub kwdefaults: Cell<Value>,
    /// `__closure__`: a tuple of cells, or `None`.
    pub closure: Value,
    /// `__annotations__`: a dict, or `None` until asked for.
    pub annotations: Cell<Value>,
    /// `__doc__`
    pub doc: Cell<Value>,
    /// `__module__`
    pub module: Cell<Value>,
}

impl Function {
    /// Marks what the function refers to.
    pub fn trace(&self, tracer: &mut Tracer<Object>) {
        tracer.mark(self.code);
        tracer.mark(self.globals);
        tracer.mark(self.builtins);
        for value in [
            self.name.get(),
            self.qualname.get(),
            self.defaults.get(),
            self.kwdefaults.get(),
            self.closure,
            self.annotations.get(),
            self.doc.get(),
            self.module.get(),
        ] {
            trace_value(value, tracer);
        }
    }
}

/// The arguments of a call as a native function receives them: the
/// positional values, and keyword values with their names (`str`s).
#[derive(Clone, Copy, Default)]
pub struct Args<'a> {
    /// Positional arguments (for a method, the object first).
    pub positional: &'a [Value],
    /// Keyword argument names, one per value in `keyword_values`.
    pub keyword_names: &'a [Value],
    /// Keyword argument values.
    pub keyword_values: &'a [Value],
}

impl<'a> Args<'a> {
    /// Positional arguments only.
    pub fn positional(values: &'a [Value]) -> Args<'a> {
        Args {
            positional: values,
            keyword_names: &[],
            keyword_values: &[],
        }
    }

    /// Whether keyword arguments were given.
    pub fn has_keywords(&self) -> bool {
        !self.keyword_names.is_empty()
    }
}

/// A function written in Rust.
pub type NativeFn = fn(&mut Vm, Args<'_>) -> PyResult<Value>;

/// How a built-in function attached to a type behaves when looked up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BuiltinKind {
    /// A plain function (`len`, `print`); never binds.
    Function,
    /// A method of a built-in type (`list.append`): looked up on an
    /// instance, it binds to it, which then comes first in the arguments.
    Method,
    /// A class method of a built-in type (`dict.fromkeys`): binds to the
    /// class.
    ClassMethod,
    /// A static method (`str.maketrans`): never binds.
    StaticMethod,
}

/// A function written in Rust, possibly bound to an object.
pub struct Builtin {
    /// `__name__`
    pub name: &'static str,
    /// The type it is a method of, for its `__qualname__` and repr.
    pub owner: Option<&'static str>,
    /// The code.
    pub function: NativeFn,
    /// How it binds.
    pub kind: BuiltinKind,
    /// The object it is bound to ([`Value::Null`] if none), passed first.
    pub receiver: Value,
    /// For a function of a module (`len`, `math.sqrt`), the module: its
    /// `__self__` and `__module__`, never passed. [`Value::Null`] if none.
    pub module: Value,
    /// How the interpreter loop calls it: `CallShortcut::of(function)`.
    pub shortcut: CallShortcut,
}

impl Builtin {
    /// Its object and the other arguments of a call with positional
    /// `args`: a method looked up on its object has the object first among
    /// the arguments; one bound to it, as its receiver. `None` when there
    /// is no object.
    #[inline]
    pub fn receiver_and_rest<'a>(&self, args: &'a [Value]) -> Option<(Value, &'a [Value])> {
        match self.receiver {
            Value::Null => {
                let (&first, rest) = args.split_first()?;
                Some((first, rest))
            }
            receiver => Some((receiver, args)),
        }
    }

    /// Marks the bound object and the module.
    pub fn trace(&self, tracer: &mut Tracer<Object>) {
        trace_value(self.receiver, tracer);
        trace_value(self.module, tracer);
    }
}

/// The dunders CPython implements as type slots, whose methods on the
/// built-in types are slot wrappers (`wrapper_descriptor`, bound a
/// `method-wrapper`) rather than method descriptors.
const SLOT_NAMES: &[&str] = &[
    "__getattribute__",
    "__getattr__",
    "__setattr__",
    "__delattr__",
    "__repr__",
    "__hash__",
    "__call__",
    "__str__",
    "__lt__",
    "__le__",
    "__eq__",
    "__ne__",
    "__gt__",
    "__ge__",
    "__iter__",
    "__next__",
    "__get__",
    "__set__",
    "__delete__",
    "__init__",
    "__del__",
    "__await__",
    "__aiter__",
    "__anext__",
    "__add__",
    "__radd__",
    "__sub__",
    "__rsub__",
    "__mul__",
    "__rmul__",
    "__mod__",
    "__rmod__",
    "__divmod__",
    "__rdivmod__",
    "__pow__",
    "__rpow__",
    "__neg__",
    "__pos__",
    "__abs__",
    "__bool__",
    "__invert__",
    "__lshift__",
    "__rlshift__",
    "__rshift__",
    "__rrshift__",
    "__and__",
    "__rand__",
    "__xor__",
    "__rxor__",
    "__or__",
    "__ror__",
    "__int__",
    "__float__",
    "__iadd__",
    "__isub__",
    "__imul__",
    "__imod__",
    "__ipow__",
    "__ilshift__",
    "__irshift__",
    "__iand__",
    "__ixor__",
    "__ior__",
    "__floordiv__",
    "__rfloordiv__",
    "__truediv__",
    "__rtruediv__",
    "__ifloordiv__",
    "__itruediv__",
    "__index__",
    "__matmul__",
    "__rmatmul__",
    "__imatmul__",
    "__len__",
    "__getitem__",
    "__setitem__",
    "__delitem__",
    "__contains__",
];

/// Whether the method `name` of the built-in type `owner` is a slot
/// wrapper. A few slots are also plain methods of their type (CPython's
/// `METH_COEXIST`): `list.__getitem__`, `dict.__contains__`…
pub fn is_slot_wrapper(owner: &str, name: &str) -> bool {
    let coexists = matches!(
        (owner, name),
        ("list" | "dict", "__getitem__") | ("dict" | "set" | "frozenset", "__contains__")
    );
    !coexists && SLOT_NAMES.contains(&name)
}
