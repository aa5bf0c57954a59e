#!/usr/bin/env python3
"""Record the annotation strings CPython 3.11 stores under PEP 563.

For each expression below, compiles and runs
`from __future__ import annotations\\nx: EXPR\\n` and reads
`__annotations__['x']`: the text of CPython's `Python/ast_unparse.c`.
Writes compiler/tests/unparse_cases/cases.rs, which compiler/tests/unparse.rs
checks `pyvm_compiler::unparse::unparse_expr` against.

The table has hand-written cases by topic, then generated ones: every
binary operator nested in every other on either side, and a set of
low-precedence expressions placed in every position an expression can
take. CPython rejects named expressions, `yield` and `await` directly in an
annotation, but not inside a lambda, so those cases sit in `lambda: …`.
Generated combinations CPython rejects are left out (their count is
printed); a hand-written case it rejects is an error.

Run with CPython 3.11: python3 scripts/record_unparse_cases.py
"""
import pathlib
import sys
import warnings

from rust_literal import rust

assert sys.version_info[:2] == (3, 11)
warnings.simplefilter("ignore")
root = pathlib.Path(__file__).resolve().parent.parent

HAND = [
    # Names and atoms.
    "x", "int", "ñ", "ﬁx", "None", "True", "False", "...", "Ellipsis",
    # Integers (written in decimal).
    "0", "1", "1_000", "0x1F", "0o17", "0b101", "00",
    "9223372036854775807", "9223372036854775808",
    "123456789012345678901234567890123456789",
    "-1", "-9223372036854775809", "+1", "~1",
    # Floats: repr's shortest digits, exponent from 1e16 and below 1e-4.
    "1.0", "1.5", ".5", "1.", "0.0", "0e0", "1e16", "1e15", "123456789012345678.0",
    "1e-4", "1e-5", "0.0001", "0.00001", "1.5e-7", "2.5e+20", "1e22", "1e308",
    "1.7976931348623157e308", "5e-324", "1e-310", "0.1", "0.30000000000000004",
    "3.141592653589793", "1_000.000_1", "-0.0", "-1.5",
    # Infinity is written as too large a literal.
    "1e999", "-1e999", "1e309", "1e999 - 1e999", "float('inf')",
    # Imaginary numbers.
    "1j", "1.5j", "0j", "1e16j", "1e-5j", "1e999j", "-1e999j", "1 + 2j", "1.5 - 0.5j",
    "2j * 3j", "1e999 + 1e999j",
    # Strings: repr picks the quotes and the escapes.
    "''", '""', "'a'", '"a"', "'a\\'b'", "\"a'b\"", "'a\"b'", "'a\\'b\"c'",
    "'\\n\\t\\r\\\\'", "'\\x00\\x1f\\x7f'", "'\\x80\\xa0\\xff'", "'é'", "'\\u00e9'",
    "'\\u200b'", "'\\u2028'", "'\\ufeff'", "'\\U0001F600'", "'\\U000e0001'", "'\\ud800'",
    "'\\udfff'", "'\\N{BULLET}'", "'日本'", "'a' 'b'", "'a' \"'\"", "r'\\d+'", "R'\\n'",
    "'''tri\nple'''", '"""a"b\'c"""', "'\\a\\b\\f\\v'",
    "u'x'", "u'x' 'y'", "'x' u'y'", "u''", "u'\\n'",
    # Bytes.
    "b''", "b'a'", "b'\\x00\\xff'", "b\"'\"", "b'\"'", "b'\\'\"'", "b'\\n\\t\\r\\\\'",
    "br'\\d'", "b'a' b'b'", "b'\\x7f\\x80'",
    # Attribute access; an int needs a space before the dot.
    "a.b", "a.b.c", "1 .real", "(1).real", "1.0.real", "1.5.imag", "1j.imag",
    "(1e999).real", "True.real", "None.x", "'s'.join", "b'x'.hex", "(-1).real",
    "(1, 2).count", "[].x", "{}.x", "(x for x in y).z", "(a + b).c", "(-a).b",
    "f().b", "a[1].b", "(a if b else c).d", "(lambda: 1).x", "(a, b).c", "...",
    "(...).x", "(0x10).real", "(1_0).real",
    # Calls.
    "f()", "f(a)", "f(a, b)", "f(*a)", "f(**a)", "f(a, *b, c=1, **d)", "f(*a, *b)",
    "f(**a, **b)", "f(a=1, *b)", "f(x for x in y)", "f((x for x in y), 1)",
    "f(1, (x for x in y))", "f(a=(x for x in y))", "f(*(x for x in y))",
    "f((x for x in y))", "f(*(a or b))", "f(**(a or b))", "f(**(a if b else c))",
    "f(*(a, b))", "f(*a.b)", "f(*-a)", "f(a)(b)", "f.g(h)", "(lambda: 1)()",
    "(a + b)()", "(a)(b)", "a.b[c](d)", "f(x=1)", "f(x=lambda: 1)", "f(lambda: 1)",
    "f(a if b else c)", "f((a, b))", "f(())", "f((a,))", "f(-a)", "f(not a)",
    "1()", "'a'()", "(1).f()", "f(*[])", "f(**{})",
    # Subscripts and slices.
    "a[1]", "a[b]", "a[1:2]", "a[:]", "a[::]", "a[1:]", "a[:2]", "a[::2]",
    "a[1:2:3]", "a[1::3]", "a[:2:3]", "a[1:2, ::3]", "a[1, 2]", "a[(1, 2)]", "a[()]",
    "a[1,]", "a[(1,)]", "a[*b]", "a[*b, c]", "a[b, *c]", "tuple[*Ts]",
    "tuple[int, *Ts]", "tuple[*tuple[int, ...]]", "a[b][c]", "a[b:c][d]",
    "a[lambda: 1]", "a[(lambda: 1):2]", "a[x if y else z]", "a[[1, 2]]",
    "a[{1: 2}]", "a[...]", "a[..., 1]", "a[a:b, c]", "a[(a, b), c]", "a[a:b:c, d:e]",
    "a[-1]", "a[-1:]", "a[::-1]", "a[a or b:c and d]", "a[not b]", "a[b < c]",
    "a[(b, c):d]", "a[b:(c, d)]", "a[*b, *c]", "dict[str, list[int]]",
    "Callable[[int, str], None]", "Callable[..., int]", "Literal['a', \"b'\"]",
    "a[b][c:d][e]",
    # Displays.
    "{}", "{1: 2}", "{1: 2, 3: 4}", "{1: 2, **a}", "{**a, **b}", "{**(a or b)}",
    "{**(a | b)}", "{**(a < b)}", "{**-a}", "{**a.b}", "{1}", "{1, 2}", "{*a, *b}",
    "{(1, 2)}", "[]", "[1]", "[1, 2]", "[*a, b]", "[*(a | b)]", "[*(a or b)]",
    "[*-a]", "[*a.b]", "()", "(1,)", "(1, 2)", "(1, (2, 3))", "((1,),)", "(*a,)",
    "(*a, *b)", "((),)", "[(1, 2)]", "{(1, 2): (3, 4)}", "[[]]", "{a: b for a in c}",
    "[a, [b, [c]]]", "(a, b, c)", "[lambda: 1, lambda: 2]", "{(lambda: 1): 2}",
    "{1: lambda: 2}", "{a if b else c: d}", "[a if b else c]", "(a if b else c,)",
    "{a or b}", "[(a, b)]", "[*(a, b)]", "(*(a, b),)",
    # Comprehensions.
    "[x for x in y]", "[x for x, y in z]", "[x for (x, y) in z]", "[x for [x, y] in z]",
    "[x for (x,) in z]", "[x for x.a in z]", "[x for x[0] in z]", "[x for *x, y in z]",
    "{x for x in y if a if b}", "{k: v for k, v in d.items()}", "(x for x in y)",
    "[x for x in y for z in x]", "[x for x in y if a for z in x if b]",
    "[x async for x in y]", "[x for x in y async for z in x]", "[await x for x in y]",
    "[x for x in (lambda: y)]", "[x for x in (a if b else c)]",
    "[x for x in y if (lambda: 1)]", "[x for x in y if (a if b else c)]",
    "[x for x in y if a or b]", "[x for x in y if not a]", "[(x, y) for x in y]",
    "[(lambda: x) for x in y]", "[x for x in (y, z)]", "[x for x in [y, z]]",
    "{x: (y for y in x) for x in z}", "((x, y) for x, y in z)", "[x for x in a or b]",
    "[x for x in -a]", "[[y for y in x] for x in z]",
    # Unary and power.
    "-a", "+a", "~a", "not a", "--a", "-+~a", "not not a", "not -a", "-(not a)",
    "-(a + b)", "-a * b", "-(a * b)", "-a ** b", "(-a) ** b", "a ** -b", "a ** ~b",
    "a ** (not b)", "-1 ** 2", "(-1) ** 2", "2 ** -1", "2 ** 3 ** 4", "(2 ** 3) ** 4",
    "-(-1)", "-(1)", "~-a", "-a.b", "-a[b]", "-f()", "(-a).b", "(-a)[b]", "(-a)()",
    "-(a ** b)", "(-a) ** -b", "a ** (b ** c)", "a ** b ** -c", "(a ** b).c",
    "not a == b", "(not a) == b", "a == (not b)", "not (a and b)", "not a and b",
    "-(1e999)", "-1e999j", "-(1j)", "+1.5",
    # Binary operators: spacing and associativity.
    "a + b", "a - b", "a * b", "a @ b", "a / b", "a % b", "a // b", "a ** b",
    "a << b", "a >> b", "a | b", "a ^ b", "a & b", "a - b - c", "a - (b - c)",
    "a / b * c", "a / (b * c)", "a << b << c", "a << (b << c)", "a + b * c",
    "(a + b) * c", "a | b & c", "(a | b) & c", "a ^ b | c", "a ^ (b | c)",
    "int | str | None", "list[int] | None", "'a' % (b,)", "'a' + 'b'",
    # Comparisons.
    "a == b", "a != b", "a < b", "a <= b", "a > b", "a >= b", "a is b", "a is not b",
    "a in b", "a not in b", "a < b < c", "a < b == c", "(a < b) < c", "a < (b < c)",
    "a < b | c", "(a < b) | c", "a == b and c", "a == (b and c)", "a < -b",
    "(a == b) == c", "a is not None", "a not in (b, c)",
    # Boolean operators.
    "a and b", "a or b", "a and b and c", "a or b or c", "a and b or c",
    "a and (b or c)", "(a or b) and c", "a or b and c", "(a and b) and c",
    "a and (b and c)", "(a or b) or c", "not a or not b", "a or (b if c else d)",
    "(lambda: a) or b", "a or (lambda: b)",
    # Conditional expressions and lambdas.
    "a if b else c", "a if b else c if d else e", "(a if b else c) if d else e",
    "a if (b if c else d) else e", "lambda: a if b else c", "(lambda: a) if b else c",
    "a if b else (lambda: c)", "a if (lambda: b) else c", "a if b or c else d",
    "(a, b) if c else (d, e)", "lambda: 0", "lambda x: x", "lambda x, y=1: x",
    "lambda *a: 0", "lambda *a, b: 0", "lambda *, b=1: 0", "lambda **k: 0",
    "lambda a, /, b: 0", "lambda a=1, /, b=2, *c, d, e=3, **f: 0", "lambda a, /: 0",
    "lambda a, b, /: 0", "lambda *, a, b=2, c: 0", "lambda x=(lambda: 1): x",
    "lambda x=(a if b else c): x", "lambda x=(a, b): x", "lambda: lambda: 0",
    "lambda: (a, b)", "lambda: (yield)", "lambda: (yield x)", "lambda: (yield from x)",
    "lambda: (yield a, b)", "lambda: (yield (a, b))", "lambda: (x := 1)",
    "lambda: f((yield))", "lambda: (yield) + 1", "lambda: [(yield)]",
    "lambda: await x", "lambda: (await x) ** 2", "lambda: -await x",
    "lambda: (await x).y", "lambda: await x.y", "lambda: await x()", "lambda: await (-x)",
    "lambda: await (a + b)", "lambda: (await x)[0]",
    "lambda: f(await x)", "lambda: [await x]", "lambda: (await x) + 1",
    "lambda: not await x", "lambda: (a := b) + c", "lambda: (a := b + c)",
    "lambda: (a := (b := c))", "lambda: f(a := 1)", "lambda: [a := 1]",
    "lambda: a[b := 1]", "lambda: a[(b := 1)]", "lambda: a[b := 1, c]",
    "lambda: (a := 1,)", "lambda: ((a := 1), b)", "lambda: (a := lambda: 1)",
    "lambda: (a := (lambda: 1))", "lambda: (a := -1)", "lambda: {(a := 1)}",
    "lambda: {(a := 1): 2}", "lambda: f'{(a := 1)}'", "lambda: (a := 1).b",
    "lambda: not (a := 1)", "[(y := 1) for _ in z]", "lambda: (x := [y for y in z])",
    # f-strings: the body is built, then repr() quotes it.
    "f''", "f'abc'", "f'{x}'", "f'{x!r}'", "f'{x!s}'", "f'{x!a}'", "f'{x:>10}'",
    "f'{x!r:>{w}}'", "f'{x:{w}.{p}f}'", "f'{x:{{}}}'", "f'{{}}'", "f'{{x}}'",
    "f'{ {a: 1} }'", "f'{ {1, 2} }'", "f'{ {x for x in y} }'", "f'{[1, 2]}'",
    "f'{(1, 2)}'", "f'{a, b}'", "f'{(lambda: 1)}'", "f'{a if b else c}'",
    "f'{x=}'", "f'{x=!s}'", "f'{x=:>10}'", "f'{x = }'", "f'a{x}b{y}c'",
    "f'{x}' f'{y}'", "'a' f'{x}' 'b'", "f'{\"a\"}'", "f\"{'a'}\"", "f'{a[\"b\"]}'",
    "f'''{a['b']}\"'''", "f'\\n{x}'", "f'\\\\{x}'", "f'{x}\\t'", "f'{f\"{x}\"}'",
    "f'{x:{\"a\"}}'", "f'{x:%Y-%m-%d}'", "f'{x!r:^{w}.{p}}'", "f'{3.14:.2f}'",
    "f'{1e999}'", "f'{x:\\\\n}'", "f'{x}é'", "f'\\u200b{x}'", "f'{x}' 'a{'",
    "rf'\\d{x}'", "fr'{x}\\n'", "f'{x:}'", "f'{x:{y}}'", "f'{x:a{y}b}'", "f'{a}{b}'",
    "f'{ a }'", "f'{*a,}'", "f'{a!r:{b!r}}'", "f'{x!r:}'",
    "f'{a}' \"'\"", "f'\\'{x}'", "f'\"{x}'", "f'\\'\"{x}'",
    "f'{x}' '\\ud800'", "f'{-x}'", "f'{not x}'", "f'{x or y}'", "f'{x < y}'",
    "f'{x!r}' 'b'", "f'{x:{y!r:>3}}'", "f'{(x, y)}'", "f'{x,}'", "f'{b\"x\"}'",
    "f'{u\"x\"}'", "f'{...}'", "f'{1 .real}'", "f'{[x for x in y]}'", "f'{f(x)}'",
    "f'{x}'.join", "f'{x}'[0]", "f'{x}' + 'y'", "lambda: f'{(yield)}'",
    "lambda: f'{await x}'", "f'{(lambda x: x)(1)}'",
    "f'{ {} }'", "f'{ {**a} }'", "f'{x:{ {} }}'",
    # Mixed.
    "list[int]", "dict[str, 'A']", "'A'", "Optional['B']", "typing.List[int]",
    "a.b[c:d, e].f(g)[h]", "(a, b)[0]", "[a, b][0]", "a[b]()", "a @ b @ c",
    "(a if b else c, d)", "((a, b), c)", "(a, (b, c))",
]

