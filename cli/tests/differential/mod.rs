//! Shared machinery for comparing `pyvm` with CPython over the standard library.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

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

/// How pyvm's run compared with CPython's.
pub enum Outcome {
    Same,
    /// One side rejected the file and the other did not.
    Acceptance {
        cpython_exit: i64,
        pyvm_exit: i32,
        pyvm_stderr: String,
    },
    /// Both accepted; the first differing line.
    Output {
        line: usize,
        cpython: String,
        pyvm: String,
    },
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("cli/ is inside the workspace")
        .to_path_buf()
}

/// CPython's output for each file, from one run of the reference script.
fn reference(cpython: &Cpython, files: &[PathBuf], exact: bool) -> Vec<(String, String, i64)> {
    let script = workspace_root().join("scripts/tokenize_reference.py");
    let mut child = Command::new(&cpython.python)
        .arg(&script)
        .args(exact.then_some("--exact"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("start the reference script");
    let list: String = files.iter().map(|p| format!("{}\n", p.display())).collect();
    let mut stdin = child.stdin.take().expect("piped stdin");
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
        .map(|line| {
            let v: serde_json::Value = serde_json::from_str(line).expect("reference JSON");
            (
                v["path"].as_str().unwrap_or_default().to_string(),
                v["stdout"].as_str().unwrap_or_default().to_string(),
                v["exit"].as_i64().unwrap_or(1),
            )
        })
        .collect()
}

fn compare_one(path: &str, expected: &str, cpython_exit: i64, exact: bool) -> Outcome {
    let mut command = Command::new(env!("CARGO_BIN_EXE_pyvm"));
    command.arg("tokens");
    if exact {
        command.arg("-e");
    }
    let out = command.arg(path).output().expect("run pyvm");
    let pyvm_exit = out.status.code().unwrap_or(-1);
    if (cpython_exit == 0) != (pyvm_exit == 0) || !matches!(pyvm_exit, 0 | 1) {
        let pyvm_stderr = String::from_utf8_lossy(&out.stderr)
            .chars()
            .take(300)
            .collect();
        return Outcome::Acceptance {
            cpython_exit,
            pyvm_exit,
            pyvm_stderr,
        };
    }
    let actual = String::from_utf8_lossy(&out.stdout);
    if cpython_exit != 0 || actual == expected {
        return Outcome::Same;
    }
    let mut a = actual.lines();
    let mut e = expected.lines();
    for line in 1.. {
        match (e.next(), a.next()) {
            (Some(x), Some(y)) if x == y => continue,
            (x, y) => {
                return Outcome::Output {
                    line,
                    cpython: x.unwrap_or("<end>").to_string(),
                    pyvm: y.unwrap_or("<end>").to_string(),
                }
            }
        }
    }
    unreachable!("the loop returns at the first difference")
}

impl std::fmt::Display for Outcome {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Outcome::Same => f.write_str("same"),
            Outcome::Acceptance {
                cpython_exit,
                pyvm_exit,
                pyvm_stderr,
            } => write!(
                f,
                "CPython exited {cpython_exit}, pyvm exited {pyvm_exit}: {pyvm_stderr}"
            ),
            Outcome::Output {
                line,
                cpython,
                pyvm,
            } => {
                write!(f, "line {line}:\n  CPython: {cpython}\n  pyvm:    {pyvm}")
            }
        }
    }
}

/// Compares every file, on all cores.
pub fn compare_all(cpython: &Cpython, files: &[PathBuf], exact: bool) -> Vec<(String, Outcome)> {
    let expected = reference(cpython, files, exact);
    assert_eq!(expected.len(), files.len(), "one reference result per file");
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let chunk = expected.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = expected
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    part.iter()
                        .map(|(path, out, code)| {
                            (path.clone(), compare_one(path, out, *code, exact))
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("worker thread"))
            .collect()
    })
}
