//! Profiling aid: parses the standard library once.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
fn main() {
    let dir = std::env::args().nth(1).expect("stdlib dir");
    let stride: usize = std::env::args()
        .nth(2)
        .and_then(|s| s.parse().ok())
        .unwrap_or(1);
    let mut sources = Vec::new();
    let mut stack = vec![std::path::PathBuf::from(dir)];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p)
            } else if p.extension().is_some_and(|x| x == "py") {
                if let Ok(s) = std::fs::read_to_string(&p) {
                    sources.push(s)
                }
            }
        }
    }
    sources.sort();
    let sources: Vec<String> = sources.into_iter().step_by(stride).collect();
    let start = std::time::Instant::now();
    let mut n = 0;
    for s in &sources {
        n += pyvm_parser::parse_module(s).map_or(0, |m| m.body.len());
    }
    println!("{n} stmts in {:?}", start.elapsed());
}
