//! The compiler against CPython 3.11's `compile()` over the installed
//! standard library: pyvm must compile every file CPython compiles and
//! reject every file CPython rejects, with the same exception class,
//! message and line. Every code object pyvm produces must also pass the
//! verifier, and survive a trip through a bytecode file: it loads back to
//! the same disassembly, and saves again to the same bytes.
//!
//! The files are those of the other differential tests (a deterministic
//! sample of at least 500, plus files chosen for the compiler;
//! `PYVM_FULL_DIFF=1` for every file), and CPython's verdicts come from
//! `scripts/compile_reference.py`. pyvm is called in process, through the
//! library, reading each file as `pyvm dis` and `pyvm compile` do. Without
//! CPython 3.11 the test says so and is skipped.

#[path = "differential/stdlib.rs"]
mod stdlib;

use std::path::{Path, PathBuf};
use std::time::Instant;

use pyvm_bytecode::{disassemble, load, save, verify, SourceStamp};
use pyvm_compiler::{compile_source, CompileOptions, Mode, SourceError};
use pyvm_lexer::encoding;
use pyvm_source::SourceFile;
use pyvm_tests::reference::run_reference;

use stdlib::{find_cpython, sample, Cpython};

/// Files whose verdict is known to differ, with the reason. The goal is none.
const KNOWN_DIFFERENCES: &[(&str, &str)] = &[(
    "test/tokenizedata/badsyntax_pep3120.py",
    "bytes that do not decode inside a token: pyvm's error has no line, CPython's \
     has the line of the token its parser has read when it decodes the string (here 1)",
)];

/// Files that always join the sample: every construct the compiler handles,
/// and every file of the standard library CPython rejects.
const ALWAYS: &[&str] = &[
    "test/test_grammar.py",
    "test/test_compile.py",
    "test/test_syntax.py",
    "test/test_patma.py",
    "test/test_coroutines.py",
    "test/test_asyncgen.py",
    "test/test_generators.py",
    "test/test_exceptions.py",
    "test/test_exception_group.py",
    "test/test_except_star.py",
    "test/test_with.py",
    "test/test_scope.py",
    "test/test_named_expressions.py",
    "test/test_fstring.py",
    "test/test_unpack_ex.py",
    "test/test_keywordonlyarg.py",
    "test/test_positional_only_arg.py",
    "test/test_type_annotations.py",
    "test/test_future_stmt/test_future.py",
    "test/test_super.py",
    "test/test_class.py",
    "test/test_peepholer.py",
    "test/test_listcomps.py",
    "test/test_genexps.py",
    "test/test_string_literals.py",
    "test/test_unicode_identifiers.py",
    "dataclasses.py",
    "typing.py",
    "enum.py",
    "asyncio/tasks.py",
    // Rejected by CPython.
    "lib2to3/tests/data/bom.py",
    "lib2to3/tests/data/crlf.py",
    "lib2to3/tests/data/different_encoding.py",
    "lib2to3/tests/data/false_encoding.py",
    "lib2to3/tests/data/py2_test_grammar.py",
    "test/test_future_stmt/badsyntax_future3.py",
    "test/test_future_stmt/badsyntax_future4.py",
    "test/test_future_stmt/badsyntax_future5.py",
    "test/test_future_stmt/badsyntax_future6.py",
    "test/test_future_stmt/badsyntax_future7.py",
    "test/test_future_stmt/badsyntax_future8.py",
    "test/test_future_stmt/badsyntax_future9.py",
    "test/test_future_stmt/badsyntax_future10.py",
    "test/tokenizedata/bad_coding.py",
    "test/tokenizedata/bad_coding2.py",
    "test/tokenizedata/badsyntax_3131.py",
    "test/tokenizedata/badsyntax_pep3120.py",
];

