//! Lexer throughput over the installed CPython standard library.
//!
//! `cargo bench -p pyvm-lexer --bench lex_stdlib` (optionally
//! `PYVM_STDLIB=/path/to/lib/python3.11`, `PYVM_BENCH_RUNS=N`). Reads and
//! decodes every `.py` file first, then times only the lexing, on one core,
//! and prints MB/s for each run and the best.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use pyvm_lexer::encoding::Mode;

fn stdlib_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("PYVM_STDLIB") {
        return Some(PathBuf::from(dir));
    }
    let out = Command::new("python3")
        .args([
            "-c",
            "import sysconfig; print(sysconfig.get_paths()['stdlib'])",
        ])
        .output()
        .ok()?;
    let dir = String::from_utf8(out.stdout).ok()?;
    Some(PathBuf::from(dir.trim()))
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

fn main() {
    let Some(dir) = stdlib_dir() else {
        eprintln!("lex_stdlib: no CPython found (set PYVM_STDLIB); nothing to measure");
        return;
    };
    let mut paths = Vec::new();
    python_files(&dir, &mut paths);
    paths.sort();
    let sources: Vec<String> = paths
        .iter()
        .filter_map(|p| std::fs::read(p).ok())
        .filter_map(|bytes| {
            let decoded = pyvm_lexer::encoding::decode_source(&bytes, Mode::Script, "").ok()?;
            Some(decoded.text.into_owned())
        })
        .collect();
    let bytes: usize = sources.iter().map(String::len).sum();
    let runs: usize = std::env::var("PYVM_BENCH_RUNS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(5);
    println!(
        "lexing {} files, {:.1} MB, from {}",
        sources.len(),
        bytes as f64 / 1e6,
        dir.display()
    );
    let mut best = f64::INFINITY;
    for run in 1..=runs {
        let start = Instant::now();
        let mut tokens = 0usize;
        for source in &sources {
            tokens += pyvm_lexer::Lexer::new(source).count();
        }
        let secs = start.elapsed().as_secs_f64();
        best = best.min(secs);
        println!(
            "run {run}: {tokens} tokens in {secs:.3} s = {:.1} MB/s",
            bytes as f64 / 1e6 / secs
        );
    }
    println!("best: {:.1} MB/s", bytes as f64 / 1e6 / best);
}
