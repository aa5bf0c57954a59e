//! End-to-end conformance programs for pyvm, each with its expected output
//! recorded from CPython 3.11, and the helpers that pyvm's tests and
//! benchmarks share for measuring it against CPython.
//!
//! The conformance programs come when the VM runs programs. Today the crate
//! holds [`stdlib`]: the installed CPython 3.11, its standard library, and
//! the deterministic sample of it that the differential tests compare over;
//! and [`reference`]: running a CPython reference script over those files.
//! It depends on no pyvm crate, so that any of them can take it as a
//! dev-dependency.
//!
//! ```no_run
//! use pyvm_tests::stdlib::{find_cpython, sample};
//!
//! // Without CPython 3.11 a notice is printed and there is nothing to do.
//! let Some(cpython) = find_cpython("this comparison") else {
//!     return;
//! };
//! for path in sample(&cpython.stdlib, 500, &["typing.py"]) {
//!     println!("{}", path.display());
//! }
//! ```

pub mod reference;
pub mod stdlib;
