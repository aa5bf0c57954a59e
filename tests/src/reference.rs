//! Running a CPython reference script from `scripts/`: the script is started
//! once, reads the paths of the files to compare on stdin (one a line) and
//! prints one JSON object a line, which the differential tests decode and
//! compare with pyvm's output for the same files.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Runs `python script args...`, writes `files` to its stdin one path a
/// line, and returns the lines it prints (one JSON object each).
///
/// # Panics
///
/// When the script cannot be started, fails, or prints text that is not
/// UTF-8: a test cannot go on without CPython's answers.
pub fn run_reference(python: &str, script: &Path, args: &[&str], files: &[PathBuf]) -> Vec<String> {
    let mut child = Command::new(python)
        .arg(script)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("start the reference script");
    let list: String = files.iter().map(|p| format!("{}\n", p.display())).collect();
    let mut stdin = child.stdin.take().expect("piped stdin");
    // Written from a thread, so that a long list cannot block on a full
    // stdout pipe while the script waits to be read.
    let writer = std::thread::spawn(move || stdin.write_all(list.as_bytes()));
    let out = child.wait_with_output().expect("reference script runs");
    writer
        .join()
        .expect("writer thread")
        .expect("write file list");
    assert!(out.status.success(), "reference script failed");
    String::from_utf8(out.stdout)
        .expect("JSON is UTF-8")
        .lines()
        .map(str::to_string)
        .collect()
}
