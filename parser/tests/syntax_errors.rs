//! Syntax errors: message, exception class and position as CPython 3.11
//! reports them. The programs are listed here; their expected errors were
//! recorded from CPython's `compile()` by `scripts/record_syntax_errors.py`
//! into `syntax_errors/cases.rs`.

use pyvm_source::SourceFile;

#[rustfmt::skip]
#[path = "syntax_errors/cases.rs"]
mod cases;

/// The bad programs, one per line (the recording script reads this list).
#[rustfmt::skip]
const PROGRAMS: &[&str] = &[
    "x = = 1\n",
    "1 +\n",
    "def\n",
    "x = (1, 2\n",
    "x = [1,\n 2,\n",
    "foo(a, b\n",
    "x = 1)\n",
    "x = (1]\n",
    "x = {1: (2]}\n",
    "x = [1,\n(2]\n",
    "if x\n    pass\n",
    "while x\n    pass\n",
    "for x in y\n    pass\n",
    "def f()\n    pass\n",
    "class A\n    pass\n",
    "try\n    pass\nexcept:\n    pass\n",
    "with x\n    pass\n",
    "if x:\n    pass\nelse\n    pass\n",
    "if x:\n    pass\nelif y\n    pass\n",
    "[1 2]\n",
    "f(a b)\n",
    "(x y)\n",
    "{a b}\n",
    "x = [a, b c]\n",
    "if x:\npass\n",
    "for x in y:\npass\n",
    "while x:\npass\n",
    "def f():\npass\n",
    "class A:\npass\n",
    "try:\npass\n",
    "with x:\npass\n",
    "if x:\n    pass\nelse:\npass\n",
    "if x:\n    pass\nelif y:\npass\n",
    "try:\n    pass\nexcept E:\npass\n",
    "try:\n    pass\nfinally:\npass\n",
    "async def f():\npass\n",
    "1 = x\n",
    "(1, 2) = x\n",
    "f() = 1\n",
    "a + 1 = 2\n",
    "True = 1\n",
    "None = 1\n",
    "x = 1 = 2\n",
    "(a := 1) = 2\n",
    "[x for x in y] = 1\n",
    "del f()\n",
    "del 1\n",
    "del a + b\n",
    "a, b += 1\n",
    "f() += 1\n",
    "a, b: int\n",
    "if x = 1:\n    pass\n",
    "while x = 1:\n    pass\n",
    "f(x for x in y, 1)\n",
    "f(1, x for x in y)\n",
    "f(a=1, b)\n",
    "f(**a, b)\n",
    "f(**a, *b)\n",
    "def f(a=1, b):\n    pass\n",
    "def f(*):\n    pass\n",
    " x = 1\n",
    "if x:\n    a\n  b\n",
    "if x:\n        a\n    b\n",
    "f\"{x\"\n",
    "f\"{}\"\n",
    "f\"}\"\n",
    "f\"{x!z}\"\n",
    "b\"a\" \"b\"\n",
    "x = \"abc\n",
    "x = '''abc\n",
    "x = 1 $ 2\n",
    "x = 0777\n",
    "x = 1__0\n",
    "x = €\n",
    "print \"hello\"\n",
    "from a import b,\n",
    "import a.\n",
    "x = (1 for x in y) = 2\n",
    "lambda x: (yield) = 1\n",
    "def f(x, x):\n    pass\nf(**)\n",
    "a.b = 1 = 2\n",
    "x = 1 if y\n",
    "x = yield = 1\n",
    "x +\n",
    "class A(:\n    pass\n",
    "for in x:\n    pass\n",
    "import\n",
    "from x import\n",
    "x[1:2:3:4]\n",
    "try:\n    pass\nexcept*:\n    pass\n",
    "try:\n    pass\nexcept*\n    pass\n",
    "try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n",
    "try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError as e:\n    pass\n",
    "try:\n    pass\nexcept* ValueError:\n    pass\nexcept:\n    pass\n",
    "try:\n    pass\nexcept ValueError:\n    pass\nexcept*:\n    pass\n",
    "try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError as e\n    pass\n",
    "try:\n    pass\nexcept ValueError, TypeError:\n    pass\n",
    "try:\n    pass\nexcept* ValueError, TypeError as e:\n    pass\n",
    "match 1:\n case 1 as _: pass\n",
    "match 1:\n case 1 as (a): pass\n",
    "match 1:\n case [1 | 2 as 5]: pass\n",
    "match 1:\n case {**r, 'a': 1}: pass\n",
    "match 1:\n case {**_}: pass\n",
    "match 1:\n case 1 + 1: pass\n",
    "match 1:\n case -1j + 1j: pass\n",
    "match 1:\n case C(1, a=1, 2, 3, b=3, 4): pass\n",
];

/// The first error pyvm reports for `source`: class, message, line,
/// 1-based column in characters.
fn error_of(source: &str) -> (&'static str, String, u32, u32) {
    let error = pyvm_parser::parse_module(source).expect_err("a syntax error");
    let file = SourceFile::new("<test>", source);
    let at = file.line_col_chars(error.span.start);
    (
        error.kind.exception_class().name(),
        error.kind.to_string(),
        at.line,
        at.column + 1,
    )
}

#[test]
fn every_program_has_a_recorded_error() {
    assert_eq!(
        cases::CASES.len(),
        PROGRAMS.len(),
        "re-run scripts/record_syntax_errors.py"
    );
    assert!(cases::CASES.len() >= 60);
}

#[test]
fn errors_match_cpython() {
    let mut failures = Vec::new();
    for &(source, class, message, line, offset) in cases::CASES {
        let expected = (class, message.to_string(), line, offset);
        let actual = error_of(source);
        if actual != expected {
            failures.push(format!(
                "{source:?}\n   CPython: {expected:?}\n   pyvm:    {actual:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} differ:\n{}",
        failures.len(),
        cases::CASES.len(),
        failures.join("\n")
    );
}
