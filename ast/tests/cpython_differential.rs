//! Differential test against CPython 3.11, when it is on the machine.
//!
//! `scripts/cpython_ast_json.py` parses Python files with CPython, converts
//! each tree to pyvm's JSON form and records CPython's `ast.dump` of it
//! (plain, `indent=2`, `include_attributes=True`). Here each tree is read
//! back with [`from_json`], dumped by pyvm, and compared with CPython's
//! dumps; [`to_json`] of it must also give back the same JSON. Skipped, with
//! a notice, when no `python3` 3.11 is found.
//!
//! The corpus is this crate's test programs plus a sample of the standard
//! library; `PYVM_AST_STDLIB=all` takes every `.py` file of the standard
//! library instead (slow: run it with `--release`).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use pyvm_ast::{dump, from_json, to_json, DumpOptions};
use pyvm_source::SourceFile;

/// Standard-library files with a wide spread of syntax.
const STDLIB_SAMPLE: &[&str] = &[
    "ast.py",
    "dataclasses.py",
    "typing.py",
    "asyncio/tasks.py",
    "email/_header_value_parser.py",
    "test/test_grammar.py",
    "test/test_patma.py",
    "test/test_fstring.py",
    "test/test_unicode_identifiers.py",
    "test/test_string_literals.py",
    "test/test_coroutines.py",
    "test/test_except_star.py",
];

fn python3_311() -> Option<&'static str> {
    let output = Command::new("python3")
        .args(["-c", "import sys; print(sys.version_info[:2] == (3, 11))"])
        .output()
        .ok()?;
    (String::from_utf8_lossy(&output.stdout).trim() == "True").then_some("python3")
}

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("crate inside the workspace")
        .to_path_buf()
}

fn corpus(python: &str) -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(repo_root().join("ast/tests/programs"))
        .expect("ast/tests/programs")
        .map(|entry| entry.expect("dir entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "py"))
        .map(|path| path.display().to_string())
        .collect();
    files.sort();
    let stdlib = Command::new(python)
        .args([
            "-c",
            "import sysconfig; print(sysconfig.get_paths()['stdlib'])",
        ])
        .output()
        .expect("python3 runs");
    let stdlib = PathBuf::from(String::from_utf8_lossy(&stdlib.stdout).trim());
    if std::env::var("PYVM_AST_STDLIB").as_deref() == Ok("all") {
        collect_py_files(&stdlib, &mut files);
    } else {
        files.extend(
            STDLIB_SAMPLE
                .iter()
                .map(|name| stdlib.join(name))
                .filter(|path| path.exists())
                .map(|path| path.display().to_string()),
        );
    }
    files
}

fn collect_py_files(dir: &Path, files: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            if !path.ends_with("site-packages") {
                collect_py_files(&path, files);
            }
        } else if path.extension().is_some_and(|ext| ext == "py") {
            files.push(path.display().to_string());
        }
    }
}

#[derive(serde::Deserialize)]
struct Record {
    path: String,
    skip: Option<String>,
    source: Option<String>,
    tree: Option<String>,
    dump: Option<String>,
    dump_indent: Option<String>,
    dump_attrs: Option<String>,
}

/// The first line where `ours` and `theirs` differ, for the failure report.
fn first_difference(ours: &str, theirs: &str) -> String {
    for (n, (a, b)) in ours.lines().zip(theirs.lines()).enumerate() {
        if a != b {
            let at = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
            let from = at.saturating_sub(80);
            let show = |s: &str| s.get(from..(at + 80).min(s.len())).unwrap_or(s).to_owned();
            return format!(
                "line {}:\n  pyvm:    {}\n  CPython: {}",
                n + 1,
                show(a),
                show(b)
            );
        }
    }
    format!(
        "length: pyvm {} lines, CPython {} lines",
        ours.lines().count(),
        theirs.lines().count()
    )
}

fn check(record: &Record) -> Result<(), String> {
    let (Some(source), Some(tree_json)) = (&record.source, &record.tree) else {
        return Ok(());
    };
    let tree = from_json(tree_json).map_err(|e| format!("from_json: {e}"))?;
    let file = SourceFile::new(record.path.clone(), source.clone());
    let cases = [
        ("dump", &record.dump, DumpOptions::default()),
        (
            "dump indent=2",
            &record.dump_indent,
            DumpOptions {
                indent: Some(2),
                include_attributes: false,
            },
        ),
        (
            "dump include_attributes",
            &record.dump_attrs,
            DumpOptions {
                indent: None,
                include_attributes: true,
            },
        ),
    ];
    for (what, expected, options) in cases {
        let expected = expected.as_deref().unwrap_or_default();
        let ours = dump(&tree, &file, &options);
        if ours != expected {
            return Err(format!("{what}: {}", first_difference(&ours, expected)));
        }
    }
    let ours: serde_json::Value =
        serde_json::from_str(&to_json(&tree)).map_err(|e| e.to_string())?;
    let theirs: serde_json::Value = serde_json::from_str(tree_json).map_err(|e| e.to_string())?;
    if ours != theirs {
        return Err("to_json differs from CPython's tree".to_owned());
    }
    Ok(())
}

#[test]
fn dumps_match_cpython() {
    let Some(python) = python3_311() else {
        println!("notice: no CPython 3.11 found (python3); differential AST test skipped");
        return;
    };
    let files = corpus(python);
    let script = repo_root().join("scripts/cpython_ast_json.py");
    let mut child = Command::new(python)
        .arg(&script)
        .arg("--stdin")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("run scripts/cpython_ast_json.py");
    let mut stdin = child.stdin.take().expect("stdin");
    let list = files.join("\n");
    let writer = std::thread::spawn(move || stdin.write_all(list.as_bytes()));
    let output = child.wait_with_output().expect("script output");
    writer
        .join()
        .expect("writer thread")
        .expect("write file list");
    assert!(
        output.status.success(),
        "scripts/cpython_ast_json.py failed"
    );

    let (mut checked, mut skipped, mut failures) = (0, 0, Vec::new());
    for line in String::from_utf8(output.stdout).expect("UTF-8").lines() {
        let record: Record = serde_json::from_str(line).expect("record line");
        if record.skip.is_some() {
            skipped += 1;
            continue;
        }
        checked += 1;
        if let Err(message) = check(&record) {
            failures.push(format!("{}: {message}", record.path));
        }
    }
    println!("{checked} files compared with CPython, {skipped} skipped");
    assert!(checked > 0, "no file compared");
    assert!(
        failures.is_empty(),
        "{} of {checked} files differ from CPython:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
