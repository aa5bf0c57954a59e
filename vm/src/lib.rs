//! The pyvm virtual machine: object model, heap and GC, interpreter loop,
//! built-in functions and native modules.
//!
//! A [`Vm`] is one Python interpreter. It compiles source with
//! `pyvm-compiler` and runs the code objects; values are [`Value`]s, small
//! and copyable, whose heap objects live on a tracing-collected heap
//! (`pyvm-heap`).
//!
//! ```
//! use pyvm_vm::{Vm, VmOptions};
//!
//! let mut vm = Vm::new(VmOptions::default());
//! vm.capture_output();
//! let status = vm.run_main_source("print(sum(range(10)))\n", "<example>");
//! assert_eq!(status, 0);
//! assert_eq!(vm.take_output(), "45\n");
//! ```
//!
//! The value-level rules of numbers and formatting are usable alone:
//! [`number`] (arithmetic, conversions and hashing with CPython's results
//! and errors) and [`mod@format`] (the format-spec mini-language and
//! `%`-formatting).

mod api;
mod builtins;
mod exception_class;
mod finalizers;
pub mod format;
mod gc;
mod import;
mod interp;
mod interrupt;
mod io;
mod methods;
mod modules;
mod names;
pub mod number;
mod object;
mod objects;
mod ops;
mod recursion;
mod startup;
mod suggestions;
mod traceback;
mod type_cache;
mod types;
mod value;
mod vm;

pub use exception_class::ExceptionClass;
pub use object::{Object, Payload};
pub use objects::function::{Args, NativeFn};
pub use startup::VmOptions;
pub use value::{BoolBits, FloatBits, ObjRef, Value};
pub use vm::{PyErr, PyResult, Vm};
