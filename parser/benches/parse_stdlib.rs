//! Lex + parse throughput over the installed CPython standard library,
//! beside CPython's own `ast.parse` on the same files in the same run.
//!
//! `cargo bench -p pyvm-parser --bench parse_stdlib` (optionally
//! `PYVM_STDLIB=…`, `PYVM_PYTHON=…`, `PYVM_BENCH_RUNS=N`). Sources are read
//! and decoded first; only parsing is timed, on one core. Files CPython
//! rejects are left out of both sides.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use pyvm_lexer::encoding::{decode_source, Mode};
use pyvm_tests::stdlib::{python, python_files, stdlib_dir};

/// The allocator of the `pyvm` binary, so the figure is what it gets.
#[global_allocator]
static ALLOCATOR: pyvm_heap::allocator::Mimalloc = pyvm_heap::allocator::Mimalloc;

/// CPython's best time, in seconds, and the bytes it parsed.
fn cpython_best(paths: &[PathBuf], runs: usize) -> Option<(f64, f64)> {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../scripts/time_ast_parse.py");
    let mut child = Command::new(python())
        .arg(script)
        .arg(runs.to_string())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .ok()?;
    let list: String = paths.iter().map(|p| format!("{}\n", p.display())).collect();
    child.stdin.take()?.write_all(list.as_bytes()).ok()?;
    let out = child.wait_with_output().ok()?;
    let text = String::from_utf8(out.stdout).ok()?;
    let mut best: Option<(f64, f64)> = None;
    for line in text.lines() {
        let mut parts = line.split_whitespace();
        let bytes: f64 = parts.next()?.parse().ok()?;
        let secs: f64 = parts.next()?.parse().ok()?;
        println!(
            "  CPython ast.parse: {:.3} s = {:.1} MB/s",
            secs,
            bytes / 1e6 / secs
        );
        if best.is_none_or(|(b, _)| secs < b) {
            best = Some((secs, bytes));
        }
    }
    best
}

fn main() {
    let Some(dir) = stdlib_dir(&python()) else {
        eprintln!("parse_stdlib: no CPython found (set PYVM_STDLIB); nothing to measure");
        return;
    };
    let runs: usize = std::env::var("PYVM_BENCH_RUNS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(3);
    let paths = python_files(&dir);
    let mut kept = Vec::new();
    let mut sources = Vec::new();
    for path in paths {
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        let Ok(decoded) = decode_source(&bytes, Mode::Compile, "") else {
            continue;
        };
        let text = decoded.text.into_owned();
        if pyvm_parser::parse_module(&text).is_ok() {
            kept.push(path);
            sources.push(text);
        }
    }
    let bytes: usize = sources.iter().map(String::len).sum();
    println!(
        "parsing {} files, {:.1} MB, from {}",
        sources.len(),
        bytes as f64 / 1e6,
        dir.display()
    );
    let mut best = f64::INFINITY;
    for run in 1..=runs {
        let start = Instant::now();
        let mut statements = 0usize;
        for source in &sources {
            statements += pyvm_parser::parse_module(source).map_or(0, |m| m.body.len());
        }
        let secs = start.elapsed().as_secs_f64();
        best = best.min(secs);
        println!(
            "  pyvm run {run}: {statements} statements in {secs:.3} s = {:.1} MB/s",
            bytes as f64 / 1e6 / secs
        );
    }
    let pyvm_rate = bytes as f64 / 1e6 / best;
    println!("pyvm best: {pyvm_rate:.1} MB/s");
    if let Some((secs, cpython_bytes)) = cpython_best(&kept, runs) {
        let cpython_rate = cpython_bytes / 1e6 / secs;
        println!("CPython best: {cpython_rate:.1} MB/s");
        println!("ratio pyvm / CPython: {:.2}x", pyvm_rate / cpython_rate);
    }
}
