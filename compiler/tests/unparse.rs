//! Annotation strings under `from __future__ import annotations`: each
//! annotation in the table is parsed and unparsed, and must give the text
//! CPython 3.11 stores for it. The table was recorded from CPython by
//! `scripts/record_unparse_cases.py` into `unparse_cases/cases.rs`.

use pyvm_ast::Mod;
use pyvm_compiler::unparse::unparse_expr;
use pyvm_parser::Mode;

#[rustfmt::skip]
#[path = "unparse_cases/cases.rs"]
mod cases;

#[test]
fn annotations_unparse_as_cpython_stores_them() {
    let mut failures = Vec::new();
    for &(source, expected) in cases::CASES {
        match pyvm_parser::parse(source, Mode::Eval) {
            Ok(Mod::Expression(tree)) => {
                let got = unparse_expr(&tree.body);
                if got != expected {
                    failures.push(format!(
                        "{source:?}\n  expected {expected:?}\n       got {got:?}"
                    ));
                }
            }
            Ok(_) => unreachable!("eval mode gives an expression"),
            Err(error) => failures.push(format!("{source:?}\n  does not parse: {error}")),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} annotations differ from CPython:\n{}",
        failures.len(),
        cases::CASES.len(),
        failures.join("\n")
    );
}

#[test]
fn table_covers_every_expression_kind() {
    assert!(cases::CASES.len() >= 200);
    for needle in [
        "lambda", " if ", "f'", "b'", "await ", "(yield", " := ", "1e309", "[*",
    ] {
        assert!(
            cases::CASES.iter().any(|(_, text)| text.contains(needle)),
            "no case unparses to {needle:?}"
        );
    }
}
