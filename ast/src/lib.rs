//! Typed syntax tree for Python 3.11, mirroring CPython's `ast` module.
//!
//! This crate is a placeholder: the node types arrive with the parser stage.
