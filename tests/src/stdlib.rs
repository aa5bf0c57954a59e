//! The installed CPython and its standard library, for the tests that
//! compare pyvm with CPython and the benchmarks that time them side by side:
//! the interpreter (`PYVM_PYTHON`, else `python3`), its standard library
//! (`PYVM_STDLIB` for the benchmarks, else what CPython's `sysconfig`
//! reports), the `.py` files under a folder, and the deterministic sample
//! the differential tests compare in CI (`PYVM_FULL_DIFF=1`: every file).

use std::path::{Path, PathBuf};
use std::process::Command;

/// The CPython 3.11 to compare with.
pub struct Cpython {
    /// The command that runs it.
    pub python: String,
    /// Its standard library, as `sysconfig` reports it.
    pub stdlib: PathBuf,
}

/// The command that runs CPython: `PYVM_PYTHON`, else `python3`.
pub fn python() -> String {
    std::env::var("PYVM_PYTHON").unwrap_or_else(|_| "python3".to_string())
}

/// CPython 3.11 on this machine ([`python`]), or `None` after printing a
/// loud notice that `what` was not run.
pub fn find_cpython(what: &str) -> Option<Cpython> {
    let python = python();
    let probe = Command::new(&python)
        .args([
            "-c",
            "import sys, sysconfig; assert sys.version_info[:2] == (3, 11); \
             print(sysconfig.get_paths()['stdlib'])",
        ])
        .output();
    match probe {
        Ok(out) if out.status.success() => {
            let stdlib = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
            Some(Cpython { python, stdlib })
        }
        _ => {
            eprintln!("\n*** SKIPPED: no CPython 3.11 found as `{python}`; {what} not run ***\n");
            None
        }
    }
}

/// The standard library a benchmark times: `PYVM_STDLIB`, else the one
/// `python` reports, whatever its version; `None` when `python` cannot be
/// started.
pub fn stdlib_dir(python: &str) -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("PYVM_STDLIB") {
        return Some(PathBuf::from(dir));
    }
    let out = Command::new(python)
        .args([
            "-c",
            "import sysconfig; print(sysconfig.get_paths()['stdlib'])",
        ])
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    Some(PathBuf::from(String::from_utf8(out.stdout).ok()?.trim()))
}

/// Every `.py` file under `dir`, at any depth, sorted; folders that cannot
/// be read are passed over.
pub fn python_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    collect_python_files(dir, &mut files);
    files.sort();
    files
}

fn collect_python_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() {
            collect_python_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "py") {
            out.push(path);
        }
    }
}

/// Every `.py` file under `stdlib` with `PYVM_FULL_DIFF=1`; otherwise every
/// k-th file of the sorted list, k chosen so that at least `at_least` are
/// taken (all of them when there are fewer), then those of `always` (paths
/// relative to `stdlib`) that exist and are not taken yet.
pub fn sample(stdlib: &Path, at_least: usize, always: &[&str]) -> Vec<PathBuf> {
    let files = python_files(stdlib);
    if std::env::var("PYVM_FULL_DIFF").is_ok_and(|v| v == "1") {
        return files;
    }
    let stride = (files.len() / at_least.max(1)).max(1);
    let mut chosen: Vec<PathBuf> = files.iter().step_by(stride).cloned().collect();
    for rel in always {
        let path = stdlib.join(rel);
        if path.exists() && !chosen.contains(&path) {
            chosen.push(path);
        }
    }
    chosen
}
