//! The CPython 3.11 to compare with and the sample of its standard library
//! that the differential tests compare over. Shared by the tests that run
//! the `pyvm` binary (through `differential/mod.rs`) and by those that call
//! the library in process (`compile_differential.rs`), so every stage is
//! compared over the same files.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The CPython 3.11 to compare with.
pub struct Cpython {
    pub python: String,
    pub stdlib: PathBuf,
}

/// CPython 3.11 on this machine (`PYVM_PYTHON`, else `python3`), or `None`
/// after printing a loud notice.
pub fn find_cpython() -> Option<Cpython> {
    let python = std::env::var("PYVM_PYTHON").unwrap_or_else(|_| "python3".to_string());
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
            eprintln!("\n*** SKIPPED: no CPython 3.11 found as `{python}`; differential test not run ***\n");
            None
        }
    }
}

fn python_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() {
            python_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "py") {
            out.push(path);
        }
    }
}

/// Every `.py` file under `stdlib` with `PYVM_FULL_DIFF=1`; otherwise every
/// k-th file of the sorted list (at least 500 in all) plus `always`.
pub fn sample(stdlib: &Path, always: &[&str]) -> Vec<PathBuf> {
    let mut files = Vec::new();
    python_files(stdlib, &mut files);
    files.sort();
    if std::env::var("PYVM_FULL_DIFF").is_ok_and(|v| v == "1") {
        return files;
    }
    let stride = (files.len() / 520).max(1);
    let mut chosen: Vec<PathBuf> = files.iter().step_by(stride).cloned().collect();
    for rel in always {
        let path = stdlib.join(rel);
        if path.exists() && !chosen.contains(&path) {
            chosen.push(path);
        }
    }
    chosen
}