# Generated: every binary operator inside every other, on both sides.
BINARY = ["+", "-", "*", "@", "/", "%", "//", "**", "<<", ">>", "|", "^", "&"]
GENERATED = []
for inner in BINARY:
    for outer in BINARY:
        GENERATED.append(f"(a {inner} b) {outer} c")
        GENERATED.append(f"a {outer} (b {inner} c)")

# Generated: low-precedence expressions (and a few atoms) in every position.
INNER = [
    "a, b", "a,", "lambda: 1", "lambda x: x", "a if b else c", "a or b", "a and b",
    "not a", "a < b", "a | b", "a ^ b", "a & b", "a << b", "a + b", "a * b", "-a",
    "a ** b", "a.b", "a[b]", "a()", "[a]", "1", "'s'", "x for x in y",
    "x := 1", "yield a", "yield from a", "await a",
]
CONTEXTS = [
    "HOLE", "f(HOLE)", "f(x, HOLE)", "f(k=HOLE)", "f(*HOLE)", "f(**HOLE)", "HOLE()",
    "HOLE.attr", "HOLE[i]", "a[HOLE]", "a[HOLE, b]", "a[HOLE:b]", "a[b:HOLE]",
    "a[::HOLE]", "[HOLE]", "[HOLE, a]", "(HOLE, a)", "{HOLE}", "{HOLE: a}",
    "{a: HOLE}", "{**HOLE}", "[*HOLE]", "[x for x in HOLE]", "[x for x in y if HOLE]",
    "[HOLE for x in y]", "[x for HOLE in y]", "{HOLE: v for k in y}", "f'{HOLE}'",
    "f'{a:{HOLE}}'", "-HOLE", "not HOLE", "HOLE ** a", "a ** HOLE", "HOLE + a",
    "a - HOLE", "HOLE < a", "a < HOLE < b", "HOLE and a", "a or HOLE",
    "HOLE if a else b", "a if HOLE else b", "a if b else HOLE", "lambda: HOLE",
    "lambda x=HOLE: x", "await HOLE", "(yield HOLE)", "HOLE | a", "a & HOLE",
    "a * HOLE", "HOLE // a",
]
for context in CONTEXTS:
    for inner in INNER:
        case = context.replace("HOLE", f"({inner})")
        if any(word in case for word in (":=", "yield", "await")):
            case = f"lambda: {case}"
        GENERATED.append(case)


