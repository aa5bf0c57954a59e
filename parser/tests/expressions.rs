//! Expressions: operators and their precedence, comparisons, boolean
//! operators, calls, subscripts and slices, attributes, lambdas,
//! conditional expressions, `:=`, `await` and `yield`, displays and
//! comprehensions. The expected trees are CPython 3.11's, recorded by
//! `scripts/record_parser_snapshots.py` from the sources listed here.

#[macro_use]
mod common;

snapshot_tests! {
    names_and_numbers: Exec, r"x
_private
1
1.5
.5e-3
2j
1.5J
0xff
0o17
0b101
1_000_000
1e10
123456789012345678901234567890
";
    singletons_and_ellipsis: Exec, "True\nFalse\nNone\n...\n";
    unary_operators: Exec, "-a\n+a\n~a\nnot a\n-1\n- -a\nnot not a\n-a ** 2\n";
    arithmetic_precedence: Exec, r"a + b * c - d / e // f % g @ h
(a + b) * c
a - b - c
a ** b ** c
-a ** -b
2 ** -1
";
    bitwise_and_shift_operators: Exec, "a | b ^ c & d << e >> f\n~a & b | c\na << 1 + 2\n";
    comparisons: Exec, r"a < b
a < b <= c > d >= e == f != g
a in b
a not in b
a is b
a is not b
not a == b
a | b < c & d
";
    boolean_operators: Exec, r"a and b
a or b
a and b and c
a or b or c
a and b or c and d
not a or b
(a or b) and c
a and (b and c)
";
    calls_positional_and_keyword: Exec, "f()\nf(a)\nf(a, b)\nf(a=1)\nf(a, b=2, c=3)\nf(a,)\nf(a)(b)\n";
    calls_starred_and_double_starred: Exec, r"f(*args)
f(**kwargs)
f(a, *b, c, *d, e=1, **f)
f(*a, k=1, *b)
f(k=1, **a, j=2, **b)
f(*a, *b, **c, **d)
";
    call_generator_argument: Exec, "f(x for x in y)\nf((x for x in y), z)\nf(x for x in y if x)\n";
    attributes_and_subscripts: Exec, r"a.b
a.b.c
a[b]
a[b][c]
a.b[c].d
a[b, c]
a[()]
a[b := 1]
f().a[0]
";
    slices: Exec, r"a[:]
a[1:]
a[:2]
a[1:2]
a[::3]
a[1:2:3]
a[::]
a[1:2, ::3]
a[b:c, d]
a[-1:]
";
    starred_subscripts: Exec, "a[*b]\na[b, *c]\na[*b, *c]\n";
    lambdas: Exec, r"lambda: 0
lambda x: x
lambda x, y=1, *args, z, w=2, **kw: x
lambda *, k: k
lambda a, /, b: a
lambda a=1, /, b=2: a
lambda *a: a
lambda **k: k
lambda: (yield)
lambda x: lambda y: x + y
";
    conditional_expressions: Exec, r"a if b else c
a if b else c if d else e
(a if b else c) if d else e
lambda: a if b else c
x = a or b if c and d else not e
";
    named_expressions: Exec, r"(x := 1)
f(y := 2)
[y := f(x), y ** 2]
{x := 1, y}
[z for x in y if (z := x)]
(a := (b := c))
";
    await_expressions: Exec, r"async def f():
    await x
    await f(y)
    return await a + await b
    await x ** 2
    -await x
    await (await x)
";
    yield_expressions: Exec, r"def g():
    yield
    yield x
    yield x, y
    yield *a, b
    x = yield
    yield from z
    x = yield from z
    f((yield))
    await_ = (yield)
";
    tuples: Exec, "()\n(a,)\na,\na, b\n(a, b)\n(a, b,)\n((a, b), c)\n";
    lists_sets_dicts: Exec, r"[]
[a]
[a, b,]
{a}
{a, b}
{}
{a: b}
{a: b, c: d,}
[[a], {b: {c}}]
";
    starred_in_displays: Exec, "(*a, b)\n[*a, *b]\n{*a, b}\n{**a, b: c, **d}\n*a, b\n";
    comprehensions: Exec, r"[x for x in y]
{x for x in y}
{k: v for k, v in items}
(x for x in y)
[x for x in y if x if not z]
[x * y for x in a for y in b if x != y]
[x for (a, *b) in c]
[x for x, in y]
";
    nested_comprehensions: Exec, r"[[x for x in row] for row in matrix]
{k: [v for v in vs] for k, vs in d.items()}
[x for x in (y for y in z)]
[(lambda: x) for x in y]
";
    async_comprehensions: Exec, r"async def f():
    [x async for x in y]
    {x async for x in y if await x}
    {k: v async for k, v in y}
    (x async for x in y)
    [await x for x in y]
    [x for y in z async for x in y]
";
    mixed_precedence: Exec, r"not a + b < c and d or e if f else g
a | b and c
-a.b ** c[d]
a + b if c else d * e
lambda: a or b
";
    parenthesized_and_multi_line: Exec, r"(a)
((a))
(a + b) * (c)
(
    a
    + b  # comment
)
f(
    a,
    b=c,
)
x = 1 + \
    2
";
    non_ascii_positions: Exec, "é = ñ + 'ü'\nλ(α, β=γ)\n日本.語[0]\n";
}
