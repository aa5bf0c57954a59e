//! The pyvm virtual machine: object model, heap and GC, interpreter loop.
//!
//! This crate is a placeholder: the VM arrives in its own stage.
