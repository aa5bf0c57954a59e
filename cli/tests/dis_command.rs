//! The `pyvm dis` command line: source files, `-c`, standard input,
//! bytecode files (good and malformed), and source that does not compile.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use pyvm_bytecode::{disassemble, save, CodeObject, ConstIdx, Constant, Instruction, Location};
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
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("dis_command-{test}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create a scratch directory");
    dir
}

fn write(dir: &std::path::Path, name: &str, bytes: &[u8]) -> String {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write a test file");
    path.display().to_string()
}

/// What the library disassembles `source`, named `name`, to.
fn library_dis(name: &str, source: &str) -> String {
    let file = SourceFile::new(name, source);
    let code = compile_source(&file, Mode::Exec, &CompileOptions::default()).expect("compiles");
    disassemble(&code)
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("UTF-8 output")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A program with a nested code object, a loop and a handler.
const PROGRAM: &str = "\
import sys

def greet(name, *, punctuation='!'):
    try:
        return 'Hello, ' + name + punctuation
    except TypeError:
        return None

for arg in sys.argv[1:]:
    print(greet(arg))
";

#[test]
fn a_source_file_shows_the_compiled_module() {
    let dir = scratch("source");
    let path = write(&dir, "greet.py", PROGRAM.as_bytes());
    let out = pyvm(&["dis", &path], b"");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(out.stderr.is_empty());
    assert_eq!(stdout(&out), library_dis(&path, PROGRAM));
}

/// `python3 -m dis` prints `RESUME` and byte offsets; pyvm has no
/// `RESUME` and counts instructions. The rest is CPython's layout.
#[test]
fn a_simple_module_in_the_layout_of_python_dis() {
    let out = pyvm(&["dis", "-c", "x = 1\n"], b"");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        concat!(
            "  1           0 LOAD_CONST               0 (1)\n",
            "              1 STORE_NAME               0 (x)\n",
            "              2 LOAD_CONST               1 (None)\n",
            "              3 RETURN_VALUE\n",
        )
    );
}

#[test]
fn code_given_with_c_is_named_string() {
    let source = "def f(a):\n    return a + 1\n";
    let out = pyvm(&["dis", "-c", source], b"");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert_eq!(text, library_dis("<string>", source));
    assert!(
        text.contains("Disassembly of <code object f at 0x1, file \"<string>\", line 1>:"),
        "{text}"
    );
}

#[test]
fn standard_input_is_read_for_a_dash() {
    let source = "print('hi')\n";
    let out = pyvm(&["dis", "-"], source.as_bytes());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out), library_dis("<stdin>", source));
}

