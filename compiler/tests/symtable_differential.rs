//! The symbol tables pyvm builds against CPython 3.11's `symtable` module:
//! `pyvm_compiler::symtable::dump` must print what
//! `scripts/symtable_reference.py` prints, byte for byte, for
//!
//! - the focused programs in `tests/symtable/`, one per scoping rule, and
//! - a deterministic sample of the installed standard library (every k-th
//!   file of the sorted list, at least 300, plus files chosen for their
//!   scoping); `PYVM_FULL_DIFF=1` compares every file.
//!
//! Without CPython 3.11 (`PYVM_PYTHON`, else `python3`) the tests say so
//! and pass.

use std::path::{Path, PathBuf};

use pyvm_ast::Mod;
use pyvm_source::SourceFile;
use pyvm_tests::reference::run_reference;
use pyvm_tests::stdlib::{find_cpython, python_files, sample, Cpython};

/// Files whose tables are known to differ, with the reason. The goal is
/// none.
const KNOWN_DIFFERENCES: &[(&str, &str)] = &[];

/// Standard library files that always join the sample.
const ALWAYS: &[&str] = &[
    "test/test_scope.py",
    "test/test_named_expressions.py",
    "test/test_super.py",
    "test/test_grammar.py",
    "test/test_patma.py",
    "test/test_coroutines.py",
    "test/test_asyncgen.py",
    "test/test_generators.py",
    "test/test_listcomps.py",
    "test/test_setcomps.py",
    "test/test_dictcomps.py",
    "test/test_genexps.py",
    "test/test_class.py",
    "test/test_symtable.py",
    "test/test_syntax.py",
    "test/test_typing.py",
    "test/test_future.py",
    "test/test_type_annotations.py",
    "test/test_positional_only_arg.py",
    "test/test_keywordonlyarg.py",
    "dataclasses.py",
    "typing.py",
    "enum.py",
    "functools.py",
    "inspect.py",
    "asyncio/tasks.py",
];

/// The smallest sample of the standard library CI compares.
const SAMPLE_SIZE: usize = 320;

/// CPython's verdict on one file.
struct Reference {
    path: String,
    /// The dump, or `None` when CPython rejects the file.
    dump: Option<String>,
    /// The decoded text, for files that are not UTF-8.
    source: Option<String>,
    /// The file's bytes do not match its encoding (a decoding matter, not
    /// the symbol table's).
    undecodable: bool,
}

/// Runs the reference script once over `files`.
fn reference(cpython: &Cpython, files: &[PathBuf]) -> Vec<Reference> {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../scripts/symtable_reference.py");
    run_reference(&cpython.python, &script, &["--json"], files)
        .iter()
        .map(|line| {
            let v: serde_json::Value = serde_json::from_str(line).expect("reference JSON");
            let text = |key: &str| v[key].as_str().map(str::to_string);
            Reference {
                path: text("path").unwrap_or_default(),
                dump: (v["exit"].as_i64() == Some(0)).then(|| text("stdout").unwrap_or_default()),
                source: text("source"),
                undecodable: v["undecodable"].as_bool() == Some(true),
            }
        })
        .collect()
}

/// How pyvm's table compared with CPython's.
enum Outcome {
    Same,
    /// CPython rejects the file and so does pyvm's parser, or the file
    /// cannot be decoded.
    Skipped,
    Differs(String),
}

/// pyvm's dump of `text`: `Err` with the stage that failed.
fn pyvm_dump(name: &str, text: &str) -> Result<String, String> {
    let file = SourceFile::new(name, text);
    let module = pyvm_parser::parse_module(file.text()).map_err(|e| format!("parse error: {e}"))?;
    let module = Mod::Module(module);
    let table = pyvm_compiler::symtable::build(&module, &file)
        .map_err(|e| format!("symtable error: {e}"))?;
    Ok(pyvm_compiler::symtable::dump(&table))
}