def stored(expr):
    """The string CPython stores for the annotation `expr`, or None."""
    source = f"from __future__ import annotations\nx: {expr}\n"
    namespace = {}
    try:
        exec(compile(source, "<annotation>", "exec"), namespace)
    except SyntaxError:
        return None
    return namespace["__annotations__"]["x"]


rows = []
seen = set()
for expr in HAND:
    if expr in seen:
        continue
    seen.add(expr)
    text = stored(expr)
    if text is None:
        sys.exit(f"not a valid annotation: {expr!r}")
    rows.append(f"    ({rust(expr)}, {rust(text)}),")
rejected = 0
for expr in GENERATED:
    if expr in seen:
        continue
    seen.add(expr)
    text = stored(expr)
    if text is None:
        rejected += 1
        continue
    rows.append(f"    ({rust(expr)}, {rust(text)}),")

(root / "compiler/tests/unparse_cases").mkdir(exist_ok=True)
(root / "compiler/tests/unparse_cases/cases.rs").write_text(
    "//! Generated by scripts/record_unparse_cases.py from CPython 3.11; do not\n"
    "//! edit. (annotation source, the string CPython stores for it under\n"
    "//! `from __future__ import annotations`).\n\n"
    "pub(super) const CASES: &[(&str, &str)] = &[\n" + "\n".join(rows) + "\n];\n"
)
print(len(rows), "cases;", rejected, "generated combinations rejected by CPython")
