//! Python 3.11 parser: lexer tokens to the `pyvm-ast` syntax tree.
//!
//! This crate is a placeholder: the parser arrives in its own stage.
