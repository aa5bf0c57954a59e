//! The pyvm virtual machine: object model, heap and GC, interpreter loop.
//!
//! The interpreter arrives in its own stage. What is here already are the
//! value-level rules of Python's numbers and text formatting that the
//! object model will use: [`number`] (arithmetic, conversions and hashing
//! with CPython's results and errors) and [`mod@format`] (the format-spec
//! mini-language and `%`-formatting), both raising an [`ExceptionClass`].

mod exception_class;
pub mod format;
pub mod number;

pub use exception_class::ExceptionClass;
