//! The CPython 3.11 to compare with and the sample of its standard library
//! that the differential tests compare over, from `pyvm-tests` with this
//! crate's sample size and notice. Shared by the tests that run the `pyvm`
//! binary (through `differential/mod.rs`) and by those that call the library
//! in process (`compile_differential.rs`), so every stage is compared over
//! the same files.

use std::path::{Path, PathBuf};

pub use pyvm_tests::stdlib::Cpython;

/// The smallest sample of the standard library CI compares.
const SAMPLE_SIZE: usize = 520;

/// CPython 3.11 on this machine (`PYVM_PYTHON`, else `python3`), or `None`
/// after printing a loud notice.
pub fn find_cpython() -> Option<Cpython> {
    pyvm_tests::stdlib::find_cpython("differential test")
}

/// Every `.py` file under `stdlib` with `PYVM_FULL_DIFF=1`; otherwise every
/// k-th file of the sorted list (at least [`SAMPLE_SIZE`] in all) plus
/// `always`.
pub fn sample(stdlib: &Path, always: &[&str]) -> Vec<PathBuf> {
    pyvm_tests::stdlib::sample(stdlib, SAMPLE_SIZE, always)
}
