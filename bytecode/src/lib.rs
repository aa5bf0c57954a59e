//! pyvm's instruction set, code objects, disassembler and bytecode files.
//!
//! This crate is a placeholder: the bytecode arrives with the compiler stage.
