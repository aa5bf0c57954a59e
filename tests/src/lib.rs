//! End-to-end conformance programs for pyvm, each with its expected output
//! recorded from CPython 3.11.
//!
//! This crate is a placeholder until the VM runs programs.