fn compare(reference: &Reference) -> Outcome {
    if reference.undecodable {
        return Outcome::Skipped;
    }
    let text = match &reference.source {
        Some(source) => source.clone(),
        None => match std::fs::read(&reference.path) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => text,
                Err(_) => return Outcome::Differs("not UTF-8 and no decoded text".into()),
            },
            Err(e) => return Outcome::Differs(format!("cannot read: {e}")),
        },
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let actual = pyvm_dump(&reference.path, text);
    match (&reference.dump, actual) {
        (Some(expected), Ok(actual)) if *expected == actual => Outcome::Same,
        (Some(expected), Ok(actual)) => Outcome::Differs(first_difference(expected, &actual)),
        (Some(_), Err(e)) => Outcome::Differs(format!("CPython accepts, pyvm: {e}")),
        (None, Err(e)) if e.starts_with("parse") => Outcome::Skipped,
        (None, Err(_)) => Outcome::Same,
        (None, Ok(_)) => Outcome::Differs("CPython rejects the file, pyvm accepts it".into()),
    }
}

fn first_difference(expected: &str, actual: &str) -> String {
    let mut e = expected.lines();
    let mut a = actual.lines();
    for line in 1.. {
        match (e.next(), a.next()) {
            (Some(x), Some(y)) if x == y => continue,
            (x, y) => {
                return format!(
                    "line {line}:\n  CPython: {}\n  pyvm:    {}",
                    x.unwrap_or("<end>"),
                    y.unwrap_or("<end>")
                )
            }
        }
    }
    unreachable!("the loop returns at the first difference")
}

/// Compares every file on all cores (with deep stacks: the standard library
/// has deeply nested expressions) and fails listing the differences.
fn check(label: &str, cpython: &Cpython, files: &[PathBuf]) {
    let references = reference(cpython, files);
    assert_eq!(
        references.len(),
        files.len(),
        "one reference result per file"
    );
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let chunk = references.len().div_ceil(threads).max(1);
    let outcomes: Vec<(String, Outcome)> = std::thread::scope(|scope| {
        let handles: Vec<_> = references
            .chunks(chunk)
            .map(|part| {
                std::thread::Builder::new()
                    .stack_size(256 << 20)
                    .spawn_scoped(scope, move || {
                        part.iter()
                            .map(|r| (r.path.clone(), compare(r)))
                            .collect::<Vec<_>>()
                    })
                    .expect("spawn worker")
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("worker thread"))
            .collect()
    });
    let mut identical = 0;
    let mut skipped = 0;
    let mut unexpected = Vec::new();
    for (path, outcome) in &outcomes {
        let known = KNOWN_DIFFERENCES.iter().any(|(p, _)| path.ends_with(p));
        match outcome {
            Outcome::Same => identical += 1,
            Outcome::Skipped => skipped += 1,
            Outcome::Differs(_) if known => {}
            Outcome::Differs(why) => unexpected.push(format!("{path}: {why}")),
        }
    }
    eprintln!(
        "{label}: {identical} identical / {} files ({skipped} undecodable or rejected by both parsers)",
        outcomes.len()
    );
    assert!(
        unexpected.is_empty(),
        "{} files differ:\n{}",
        unexpected.len(),
        unexpected.join("\n")
    );
}

#[test]
fn focused_programs_match_cpython() {
    let Some(cpython) = find_cpython("symtable differential") else {
        return;
    };
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/symtable");
    let files = python_files(&dir);
    assert!(files.len() >= 20, "the focused programs are missing");
    check("symtable differential (focused)", &cpython, &files);
}

#[test]
fn standard_library_matches_cpython() {
    let Some(cpython) = find_cpython("symtable differential") else {
        return;
    };
    let files = sample(&cpython.stdlib, SAMPLE_SIZE, ALWAYS);
    check("symtable differential (stdlib)", &cpython, &files);
}
