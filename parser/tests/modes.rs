//! The three modes of CPython's `compile()`: `eval` (one expression),
//! `single` (one interactive statement) and `exec` at the edges of a file
//! (empty, no final newline, blank lines, tabs). The expected trees are
//! CPython 3.11's, recorded by `scripts/record_parser_snapshots.py` from the
//! sources listed here.

#[macro_use]
mod common;

snapshot_tests! {
    eval_name: Eval, "x";
    eval_with_newline: Eval, "a + b\n";
    eval_trailing_blank_lines: Eval, "x\n\n\n";
    eval_comment: Eval, "x  # comment\n";
    eval_tuple: Eval, "1, 2";
    eval_parenthesized_multi_line: Eval, "(a +\n b)\n";
    eval_lambda: Eval, "lambda x, *y, **z: (x, y, z)\n";
    eval_comprehension: Eval, "[x for x in range(3) if x]\n";
    eval_named_expression: Eval, "(x := 1)\n";
    eval_call: Eval, "f(a, *b, c=d, **e)\n";
    eval_strings: Eval, "'a' f'{b!r:>3}' 'c'\n";
    eval_conditional: Eval, "a if b else c\n";
    single_expression: Single, "x\n";
    single_without_newline: Single, "x = 1";
    single_simple_statements: Single, "a = 1; b = 2\n";
    single_trailing_comment: Single, "x = 1  # comment\n";
    single_import: Single, "import a, b.c as d\n";
    single_if: Single, "if a:\n    b\nelse:\n    c\n";
    single_with_blank_line: Single, "if a:\n    b\n\n";
    single_for: Single, "for x in y:\n    print(x)\n";
    single_def: Single, "def f(a, /, *, b):\n    return a\n";
    single_decorated_class: Single, "@d\nclass A(B):\n    x = 1\n";
    single_try: Single, "try:\n    a\nexcept E as e:\n    b\nfinally:\n    c\n";
    single_match: Single, "match x:\n    case [a, *_]:\n        pass\n";
    exec_only_comments: Exec, "# just\n# comments\n";
    exec_only_blank_lines: Exec, "\n\n   \n";
    exec_tab_indentation: Exec, "if a:\n\tb\n\tif c:\n\t\td\n";
    exec_form_feed: Exec, "\x0cx = 1\n\x0c\ny = 2\n";
    exec_deep_dedent: Exec, "if a:\n    if b:\n        if c:\n            d\ne\n";
}
