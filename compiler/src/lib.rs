//! Compiles a `pyvm-ast` module into `pyvm-bytecode` code objects.
//!
//! This crate is a placeholder: the compiler arrives in its own stage.
