//! Lexer throughput over the installed CPython standard library.
//!
//! `cargo bench -p pyvm-lexer --bench lex_stdlib` (optionally
//! `PYVM_STDLIB=/path/to/lib/python3.11`, `PYVM_BENCH_RUNS=N`). Reads and
//! decodes every `.py` file first, then times only the lexing, on one core,
//! and prints MB/s for each run and the best.

use std::time::Instant;

use pyvm_lexer::encoding::Mode;
use pyvm_tests::stdlib::{python, python_files, stdlib_dir};

fn main() {
    let Some(dir) = stdlib_dir(&python()) else {
        eprintln!("lex_stdlib: no CPython found (set PYVM_STDLIB); nothing to measure");
        return;
    };
    let paths = python_files(&dir);
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