/// Whether a file compiles: `Ok`, or the exception raised.
#[derive(Debug, PartialEq, Eq)]
enum Verdict {
    Compiles,
    Rejected {
        class: String,
        message: String,
        /// `None` when the exception has no line (or, as CPython says for
        /// errors in the encoding declaration, line 0).
        lineno: Option<u32>,
    },
}

impl std::fmt::Display for Verdict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Verdict::Compiles => f.write_str("compiles"),
            Verdict::Rejected {
                class,
                message,
                lineno: Some(line),
            } => write!(f, "{class}: {message} (line {line})"),
            Verdict::Rejected {
                class,
                message,
                lineno: None,
            } => write!(f, "{class}: {message}"),
        }
    }
}

/// CPython's verdict on each file, from one run of the reference script.
fn reference(cpython: &Cpython, files: &[PathBuf]) -> Vec<(String, Verdict)> {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../scripts/compile_reference.py");
    run_reference(&cpython.python, &script, &[], files)
        .iter()
        .map(|line| {
            let v: serde_json::Value = serde_json::from_str(line).expect("reference JSON");
            let path = v["path"].as_str().expect("path").to_string();
            let verdict = if v["ok"].as_bool() == Some(true) {
                Verdict::Compiles
            } else {
                Verdict::Rejected {
                    class: v["class"].as_str().expect("class").to_string(),
                    message: v["message"].as_str().expect("message").to_string(),
                    lineno: v["lineno"]
                        .as_u64()
                        .filter(|&line| line != 0)
                        .map(|line| u32::try_from(line).expect("a line number")),
                }
            };
            (path, verdict)
        })
        .collect()
}

/// pyvm's verdict on one file, read as `pyvm dis` reads it; for a file
/// that compiles, also what is wrong with its code (verifier, round trip).
fn pyvm_verdict(path: &str) -> (Verdict, Option<String>) {
    let rejected = |class: &str, message: String, lineno: Option<u32>| Verdict::Rejected {
        class: class.to_string(),
        message,
        lineno,
    };
    let bytes = std::fs::read(path).expect("read a standard library file");
    let decoded = match encoding::decode_source(&bytes, encoding::Mode::Compile, path) {
        Ok(decoded) => decoded,
        Err(error) => return (encoding_verdict(&error), None),
    };
    if !decoded.invalid_utf8.is_empty() {
        let lexed = pyvm_lexer::tokenize(&decoded.text);
        if let Some(error) = encoding::undecodable_in_tokens(&decoded, &lexed.tokens) {
            return (encoding_verdict(&error), None);
        }
    }
    let file = SourceFile::new(path, decoded.text.into_owned());
    let code = match compile_source(&file, Mode::Exec, &CompileOptions::default()) {
        Ok(code) => code,
        Err(SourceError::Parse(error)) => {
            let line = file.line_col(error.span.start).line;
            let class = error.kind.exception_class().name();
            return (rejected(class, error.kind.to_string(), Some(line)), None);
        }
        Err(SourceError::Compile(error)) => {
            let line = error.location(&file).lineno;
            let class = error.kind.exception_class().name();
            return (rejected(class, error.kind.to_string(), Some(line)), None);
        }
    };
    (Verdict::Compiles, code_problem(&code, &bytes))
}

/// CPython raises every decoding problem as a `SyntaxError`.
fn encoding_verdict(error: &encoding::EncodingError) -> Verdict {
    Verdict::Rejected {
        class: "SyntaxError".to_string(),
        message: error.to_string(),
        lineno: error.line.filter(|&line| line != 0),
    }
}

