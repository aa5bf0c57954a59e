//! `pyvm tokens` against `python3 -m tokenize` over the installed CPython
//! standard library: same stdout byte for byte, and the same files rejected.
//!
//! CI runs a deterministic sample (every k-th file of the sorted list, at
//! least 500, plus files chosen for their encodings and errors);
//! `PYVM_FULL_DIFF=1` runs every file. Without CPython 3.11 the test says so
//! and is skipped.

mod differential;

use differential::{check, Comparison};

/// Files whose output is known to differ, with the reason. The goal is none.
const KNOWN_DIFFERENCES: &[(&str, &str)] = &[];

/// Files that always join the sample: encodings and `tokenize` failures.
const ALWAYS: &[&str] = &[
    "turtledemo/clock.py",
    "test/tokenizedata/coding20731.py",
    "test/tokenizedata/bad_coding.py",
    "test/tokenizedata/bad_coding2.py",
    "test/encoded_modules/module_iso_8859_1.py",
    "test/encoded_modules/module_koi8_r.py",
    "test/test_source_encoding.py",
    "test/badsyntax_3131.py",
    "test/badsyntax_pep3120.py",
    "test/tokenizedata/badsyntax_3131.py",
    "test/tokenizedata/badsyntax_pep3120.py",
    "test/test_tokenize.py",
    "test/test_unicode_identifiers.py",
    "lib2to3/tests/data/py2_test_grammar.py",
    "lib2to3/tests/data/crlf.py",
    "lib2to3/tests/data/different_encoding.py",
    "lib2to3/tests/data/false_encoding.py",
    "lib2to3/tests/data/bom.py",
    "test/test_fstring.py",
    "test/test_grammar.py",
];

fn run(exact: bool) {
    let label = if exact {
        "tokens differential (-e)"
    } else {
        "tokens differential"
    };
    let comparison = Comparison {
        reference_script: "tokenize_reference.py",
        reference_args: if exact { &["--exact"] } else { &[] },
        pyvm_args: if exact {
            &["tokens", "-e"]
        } else {
            &["tokens"]
        },
    };
    check(label, ALWAYS, KNOWN_DIFFERENCES, &comparison);
}

#[test]
fn tokens_match_cpython_tokenize() {
    run(false);
}

#[test]
fn exact_tokens_match_cpython_tokenize() {
    run(true);
}
