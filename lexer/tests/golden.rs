//! Golden tests: each `golden/NAME.py` lexes to exactly `golden/NAME.tokens`,
//! which is what `python3 -m tokenize -e` printed for it (re-record with
//! `scripts/record_golden_tokens.sh`).

use std::path::Path;

use pyvm_lexer::dump::{format_table, token_rows};
use pyvm_lexer::encoding::{decode_source, Mode};
use pyvm_source::SourceFile;

fn check(name: &str) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let bytes = std::fs::read(dir.join(format!("{name}.py"))).expect("golden source");
    let expected =
        std::fs::read_to_string(dir.join(format!("{name}.tokens"))).expect("golden tokens");
    let decoded = decode_source(&bytes, Mode::Tokenize, &format!("{name}.py"))
        .expect("golden sources decode");
    let file = SourceFile::new(format!("{name}.py"), decoded.text);
    let lexed = pyvm_lexer::tokenize_with(file.text(), pyvm_lexer::Dialect::TokenizeModule);
    assert!(lexed.fatal_error().is_none(), "{name}: {:?}", lexed.errors);
    let actual = format_table(&token_rows(&file, &lexed, Some(&decoded.encoding)), true);
    if actual != expected {
        let first = actual
            .lines()
            .zip(expected.lines())
            .position(|(a, e)| a != e);
        panic!("{name}: differs from CPython at row {first:?}\n--- pyvm\n{actual}\n--- CPython\n{expected}");
    }
}

macro_rules! golden {
    ($($name:ident),* $(,)?) => {
        $(#[test] fn $name() { check(stringify!($name)); })*
    };
}

golden!(
    bom,
    brackets,
    comment_last_line,
    cp1252,
    crlf,
    empty,
    formfeed,
    indentation,
    latin1,
    names,
    no_final_newline,
    numbers,
    operators,
    recovery,
    strings,
    whitespace_last_line,
);
