//! The `pyvm tokens` command line: standard input, JSON, errors, help.

use std::io::Write;
use std::process::{Command, Output, Stdio};

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

/// Recorded from `printf 'if x:\r\n  y = "é"\n' | python3 -m tokenize`:
/// standard input has no ENCODING token and keeps `\r\n`.
#[test]
fn standard_input_matches_cpython() {
    let expected = concat!(
        "1,0-1,2:            NAME           'if'           \n",
        "1,3-1,4:            NAME           'x'            \n",
        "1,4-1,5:            OP             ':'            \n",
        "1,5-1,7:            NEWLINE        '\\r\\n'         \n",
        "2,0-2,2:            INDENT         '  '           \n",
        "2,2-2,3:            NAME           'y'            \n",
        "2,4-2,5:            OP             '='            \n",
        "2,6-2,9:            STRING         '\"é\"'          \n",
        "2,9-2,10:           NEWLINE        '\\n'           \n",
        "3,0-3,0:            DEDENT         ''             \n",
        "3,0-3,0:            ENDMARKER      ''             \n",
    );
    let out = pyvm(&["tokens", "-"], "if x:\r\n  y = \"é\"\n".as_bytes());
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), expected);
}

#[test]
fn json_gives_one_object_per_token() {
    let out = pyvm(&["tokens", "--json", "-"], b"x = (1)\n");
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    let rows: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON object per line"))
        .collect();
    // Standard input has no ENCODING token: x = ( 1 ) NEWLINE ENDMARKER.
    assert_eq!(rows.len(), 7);
    assert_eq!(rows[1]["type"], "OP");
    assert_eq!(rows[2]["exact_type"], "LPAR");
    assert_eq!(rows[2]["start"], serde_json::json!([1, 4]));
    assert_eq!(rows[3]["string"], "1");
}

/// `python3 -m tokenize` also rejects this file ("EOF in multi-line
/// statement", exit status 1); pyvm gives CPython's compiler message.
#[test]
fn unclosed_bracket_fails_with_short_error() {
    let out = pyvm(&["--error-format=short", "tokens", "-"], b"x = (1,\n");
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "<stdin>:1:5: error: '(' was never closed\n"
    );
}

#[test]
fn missing_file_fails() {
    let out = pyvm(&["tokens", "/nonexistent/pyvm-test.py"], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("No such file"));
}

#[test]
fn help_describes_the_commands() {
    let out = pyvm(&["--help"], b"");
    assert!(out.status.success());
    let help = String::from_utf8_lossy(&out.stdout);
    assert!(help.contains("tokens") && help.contains("--error-format"));
    let out = pyvm(&["tokens", "--help"], b"");
    assert!(String::from_utf8_lossy(&out.stdout).contains("--exact"));
}
