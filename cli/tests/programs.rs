//! The conformance programs in `tests/programs/`: each runs through the
//! `pyvm` binary and must print what CPython 3.11 printed when it was
//! recorded (`scripts/record_programs.py`): the same standard output, the
//! same standard error (tracebacks) and the same exit status. Every
//! program runs twice: normally, and with the collector running at every
//! safepoint (`PYVM_GC_STRESS=1`). Files and folders whose names start
//! with `_` are modules the programs import, not programs.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn programs_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/programs")
}

fn programs(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for path in entries {
        let support = path
            .file_name()
            .is_some_and(|name| name.to_string_lossy().starts_with('_'));
        if support {
            continue;
        }
        if path.is_dir() {
            programs(&path, out);
        } else if path.extension().is_some_and(|e| e == "py") {
            out.push(path);
        }
    }
}

/// What a run printed and how it ended.
#[derive(Debug, PartialEq)]
struct Outcome {
    stdout: String,
    stderr: String,
    status: i32,
}

fn expected(program: &Path) -> Outcome {
    let read = |suffix: &str| std::fs::read_to_string(program.with_extension(suffix)).ok();
    Outcome {
        stdout: read("out")
            .unwrap_or_else(|| panic!("{} has no .out recording", program.display())),
        stderr: read("err").unwrap_or_default(),
        status: read("status").map_or(0, |s| s.trim().parse().expect("a status")),
    }
}

fn run(program: &Path, gc_stress: bool) -> Outcome {
    let folder = program
        .parent()
        .expect("a folder")
        .canonicalize()
        .expect("exists");
    let stdin = std::fs::read(program.with_extension("in")).unwrap_or_default();
    let mut command = Command::new(env!("CARGO_BIN_EXE_pyvm"));
    command
        .arg(program.file_name().expect("a name"))
        .current_dir(&folder)
        .env("PYTHONHASHSEED", "0")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if gc_stress {
        command.env("PYVM_GC_STRESS", "1");
    }
    let mut child = command.spawn().expect("pyvm starts");
    let mut input = child.stdin.take().expect("piped");
    let writer = std::thread::spawn(move || {
        use std::io::Write;
        let _ = input.write_all(&stdin);
    });
    let output = child.wait_with_output().expect("pyvm runs");
    writer.join().expect("stdin writer");
    let folder = folder.display().to_string();
    let normalize = |bytes: &[u8]| String::from_utf8_lossy(bytes).replace(&folder, "<dir>");
    Outcome {
        stdout: normalize(&output.stdout),
        stderr: normalize(&output.stderr),
        status: output.status.code().unwrap_or(-1),
    }
}

#[test]
fn conformance_programs_match_cpython() {
    let mut all = Vec::new();
    programs(&programs_dir(), &mut all);
    assert!(!all.is_empty(), "no programs in tests/programs");
    let mut failures = Vec::new();
    for program in &all {
        let want = expected(program);
        for gc_stress in [false, true] {
            let got = run(program, gc_stress);
            if got != want {
                let mode = if gc_stress { " (PYVM_GC_STRESS=1)" } else { "" };
                failures.push(format!(
                    "{}{mode}\n--- expected\n{want:#?}\n--- got\n{got:#?}",
                    program.display()
                ));
                break;
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} programs differ from CPython:\n{}",
        failures.len(),
        all.len(),
        failures.join("\n")
    );
    println!("{} programs match CPython", all.len());
}
