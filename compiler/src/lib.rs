//! Compiles a `pyvm-ast` module into `pyvm-bytecode` code objects.
//!
//! The stages: [`symtable`] (scopes and what each name is), [`fold`]
//! (constant folding as CPython's AST optimiser does), then codegen.

pub mod error;
pub mod fold;
pub mod symtable;
