//! Ctrl-C: SIGINT sent to a running `pyvm` raises `KeyboardInterrupt` in
//! the program. Uncaught, it prints the traceback and the process ends by
//! SIGINT (the shell shows status 130), as CPython 3.11 does. Each program
//! prints `ready` when it has started; the signal follows a moment later.
//!
//! The expected outputs were recorded from CPython 3.11 run the same way;
//! where a CPython 3.11 is on the machine, the programs whose traceback
//! does not depend on timing are also compared with it live.

use std::io::{BufRead, BufReader, Read};
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

/// SIGINT's number on Linux.
const SIGINT: i32 = 2;

/// How a run ended after the interrupt.
#[derive(Debug, PartialEq)]
struct Outcome {
    stdout: String,
    stderr: String,
    /// The exit status, when the process exited.
    status: Option<i32>,
    /// The signal that ended the process, when one did.
    signal: Option<i32>,
}

/// A folder of its own for the programs of one test.
fn scratch(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pyvm-interrupt-{}-{test}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a scratch folder");
    dir
}

/// Runs `source` (written to `dir/name`) with `command` (the interpreter
/// and any arguments before the file), sends SIGINT once it printed
/// `ready`, and collects what it printed. The folder is shown as `<dir>`.
fn interrupt(command: &[&str], dir: &Path, name: &str, source: &str) -> Outcome {
    let path = dir.join(name);
    std::fs::write(&path, source).expect("the program is written");
    let mut child = Command::new(command[0])
        .args(&command[1..])
        .arg(&path)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the interpreter starts");
    let mut stdout = BufReader::new(child.stdout.take().expect("piped"));
    let mut first = String::new();
    stdout.read_line(&mut first).expect("a first line");
    assert_eq!(first, "ready\n", "{name} did not start");
    std::thread::sleep(Duration::from_millis(200));
    let sent = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .expect("kill runs");
    assert!(sent.success());
    let mut rest = String::new();
    stdout.read_to_string(&mut rest).expect("stdout");
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .expect("piped")
        .read_to_string(&mut stderr)
        .expect("stderr");
    let status = child.wait().expect("the interpreter ends");
    let folder = dir.display().to_string();
    Outcome {
        stdout: rest.replace(&folder, "<dir>"),
        stderr: stderr.replace(&folder, "<dir>"),
        status: status.code(),
        signal: status.signal(),
    }
}

fn pyvm(dir: &Path, name: &str, source: &str) -> Outcome {
    interrupt(&[env!("CARGO_BIN_EXE_pyvm")], dir, name, source)
}

/// Ended by SIGINT after printing `stderr`.
fn killed_by_sigint(stderr: &str) -> Outcome {
    Outcome {
        stdout: String::new(),
        stderr: stderr.to_owned(),
        status: None,
        signal: Some(SIGINT),
    }
}

/// The programs whose outcome does not depend on when the signal comes,
/// with what CPython 3.11 did.
const DETERMINISTIC: &[(&str, &str, &str)] = &[
    (
        "loop.py",
        "print('ready', flush=True)\nwhile True:\n    pass\n",
        "Traceback (most recent call last):\n  File \"<dir>/loop.py\", line 2, in <module>\n    while True:\nKeyboardInterrupt\n",
    ),
    (
        "sleep.py",
        "import time\nprint('ready', flush=True)\ntime.sleep(100)\n",
        "Traceback (most recent call last):\n  File \"<dir>/sleep.py\", line 3, in <module>\n    time.sleep(100)\nKeyboardInterrupt\n",
    ),
];

#[test]
fn an_uncaught_interrupt_prints_the_traceback_and_ends_by_sigint() {
    let dir = scratch("uncaught");
    for (name, source, stderr) in DETERMINISTIC {
        assert_eq!(pyvm(&dir, name, source), killed_by_sigint(stderr), "{name}");
    }
}

