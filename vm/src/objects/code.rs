//! Code objects as the VM runs them: the compiler's [`CodeObject`] with
//! its constants and names turned into Python objects once, when the code
//! object is made.

use std::cell::Cell;
use std::sync::Arc;

use pyvm_bytecode::{CodeObject, Instruction};
use pyvm_heap::Tracer;

use crate::object::{trace_values, Object};
use crate::objects::generator::GeneratorKind;
use crate::ops::attr_cache::AttrCacheWays;
use crate::value::{ObjRef, Value};

/// A code object.
pub struct Code {
    /// The compiled code.
    pub code: Arc<CodeObject>,
    /// Its instructions as the interpreter runs them: the compiler's, with
    /// [specialized instructions](pyvm_bytecode::instruction#specialized-instructions)
    /// for the pairs that have one.
    pub instructions: Box<[Instruction]>,
    /// `co_consts` as values.
    pub consts: Box<[Value]>,
    /// `co_names` as interned strings.
    pub names: Box<[ObjRef]>,
    /// `co_varnames` as interned strings.
    pub varnames: Box<[ObjRef]>,
    /// `co_name` as an interned string (each function made from the code
    /// starts with it as its `__name__`).
    pub name: ObjRef,
    /// `co_qualname` as an interned string (the functions' first
    /// `__qualname__`).
    pub qualname: ObjRef,
    /// For each cell variable, the argument it starts as (a parameter
    /// captured by a closure), as CPython's `MAKE_CELL` finds it.
    pub cell_args: Box<[Option<u32>]>,
    /// Where `LoadGlobal` found each name last time, by name index.
    pub global_cache: Box<[Cell<GlobalCache>]>,
    /// Calls with exactly `argcount` positional arguments bind them as
    /// they are: no keyword-only or variadic parameters, no cell
    /// variables, not a generator or coroutine.
    pub simple_call: bool,
    /// The kind of generator the code makes when calls with exactly
    /// `argcount` positional arguments bind them as they are (as
    /// `simple_call`, but for a generator, coroutine or async generator).
    pub simple_generator: Option<GeneratorKind>,
    /// The inline caches of attribute loads and stores,
    /// [`WAYS`](crate::ops::attr_cache::WAYS) per name.
    pub attr_cache: Box<[AttrCacheWays]>,
}

/// Where a global was found: its entry index in the globals dict (or the
/// builtins dict) while their keys stay as they were.
#[derive(Clone, Copy, Debug, Default)]
pub struct GlobalCache {
    /// The globals' keys version when the name was found (0: never).
    pub globals_version: u64,
    /// The builtins' keys version if it was found there, else 0.
    pub builtins_version: u64,
    /// Its entry index in the dict it was found in.
    pub index: u32,
}

impl Code {
    /// Marks the constants and names.
    pub fn trace(&self, tracer: &mut Tracer<Object>) {
        trace_values(&self.consts, tracer);
        for &name in self.names.iter().chain(self.varnames.iter()) {
            tracer.mark(name);
        }
        tracer.mark(self.name);
        tracer.mark(self.qualname);
    }

    /// The number of fast locals.
    pub fn nlocals(&self) -> usize {
        self.code.varnames.len()
    }

    /// The number of cell and free variables.
    pub fn ncells(&self) -> usize {
        self.code.ncells()
    }
}
