//! The `pyvm compile` command line: the bytecode file it writes, its
//! round trip through `pyvm dis`, and the inputs it refuses.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use pyvm_bytecode::{disassemble, load, SourceStamp, MAGIC};
use pyvm_compiler::{compile_source, CompileOptions, Mode};
use pyvm_source::SourceFile;

fn pyvm(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_pyvm"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start pyvm");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin)
        .expect("write stdin");
    child.wait_with_output().expect("pyvm runs")
}

/// A fresh directory for one test's files.
fn scratch(test: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("compile_command-{test}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create a scratch directory");
    dir
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write a test file");
    path.display().to_string()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Classes, closures, a generator, a comprehension and a handler.
const PROGRAM: &str = "\
class Counter:
    def __init__(self, start=0):
        self.n = start

    def up(self, by=1):
        def step():
            nonlocal by
            self.n += by
            return self.n
        return step

def evens(limit):
    yield from (i for i in range(limit) if i % 2 == 0)

try:
    total = sum([x * 2 for x in evens(10)])
except (ValueError, TypeError) as e:
    total = -1
print(Counter(total).up()())
";

#[test]
fn compile_writes_a_bytecode_file_beside_the_source() {
    let dir = scratch("beside");
    let path = write(&dir, "program.py", PROGRAM.as_bytes());
    let out = pyvm(&["compile", &path], b"");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(out.stdout.is_empty() && out.stderr.is_empty());

    let bytes = std::fs::read(dir.join("program.pyvmc")).expect("program.pyvmc is written");
    assert!(bytes.starts_with(&MAGIC));
    let loaded = load(&bytes).expect("the file loads");
    assert_eq!(loaded.stamp, SourceStamp::hash_of(PROGRAM.as_bytes()));
    let file = SourceFile::new(path.as_str(), PROGRAM);
    let code = compile_source(&file, Mode::Exec, &CompileOptions::default()).expect("compiles");
    assert_eq!(loaded.code, code);
}

#[test]
fn a_compiled_file_disassembles_as_its_source_does() {
    let dir = scratch("round_trip");
    let path = write(&dir, "program.py", PROGRAM.as_bytes());
    let out_path = dir.join("elsewhere.bin").display().to_string();
    let out = pyvm(&["compile", &path, "-o", &out_path], b"");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(!dir.join("program.pyvmc").exists(), "-o names the output");

    let from_source = pyvm(&["dis", &path], b"");
    let from_bytecode = pyvm(&["dis", &out_path], b"");
    assert_eq!(from_source.status.code(), Some(0));
    assert_eq!(
        from_bytecode.status.code(),
        Some(0),
        "{}",
        stderr(&from_bytecode)
    );
    assert_eq!(
        String::from_utf8_lossy(&from_bytecode.stdout),
        String::from_utf8_lossy(&from_source.stdout)
    );
    // The real program, not an empty module.
    let text = String::from_utf8_lossy(&from_source.stdout).into_owned();
    assert!(
        text.contains("Disassembly of <code object Counter"),
        "{text}"
    );
}

#[test]
fn standard_input_compiles_with_o() {
    let dir = scratch("stdin");
    let out_path = dir.join("stdin.pyvmc").display().to_string();
    let source = "print('hi')\n";
    let out = pyvm(&["compile", "-", "-o", &out_path], source.as_bytes());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let loaded = load(&std::fs::read(&out_path).expect("written")).expect("loads");
    assert_eq!(loaded.stamp, SourceStamp::hash_of(source.as_bytes()));
    let file = SourceFile::new("<stdin>", source);
    let code = compile_source(&file, Mode::Exec, &CompileOptions::default()).expect("compiles");
    assert_eq!(disassemble(&loaded.code), disassemble(&code));

    let out = pyvm(&["compile", "-"], source.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "error: compiling standard input needs `-o OUT`\n"
    );
}

/// `python3 -c 'return 1'`: SyntaxError: 'return' outside function. No
/// file is written.
#[test]
fn a_compile_error_writes_nothing() {
    let dir = scratch("compile_error");
    let path = write(&dir, "ret.py", b"x = 1\nreturn x\n");
    let out = pyvm(&["--error-format=short", "compile", &path], b"");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        format!("{path}:2:1: error: 'return' outside function\n")
    );
    assert!(!dir.join("ret.pyvmc").exists());
}

#[test]
fn a_syntax_error_writes_nothing() {
    let dir = scratch("syntax_error");
    let path = write(&dir, "bad.py", b"def f(:\n    pass\n");
    let out = pyvm(&["--error-format=short", "compile", &path], b"");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stderr(&out), format!("{path}:1:7: error: invalid syntax\n"));
    assert!(!dir.join("bad.pyvmc").exists());
}

#[test]
fn a_bytecode_file_is_not_compiled_again() {
    let dir = scratch("twice");
    let path = write(&dir, "a.py", b"x = 1\n");
    assert_eq!(pyvm(&["compile", &path], b"").status.code(), Some(0));
    let compiled = dir.join("a.pyvmc").display().to_string();
    let before = std::fs::read(&compiled).expect("written");
    let out = pyvm(&["compile", &compiled], b"");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        format!("{compiled}: error: this is a pyvm bytecode file, not Python source\n")
    );
    assert_eq!(std::fs::read(&compiled).expect("still there"), before);
}

#[test]
fn the_output_never_overwrites_the_source() {
    let dir = scratch("overwrite");
    let path = write(&dir, "odd.pyvmc", b"x = 1\n");
    let out = pyvm(&["compile", &path], b"");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        format!(
            "{path}: error: the bytecode file would overwrite its source; choose another with `-o`\n"
        )
    );
    assert_eq!(std::fs::read(&path).expect("still there"), b"x = 1\n");
}

#[test]
fn an_unwritable_output_fails() {
    let dir = scratch("unwritable");
    let path = write(&dir, "a.py", b"x = 1\n");
    let out = pyvm(&["compile", &path, "-o", "/nonexistent/dir/a.pyvmc"], b"");
    assert_eq!(out.status.code(), Some(1));
    let said = stderr(&out);
    assert!(
        said.starts_with("/nonexistent/dir/a.pyvmc: error: "),
        "{said}"
    );
}

#[test]
fn help_describes_the_commands() {
    let out = pyvm(&["--help"], b"");
    assert!(out.status.success());
    let help = String::from_utf8_lossy(&out.stdout);
    assert!(help.contains("dis") && help.contains("compile"), "{help}");
    let out = pyvm(&["compile", "--help"], b"");
    assert!(String::from_utf8_lossy(&out.stdout).contains("--output"));
}
