//! Lex + parse + compile throughput over the installed CPython standard
//! library, beside CPython's own `compile()` on the same files in the same
//! run.
//!
//! `cargo bench -p pyvm-compiler --bench compile_stdlib` (optionally
//! `PYVM_STDLIB=…`, `PYVM_PYTHON=…`, `PYVM_BENCH_RUNS=N`). Sources are read
//! and decoded first; only compiling (`compile_source`: lexing, parsing,
//! folding, the symbol table and codegen) is timed, on one core. CPython
//! runs first (`scripts/time_compile.py`); files it rejects are left out of
//! both sides.

use std::collections::HashSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use pyvm_compiler::{compile_source, CompileOptions, Mode};
use pyvm_lexer::encoding::{decode_source, Mode as DecodeMode};
use pyvm_source::SourceFile;
use pyvm_tests::stdlib::{python, python_files, stdlib_dir};

/// The allocator of the `pyvm` binary, so the figure is what it gets.
#[global_allocator]
static ALLOCATOR: pyvm_heap::allocator::Mimalloc = pyvm_heap::allocator::Mimalloc;

/// What CPython's run measured.
struct CpythonTimes {
    /// The files it rejects.
    rejected: HashSet<PathBuf>,
    /// Its best time, in seconds, and the bytes it compiled.
    best: Option<(f64, f64)>,
}

fn cpython_times(paths: &[PathBuf], runs: usize) -> Option<CpythonTimes> {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../scripts/time_compile.py");
    let mut child = Command::new(python())
        .arg(script)
        .arg(runs.to_string())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .ok()?;
    let list: String = paths.iter().map(|p| format!("{}\n", p.display())).collect();
    let mut stdin = child.stdin.take()?;
    let writer = std::thread::spawn(move || stdin.write_all(list.as_bytes()));
    let out = child.wait_with_output().ok()?;
    writer.join().ok()?.ok()?;
    let text = String::from_utf8(out.stdout).ok()?;
    let mut times = CpythonTimes {
        rejected: HashSet::new(),
        best: None,
    };
    for line in text.lines() {
        if let Some(path) = line.strip_prefix("rejected ") {
            times.rejected.insert(PathBuf::from(path));
            continue;
        }
        let mut parts = line.split_whitespace();
        let bytes: f64 = parts.next()?.parse().ok()?;
        let secs: f64 = parts.next()?.parse().ok()?;
        println!(
            "  CPython compile: {:.3} s = {:.1} MB/s",
            secs,
            bytes / 1e6 / secs
        );
        if times.best.is_none_or(|(b, _)| secs < b) {
            times.best = Some((secs, bytes));
        }
    }
    Some(times)
}

fn main() {
    // Tuned as the `pyvm` binary tunes it at start-up: freed pages are
    // kept, not faulted in afresh for the next file, and no huge pages.
    pyvm_heap::allocator::tune_for_small_objects();
    let Some(dir) = stdlib_dir(&python()) else {
        eprintln!("compile_stdlib: no CPython found (set PYVM_STDLIB); nothing to measure");
        return;
    };
    let runs: usize = std::env::var("PYVM_BENCH_RUNS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(3);
    let paths = python_files(&dir);

    let cpython = cpython_times(&paths, runs);
    if cpython.is_none() {
        println!("  CPython: not measured (no `{}`)", python());
    }
    let rejected_by_cpython = cpython.as_ref().map(|t| &t.rejected);
    let options = CompileOptions::default();
    let mut files = Vec::new();
    let mut pyvm_rejects = Vec::new();
    for path in paths {
        if rejected_by_cpython.is_some_and(|r| r.contains(&path)) {
            continue;
        }
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        let name = path.display().to_string();
        let Ok(decoded) = decode_source(&bytes, DecodeMode::Compile, &name) else {
            pyvm_rejects.push(name);
            continue;
        };
        let file = SourceFile::new(name, decoded.text.into_owned());
        if compile_source(&file, Mode::Exec, &options).is_ok() {
            files.push(file);
        } else {
            pyvm_rejects.push(file.name().to_string());
        }
    }
    if !pyvm_rejects.is_empty() {
        println!(
            "  left out: {} files CPython compiles and pyvm rejects (first: {})",
            pyvm_rejects.len(),
            pyvm_rejects[0]
        );
    }
    let bytes: usize = files.iter().map(|f| f.text().len()).sum();
    println!(
        "compiling {} files, {:.1} MB, from {}",
        files.len(),
        bytes as f64 / 1e6,
        dir.display()
    );
    let mut best = f64::INFINITY;
    for run in 1..=runs {
        let start = Instant::now();
        let mut instructions = 0usize;
        for file in &files {
            instructions +=
                compile_source(file, Mode::Exec, &options).map_or(0, |c| c.instructions.len());
        }
        let secs = start.elapsed().as_secs_f64();
        best = best.min(secs);
        println!(
            "  pyvm run {run}: {instructions} module-level instructions in {secs:.3} s = {:.1} MB/s",
            bytes as f64 / 1e6 / secs
        );
    }
    let pyvm_rate = bytes as f64 / 1e6 / best;
    println!("pyvm best: {pyvm_rate:.1} MB/s");
    if let Some((secs, cpython_bytes)) = cpython.and_then(|t| t.best) {
        let cpython_rate = cpython_bytes / 1e6 / secs;
        println!("CPython best: {cpython_rate:.1} MB/s");
        println!("ratio pyvm / CPython: {:.2}x", pyvm_rate / cpython_rate);
    }
}