#[test]
fn the_recorded_outcomes_are_cpythons() {
    let Some(cpython) = pyvm_tests::stdlib::find_cpython("the interrupt comparison") else {
        return;
    };
    let dir = scratch("cpython");
    for (name, source, stderr) in DETERMINISTIC {
        let got = interrupt(&[&cpython.python], &dir, name, source);
        assert_eq!(got, killed_by_sigint(stderr), "CPython on {name}");
    }
}

#[test]
fn a_caught_interrupt_lets_the_program_go_on() {
    let dir = scratch("caught");
    let source = "\
print('ready', flush=True)
try:
    while True:
        pass
except KeyboardInterrupt as e:
    print('caught', repr(e), e.__traceback__ is not None)
finally:
    print('finally')
print('after')
";
    let got = pyvm(&dir, "caught.py", source);
    let want = Outcome {
        stdout: "caught KeyboardInterrupt() True\nfinally\nafter\n".to_owned(),
        stderr: String::new(),
        status: Some(0),
        signal: None,
    };
    assert_eq!(got, want);
}

/// Programs that spend their time somewhere other than one loop: where
/// the interrupt lands depends on timing, so only the end is pinned.
#[test]
fn recursion_generators_and_calls_stay_interruptible() {
    let dir = scratch("anywhere");
    let programs = [
        (
            "fib.py",
            "def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\n\
             print('ready', flush=True)\nfib(100)\n",
        ),
        (
            "generator.py",
            "def naturals():\n    n = 0\n    while True:\n        yield n\n        n += 1\n\
             print('ready', flush=True)\nfor n in naturals():\n    pass\n",
        ),
        (
            "lazy.py",
            "def naturals():\n    n = 0\n    while True:\n        yield n\n        n += 1\n\
             print('ready', flush=True)\nsum(map(abs, (x for x in naturals() if x < 0)))\n",
        ),
        (
            "calls.py",
            "def f():\n    pass\nprint('ready', flush=True)\nwhile True:\n    f()\n",
        ),
    ];
    for (name, source) in programs {
        let got = pyvm(&dir, name, source);
        assert!(
            got.stderr
                .starts_with("Traceback (most recent call last):\n")
                && got.stderr.ends_with("\nKeyboardInterrupt\n")
                && !got.stderr.contains("line -1"),
            "{name}: {got:#?}"
        );
        assert_eq!((got.status, got.signal), (None, Some(SIGINT)), "{name}");
    }
}

/// CPython leaves SIGINT ignored when it started ignored (a background job
/// of a non-interactive shell), and so does pyvm: the program runs on.
#[test]
fn an_ignored_sigint_stays_ignored() {
    let dir = scratch("ignored");
    let source = "\
import time
print('ready', flush=True)
time.sleep(1)
print('slept')
";
    let command = [
        "sh",
        "-c",
        "trap '' INT; exec \"$0\" \"$1\"",
        env!("CARGO_BIN_EXE_pyvm"),
    ];
    let got = interrupt(&command, &dir, "ignored.py", source);
    let want = Outcome {
        stdout: "slept\n".to_owned(),
        stderr: String::new(),
        status: Some(0),
        signal: None,
    };
    assert_eq!(got, want);
}

/// A `KeyboardInterrupt` the program raises itself ends the process by
/// SIGINT too; a subclass of it does not (CPython compares the exact
/// class).
#[test]
fn a_raised_keyboard_interrupt_ends_by_sigint_too() {
    let run = |source: &str| {
        let output = Command::new(env!("CARGO_BIN_EXE_pyvm"))
            .args(["-c", source])
            .output()
            .expect("pyvm runs");
        (
            String::from_utf8_lossy(&output.stderr).into_owned(),
            output.status.code(),
            output.status.signal(),
        )
    };
    assert_eq!(
        run("raise KeyboardInterrupt('x')"),
        (
            "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nKeyboardInterrupt: x\n"
                .to_owned(),
            None,
            Some(SIGINT)
        )
    );
    assert_eq!(
        run("class K(KeyboardInterrupt): pass\nraise K"),
        (
            "Traceback (most recent call last):\n  File \"<string>\", line 2, in <module>\nK\n"
                .to_owned(),
            Some(1),
            None
        )
    );
}
