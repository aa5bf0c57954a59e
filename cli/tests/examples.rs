//! The programs in `examples/` run with pyvm exactly as with CPython 3.11:
//! each is run by both (from the examples folder, with the same arguments
//! and standard input) and their standard output, standard error and exit
//! status must be the same. Skipped, loudly, without CPython 3.11.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use pyvm_tests::stdlib::find_cpython;

fn examples_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../examples")
        .canonicalize()
        .expect("the examples folder")
}

/// Runs `program args…` in the examples folder with `stdin` as input.
fn run(program: &str, args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(program)
        .args(args)
        .current_dir(examples_dir())
        .env("PYTHONHASHSEED", "0")
        .env_remove("PYTHONPATH")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|error| panic!("cannot start {program}: {error}"));
    child
        .stdin
        .take()
        .expect("piped")
        .write_all(stdin.as_bytes())
        .expect("input written");
    child.wait_with_output().expect("the run ends")
}

#[test]
fn examples_run_as_with_cpython() {
    let Some(cpython) = find_cpython("the examples comparison") else {
        return;
    };
    let pyvm = env!("CARGO_BIN_EXE_pyvm");
    let text = "It was the best of times, it was the worst of times, \
                it was the age of wisdom, it was the age of foolishness.\n";
    let runs: &[(&[&str], &str)] = &[
        (&["hello.py"], ""),
        (&["queens.py"], ""),
        (&["queens.py", "6"], ""),
        (&["inventory.py"], ""),
        (&["wordfreq.py"], text),
        (&["wordfreq.py", "../README.md"], ""),
    ];
    for (args, stdin) in runs {
        let expected = run(&cpython.python, args, stdin);
        let actual = run(pyvm, args, stdin);
        let show = |output: &Output| {
            format!(
                "status {:?}\n--- stdout\n{}--- stderr\n{}",
                output.status.code(),
                String::from_utf8_lossy(&output.stdout),
                String::from_utf8_lossy(&output.stderr)
            )
        };
        assert_eq!(show(&actual), show(&expected), "pyvm {}", args.join(" "));
    }
}
