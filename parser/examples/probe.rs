//! Temporary profiling probe (not committed).
use std::path::{Path, PathBuf};
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if e.file_type().unwrap().is_dir() {
            walk(&p, out)
        } else if p.extension().is_some_and(|x| x == "py") {
            out.push(p)
        }
    }
}
fn main() {
    let step: usize = std::env::args().nth(1).map_or(10, |s| s.parse().unwrap());
    let reps: usize = std::env::args().nth(2).map_or(1, |s| s.parse().unwrap());
    let mut files = Vec::new();
    walk(
        Path::new("/root/.pyenv/versions/3.11.7/lib/python3.11"),
        &mut files,
    );
    files.sort();
    let srcs: Vec<String> = files
        .iter()
        .step_by(step)
        .filter_map(|p| {
            let b = std::fs::read(p).ok()?;
            pyvm_lexer::encoding::decode_source(&b, pyvm_lexer::encoding::Mode::Script, "x")
                .ok()
                .map(|d| d.text.into_owned())
        })
        .collect();
    let total: usize = srcs.iter().map(|s| s.len()).sum();
    let t = std::time::Instant::now();
    let mut ok = 0;
    for _ in 0..reps {
        for s in &srcs {
            if pyvm_parser::parse_module(s).is_ok() {
                ok += 1;
            }
        }
    }
    let secs = t.elapsed().as_secs_f64();
    println!(
        "{} files ok, {:.1} MB, {:.1} MB/s",
        ok,
        total as f64 / 1e6,
        (total * reps) as f64 / 1e6 / secs
    );
}
