//! Symbol tables: the scopes of a module and what every name in them is,
//! by CPython 3.11's rules (`Python/symtable.c`).
//!
//! [`build`] makes two passes over a tree, as CPython does. The first
//! (`builder.rs`, `stmt.rs`, `expr.rs`) opens a [`Scope`] for the module and for each
//! class, function, lambda and comprehension — list, set and dict
//! comprehensions and generator expressions each run in their own function
//! in 3.11, with the first iterable evaluated outside — and records what
//! each name does there ([`SymbolFlags`]), reporting the errors CPython's
//! `symtable.c` reports. The second (`analyze.rs`) decides where each name
//! lives ([`SymbolScope`]): local, global (declared or implicit), free or
//! cell. Before both, the leading `from __future__` imports are read
//! ([`FutureFeatures`]).
//!
//! Both passes see every name occurrence of a module, so they work on
//! numbers rather than strings: each distinct name is numbered once
//! (`names.rs`), and the table's scopes keep the numbers of their names
//! ([`Symbols`]), with the module's names stored once for all of them.
//!
//! Codegen then looks up the scope of each node it compiles
//! ([`SymbolTable::lookup_node`]) and asks it how to reach each name
//! ([`Scope::name_op`]), for its cell and free variables in CPython's order
//! ([`Scope::cellvars`], [`Scope::freevars`]) and whether it is a generator
//! or coroutine. [`dump`] prints a table in the form the differential test
//! compares with CPython's `symtable` module.
//!
//! ```
//! use pyvm_ast::Mod;
//! use pyvm_compiler::symtable::{build, NameOp, ScopeKind, SymbolScope};
//! use pyvm_source::SourceFile;
//!
//! let source = "def outer():\n    x = 1\n    return lambda: x\n";
//! let file = SourceFile::new("<example>", source);
//! let module = Mod::Module(pyvm_parser::parse_module(file.text()).unwrap());
//! let table = build(&module, &file).unwrap();
//!
//! let outer = table.scope(table.root().children[0]);
//! assert_eq!(outer.kind, ScopeKind::Function);
//! assert_eq!(outer.scope_of("x"), Some(SymbolScope::Cell));
//! assert_eq!(outer.cellvars(), ["x"]);
//! let lambda = table.scope(outer.children[0]);
//! assert_eq!(lambda.freevars(), ["x"]);
//! assert_eq!(lambda.name_op("x"), NameOp::Deref);
//! ```

mod analyze;
mod builder;
mod dump;
mod expr;
mod flags;
mod future;
mod mangle;
mod names;
mod stmt;
mod table;

use pyvm_ast::Mod;
use pyvm_source::SourceFile;

pub use dump::dump;
pub use flags::{SymbolFlags, SymbolScope};
pub use future::{scan as scan_future, FutureFeatures};
pub use mangle::mangle;
pub(crate) use names::same_name;
pub use table::{
    BlockType, NameOp, Scope, ScopeId, ScopeKind, ScopeNode, Symbol, SymbolTable, Symbols,
};

use crate::error::CompileError;

/// The symbol table of `module`, whose text is `file`; or the first error
/// CPython 3.11 reports while building it (from its future-import scan or
/// its symbol table pass).
///
/// Build it over the tree codegen will walk (after constant folding, as
/// CPython does): scopes are found again by node address.
pub fn build(module: &Mod, file: &SourceFile) -> Result<SymbolTable, CompileError> {
    build_with_future(module, file, FutureFeatures::default())
}

/// As [`build`], with future features inherited from elsewhere (as
/// `compile()` and `exec()` inherit their caller's) in addition to those
/// `module` imports.
pub fn build_with_future(
    module: &Mod,
    file: &SourceFile,
    inherited: FutureFeatures,
) -> Result<SymbolTable, CompileError> {
    let future = scan_future(module, file)?.union(inherited);
    let mut builder = builder::Builder::new(file, future);
    builder.visit_mod(module).map_err(|error| *error)?;
    analyze::analyze(builder)
}
