//! Simple statements: expression statements, assignments of every kind,
//! `del`, the import forms, `global`/`nonlocal`, `assert`, `raise`,
//! `return`, `pass`/`break`/`continue`, and how statements share lines.
//! The expected trees are CPython 3.11's, recorded by
//! `scripts/record_parser_snapshots.py` from the sources listed here.

#[macro_use]
mod common;

snapshot_tests! {
    expression_statements: Exec, "a\nf(x)\na.b\n'doc'\n1 + 2\n";
    simple_assignment: Exec, "x = 1\nx = y\nx = f(a)\n";
    chained_assignment: Exec, "x = y = z = 0\na = b, c = d.e = f[g] = 1\n";
    tuple_and_list_targets: Exec, r"a, b = c
(a, b) = c
[a, b] = c
a, (b, c) = d
[a, [b, c]] = d
a, = b
() = x
[] = x
";
    starred_targets: Exec, r"*a, b = c
a, *b = c
[*a] = b
a, *b, c = d
(a, *(b, c)) = d
[a, [b, *c]] = d
";
    attribute_and_subscript_targets: Exec, r"a.b = 1
a[b] = 1
a[1:2] = b
a.b.c[d].e = f
f().a = 1
a[b, c] = d
(a.b, c[d]) = e
";
    assignment_values: Exec, r"x = yield
x = yield from y
x = *a, b
x = a, *b
x = a, b
x = lambda: 0
x = (y := 1)
";
    augmented_assignment: Exec, r"a += 1
a -= 1
a *= 1
a @= 1
a /= 1
a %= 1
a &= 1
a |= 1
a ^= 1
a <<= 1
a >>= 1
a **= 1
a //= 1
";
    augmented_assignment_targets: Exec, "a.b += 1\na[b] -= 1\na[1:] *= 2\nx += yield\nx += 1, 2\n";
    annotated_assignment: Exec, r"x: int
x: int = 1
(x): int = 1
a.b: int
a[b]: int = c
x: list[int] = []
x: tuple = 1, 2
x: int = *a, b
x: int = yield
x: 'str' = f()
";
    delete_statements: Exec, "del a\ndel a, b\ndel a.b, c[d]\ndel (a, b)\ndel [a, b]\ndel a[1:2],\ndel (a), [b, (c)]\n";
    import_statements: Exec, "import a\nimport a.b.c\nimport a as b\nimport a.b as c, d\nimport a, b.c as d\n";
    from_import: Exec, r"from a import b
from a.b import c as d, e
from a import (b, c,)
from a import (
    b as c,
    d,
)
from a import *
";
    relative_imports: Exec, r"from . import a
from .. import b
from .a import b
from ..a.b import c
from ... import c
from ...a import d
from .... import e
from . import (a as b)
";
    global_and_nonlocal: Exec, r"global a
def f():
    global a
    global a, b
    def g():
        nonlocal c
        nonlocal c, d
";
    assert_statements: Exec, "assert a\nassert a, 'message'\nassert (a, b)\nassert not a, f(b)\n";
    raise_statements: Exec, "raise\nraise E\nraise E('x')\nraise E from e\nraise E from None\nraise a.E() from f()\n";
    return_statements: Exec, r"def f():
    return
    return x
    return x, y
    return *a, b
    return (yield)
";
    pass_break_continue: Exec, r"pass
while a:
    break
    continue
for x in y:
    pass; break
";
    semicolons: Exec, "a = 1; b = 2; pass\nx; y;\nimport a; del a\n";
    comments_and_blank_lines: Exec, r"# a comment

x = 1  # trailing comment


    # an indented comment
y = 2
# the end
";
    line_continuations: Exec, r"x = 1 + \
    2
assert \
    a, \
    b
";
    empty_module: Exec, "";
    no_trailing_newline: Exec, "x = 1\ny = 2";
}