#[test]
fn file_and_c_are_exclusive_and_one_is_needed() {
    let out = pyvm(&["dis"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("required"), "{}", stderr(&out));
    let out = pyvm(&["dis", "-c", "pass", "x.py"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("cannot be used with"),
        "{}",
        stderr(&out)
    );
}

/// `python3 -c 'return 1'`: SyntaxError: 'return' outside function, at
/// line 1, offset 1.
#[test]
fn return_outside_function_is_cpythons_error() {
    let out = pyvm(&["--error-format=short", "dis", "-c", "return 1"], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    assert_eq!(
        stderr(&out),
        "<string>:1:1: error: 'return' outside function\n"
    );
}

/// `python3 -c 'nonlocal x'`: an error of the symbol table pass.
#[test]
fn nonlocal_at_module_level_is_cpythons_error() {
    let out = pyvm(&["--error-format=short", "dis", "-c", "nonlocal x"], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    assert_eq!(
        stderr(&out),
        "<string>:1:1: error: nonlocal declaration not allowed at module level\n"
    );
}

#[test]
fn a_syntax_error_is_shown_richly_or_short() {
    let dir = scratch("syntax");
    let path = write(&dir, "bad.py", b"x = (1,\n");
    let out = pyvm(&["--error-format=short", "dis", &path], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    assert_eq!(
        stderr(&out),
        format!("{path}:1:5: error: '(' was never closed\n")
    );
    let out = pyvm(&["dis", &path], b"");
    assert_eq!(out.status.code(), Some(1));
    let rich = stderr(&out);
    assert!(rich.contains("'(' was never closed"), "{rich}");
    assert!(rich.contains("x = (1,"), "{rich}");
}

/// `compile(b'# coding: uft-8\n', …)`: SyntaxError: unknown encoding: uft-8.
#[test]
fn an_unknown_encoding_is_cpythons_error() {
    let dir = scratch("encoding");
    let path = write(&dir, "coding.py", b"# coding: uft-8\nx = 1\n");
    let out = pyvm(&["dis", &path], b"");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        format!("{path}: error: unknown encoding: uft-8\n")
    );
}

#[test]
fn a_missing_file_fails() {
    let out = pyvm(&["dis", "/nonexistent/pyvm-test.py"], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("No such file"), "{}", stderr(&out));
}

/// `print("hi")` built by hand, so these tests do not depend on codegen.
fn hand_made_code() -> CodeObject {
    let mut code = CodeObject::new("<module>", "hi.py", 1);
    code.consts = vec![Constant::None];
    code.instructions = vec![
        Instruction::LoadConst { value: ConstIdx(0) },
        Instruction::ReturnValue,
    ];
    code.locations = vec![Location::new(1, 0, 1, 11); 2].into();
    code.max_stack_depth = 1;
    code
}

fn hand_made_file() -> Vec<u8> {
    save(
        &hand_made_code(),
        pyvm_bytecode::SourceStamp::hash_of(b"None\n"),
    )
}

/// Where `needle` starts in `haystack`.
fn find(haystack: &[u8], needle: &[u8]) -> usize {
    haystack
        .windows(needle.len())
        .position(|w| w == needle)
        .expect("the bytes are in the file")
}

#[test]
fn a_bytecode_file_is_recognised_by_its_magic_number() {
    let dir = scratch("magic");
    let expected = disassemble(&hand_made_code());
    for name in ["hi.pyvmc", "hi.bin", "hi.py"] {
        let path = write(&dir, name, &hand_made_file());
        let out = pyvm(&["dis", &path], b"");
        assert_eq!(out.status.code(), Some(0), "{name}: {}", stderr(&out));
        assert_eq!(stdout(&out), expected, "{name}");
    }
    let out = pyvm(&["dis", "-"], &hand_made_file());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out), expected);
}

/// Runs `pyvm dis` on `bytes` saved as `name` and returns what it says.
fn dis_error(dir: &std::path::Path, name: &str, bytes: &[u8]) -> (String, String) {
    let path = write(dir, name, bytes);
    let out = pyvm(&["dis", &path], b"");
    assert_eq!(out.status.code(), Some(1), "{name}: {}", stderr(&out));
    assert!(out.stdout.is_empty(), "{name}");
    (path, stderr(&out))
}

#[test]
fn a_malformed_bytecode_file_is_an_error_naming_the_problem() {
    let dir = scratch("malformed");
    let good = hand_made_file();
    // The instructions: count 2, LOAD_CONST (opcode 6) 0, RETURN_VALUE (64).
    let instructions = find(&good, &[2, 6, 0, 64]);

    let mut cases: Vec<(&str, Vec<u8>, String)> = vec![
        (
            "truncated.pyvmc",
            good[..20].to_vec(),
            "truncated file at byte 16 (reading source stamp)".to_string(),
        ),
        ("empty.pyvmc", Vec::new(), "bad magic number".to_string()),
        (
            "text.pyvmc",
            b"print('hi')\n".to_vec(),
            "bad magic number".to_string(),
        ),
    ];
    let mut version = good.clone();
    version[8] = 99;
    cases.push((
        "version.pyvmc",
        version,
        "unsupported format version 99 (this pyvm reads version 1)".to_string(),
    ));
    let mut trailing = good.clone();
    trailing.push(0);
    cases.push((
        "trailing.pyvmc",
        trailing,
        format!(
            "trailing data after code object (1 byte at byte {})",
            good.len()
        ),
    ));
    let mut opcode = good.clone();
    opcode[instructions + 3] = 200;
    cases.push((
        "opcode.pyvmc",
        opcode,
        format!("unknown opcode 200 at byte {}", instructions + 3),
    ));
    let mut index = good.clone();
    index[instructions + 2] = 5;
    cases.push((
        "index.pyvmc",
        index,
        "constant index 5 out of range (1 constants) in instruction 0 of \
         <code object <module>, file \"hi.py\", line 1>"
            .to_string(),
    ));
    let mut cut = good.clone();
    cut.truncate(good.len() - 1);
    cases.push((
        "cut.pyvmc",
        cut,
        format!(
            "truncated file at byte {} (reading exception table)",
            good.len() - 1
        ),
    ));

    for (name, bytes, message) in cases {
        let (path, said) = dis_error(&dir, name, &bytes);
        assert_eq!(
            said,
            format!("{path}: error: invalid bytecode file: {message}\n"),
            "{name}"
        );
    }
}

/// Every proper prefix of a good file is an error, never a crash.
#[test]
fn every_truncation_is_an_error() {
    let dir = scratch("truncations");
    let good = hand_made_file();
    for len in 0..good.len() {
        let (path, said) = dis_error(&dir, "cut.pyvmc", &good[..len]);
        let prefix = format!("{path}: error: invalid bytecode file: ");
        assert!(said.starts_with(&prefix), "{len} bytes: {said}");
    }
}
