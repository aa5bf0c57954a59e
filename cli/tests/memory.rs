//! The collector keeps a program that makes garbage steadily within a
//! fixed amount of memory: cycles, which only the tracing collector can
//! free, and objects that hold much memory each.

use std::path::Path;
use std::process::Command;

/// The most memory (peak resident set, KiB) the program may take. It
/// takes about 25 MiB; without collections it would take gigabytes.
const BOUND_KIB: u64 = 96 * 1024;

#[test]
#[cfg(target_os = "linux")]
fn a_million_iterations_of_cyclic_garbage_stay_within_a_bound() {
    let program = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/memory/cyclic_garbage.py");
    let output = Command::new(env!("CARGO_BIN_EXE_pyvm"))
        .arg(&program)
        .output()
        .expect("pyvm runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let peak: u64 = stdout.trim().parse().expect("the peak in KiB");
    assert!(
        peak < BOUND_KIB,
        "peak resident memory {peak} KiB, bound {BOUND_KIB} KiB"
    );
}
