//! Shared machinery for comparing `pyvm` with CPython over the standard library.

mod stdlib;

use std::path::{Path, PathBuf};
use std::process::Command;

use pyvm_tests::reference::run_reference;

use stdlib::{find_cpython, sample, Cpython};

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

/// What to compare: a reference script in `scripts/` (with its arguments)
/// that prints CPython's output for many files, and the `pyvm` arguments
/// that should print the same (the file's path is appended).
pub struct Comparison<'a> {
    pub reference_script: &'a str,
    pub reference_args: &'a [&'a str],
    pub pyvm_args: &'a [&'a str],
}

/// CPython's output for each file, from one run of the reference script.
fn reference(
    cpython: &Cpython,
    files: &[PathBuf],
    comparison: &Comparison<'_>,
) -> Vec<(String, String, i64)> {
    let script = workspace_root()
        .join("scripts")
        .join(comparison.reference_script);
    run_reference(&cpython.python, &script, comparison.reference_args, files)
        .iter()
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

fn compare_one(path: &str, expected: &str, cpython_exit: i64, pyvm_args: &[&str]) -> Outcome {
    let out = Command::new(env!("CARGO_BIN_EXE_pyvm"))
        .args(pyvm_args)
        .arg(path)
        .output()
        .expect("run pyvm");
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

/// Runs `comparison` over `files`, prints the tally under `label`, and
/// fails listing every unexpected difference; `known` lists files (path
/// suffixes) whose difference has a written reason.
pub fn check(label: &str, always: &[&str], known: &[(&str, &str)], comparison: &Comparison<'_>) {
    let Some(cpython) = find_cpython() else {
        return;
    };
    let files = sample(&cpython.stdlib, always);
    let results = compare_all(&cpython, &files, comparison);
    let mut unexpected = Vec::new();
    let mut identical = 0;
    for (path, outcome) in &results {
        let is_known = known.iter().any(|(p, _)| path.ends_with(p));
        match outcome {
            Outcome::Same => identical += 1,
            _ if is_known => {}
            other => unexpected.push(format!("{path}: {other}")),
        }
    }
    eprintln!("{label}: {identical} identical / {} files", results.len());
    assert!(
        unexpected.is_empty(),
        "{} files differ:\n{}",
        unexpected.len(),
        unexpected.join("\n")
    );
}

/// Compares every file, on all cores.
pub fn compare_all(
    cpython: &Cpython,
    files: &[PathBuf],
    comparison: &Comparison<'_>,
) -> Vec<(String, Outcome)> {
    let expected = reference(cpython, files, comparison);
    let pyvm_args = comparison.pyvm_args;
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
                            (path.clone(), compare_one(path, out, *code, pyvm_args))
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