/// What is wrong with a compiled module: it fails the verifier, or it does
/// not survive a bytecode file.
fn code_problem(code: &pyvm_bytecode::CodeObject, source: &[u8]) -> Option<String> {
    if let Err(error) = verify(code) {
        return Some(format!("fails the verifier: {error}"));
    }
    let bytes = save(code, SourceStamp::hash_of(source));
    let loaded = match load(&bytes) {
        Ok(loaded) => loaded,
        Err(error) => return Some(format!("its bytecode file does not load: {error}")),
    };
    let (before, after) = (disassemble(code), disassemble(&loaded.code));
    if before != after {
        let line = before
            .lines()
            .zip(after.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| before.lines().count().min(after.lines().count()));
        return Some(format!(
            "the loaded code disassembles differently from line {}:\n  saved:  {}\n  loaded: {}",
            line + 1,
            before.lines().nth(line).unwrap_or("<end>"),
            after.lines().nth(line).unwrap_or("<end>"),
        ));
    }
    if save(&loaded.code, loaded.stamp) != bytes {
        return Some("the loaded code saves to different bytes".to_string());
    }
    None
}

/// What pyvm makes of one file, a panic caught and reported as such.
type Outcome = Result<(Verdict, Option<String>), String>;

fn run_one(path: &str) -> Outcome {
    std::panic::catch_unwind(|| pyvm_verdict(path)).map_err(|panic| {
        let message = panic
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| panic.downcast_ref::<&str>().copied())
            .unwrap_or("(no message)");
        format!("pyvm panics: {message}")
    })
}

/// How pyvm's outcome differs from CPython's verdict; `None` when it agrees.
fn difference(expected: &Verdict, outcome: &Outcome) -> Option<String> {
    match outcome {
        Err(panic) => Some(panic.clone()),
        Ok((actual, _)) if actual != expected => {
            Some(format!("CPython: {expected}\n  pyvm:    {actual}"))
        }
        Ok((_, problem)) => problem.clone(),
    }
}

/// Runs pyvm over every file on all cores; each worker has the stack of
/// the `pyvm` binary's main thread.
fn run_all(files: &[PathBuf]) -> Vec<Outcome> {
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let chunk = files.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = files
            .chunks(chunk)
            .map(|part| {
                std::thread::Builder::new()
                    .stack_size(8 << 20)
                    .spawn_scoped(scope, move || {
                        part.iter()
                            .map(|path| run_one(&path.display().to_string()))
                            .collect::<Vec<_>>()
                    })
                    .expect("start a worker thread")
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("worker thread"))
            .collect()
    })
}

#[test]
fn compiles_what_cpython_compiles() {
    let Some(cpython) = find_cpython() else {
        return;
    };
    let files = sample(&cpython.stdlib, ALWAYS);
    // CPython's verdicts come from another process: run it meanwhile.
    let ((expected, cpython_time), (outcomes, pyvm_time)) = std::thread::scope(|scope| {
        let reference = scope.spawn(|| {
            let start = Instant::now();
            (reference(&cpython, &files), start.elapsed())
        });
        let start = Instant::now();
        let outcomes = run_all(&files);
        let pyvm = (outcomes, start.elapsed());
        (reference.join().expect("reference thread"), pyvm)
    });
    assert_eq!(expected.len(), files.len(), "one reference result per file");
    let rejected = expected
        .iter()
        .filter(|(_, v)| *v != Verdict::Compiles)
        .count();
    let mut unexpected = Vec::new();
    let mut same = 0;
    for ((path, verdict), (file, outcome)) in expected.iter().zip(files.iter().zip(&outcomes)) {
        assert_eq!(Path::new(path), file, "the reference keeps the order");
        let is_known = KNOWN_DIFFERENCES.iter().any(|(p, _)| path.ends_with(p));
        match difference(verdict, outcome) {
            None => same += 1,
            Some(_) if is_known => {}
            Some(difference) => unexpected.push(format!("{path}: {difference}")),
        }
    }
    eprintln!(
        "compile differential: {same} same / {} files ({rejected} rejected by CPython); \
         CPython {:.1} s, pyvm {:.1} s, side by side",
        files.len(),
        cpython_time.as_secs_f64(),
        pyvm_time.as_secs_f64(),
    );
    assert!(
        unexpected.is_empty(),
        "{} files differ:\n{}",
        unexpected.len(),
        unexpected.join("\n")
    );
}
