#!/usr/bin/env python3
"""Record what CPython 3.11's AST optimiser folds, for the compiler's
constant-folding table.

For each expression E in CASES below, compiles `x = (E)` with CPython and
reads the bytecode. 3.11 has no way to get the optimised AST from Python
(ast.parse does not optimise), but the code of `x = (E)` shows it: when it
is `LOAD_CONST c; STORE_NAME x; LOAD_CONST None; RETURN_VALUE`, E was
folded to c. Otherwise E was not (entirely) folded, and the code object's
constants show what was folded inside it (`x + (1 + 2)` loads 3), and its
FORMAT_VALUE instructions show `%`-formats rewritten into f-strings.

The compiler's own later passes could fake a fold: they fold jumps on
constant conditions (so no `if`-expression or `and`/`or` may be in a folded
case; the script refuses one) and build lists, sets and dicts of constants
from tuples (so those, keyword calls and comprehensions make the constant
list incomparable, recorded as None). A list or set as the last operand of
`in`/`not in` is fine: the optimiser itself turns it into a constant.

Writes compiler/tests/fold_cases/cases.rs. Run with CPython 3.11:
python3 scripts/record_folded_constants.py
"""
import ast
import dis
import math
import pathlib
import sys
import warnings

from rust_literal import rust

assert sys.version_info[:2] == (3, 11), "needs CPython 3.11"
warnings.simplefilter("ignore")

HUGE_309 = "1" + "0" * 309  # 1e309: beyond the largest float
HUGE_308 = "1" + "0" * 308  # 1e308: within it
INF = "(1e308 * 10)"
NAN = "(1e308 * 10 - 1e308 * 10)"

CASES = [
    # int arithmetic and its signs
    "1 + 2",
    "2 - 5",
    "3 * 4",
    "-7",
    "--7",
    "+7",
    "-0",
    "~5",
    "~-1",
    "7 / 2",
    "6 / 3",
    "1 / 3",
    "0 / -5",
    "-6 / 4",
    "7 // 2",
    "-7 // 2",
    "7 // -2",
    "-7 // -2",
    "7 % 3",
    "-7 % 3",
    "7 % -3",
    "-7 % -3",
    "1 / 0",
    "1 // 0",
    "1 % 0",
    "0 % 0",
    "12 & 10",
    "12 | 10",
    "12 ^ 10",
    "-12 & 10",
    "-12 | 10",
    "-12 ^ -10",
    "1 >> 1",
    "-5 >> 1",
    "-1 >> 100",
    "5 >> -1",
    "1 >> 2 ** 64",
    "-1 >> 2 ** 64",
    # int ** int: safe_power allows bits(base) <= 128 // exponent
    "2 ** 10",
    "2 ** 0",
    "0 ** 0",
    "0 ** 5",
    "2 ** 64",
    "2 ** 65",
    "(-2) ** 64",
    "(-2) ** 3",
    "3 ** 64",
    "3 ** 65",
    "4 ** 42",
    "4 ** 43",
    "10 ** 32",
    "10 ** 33",
    "255 ** 16",
    "256 ** 16",
    "1 ** 128",
    "1 ** 129",
    "(-1) ** 129",
    "2 ** 2 ** 3",
    "2 ** 100",
    "(2 ** 32 - 1) ** 4",
    "(2 ** 32) ** 4",
    "(1 << 127) ** 1",
    "(1 << 127) ** 2",
    "0 ** (1 << 100)",
    "(-1) ** (1 << 100)",
    "5 ** 0 ** 7",
    # negative exponents go through float
    "2 ** -1",
    "(-2) ** -1",
    "0 ** -1",
    "10 ** -2",
    "2 ** -1074",
    "2 ** -1075",
    "(-10) ** -401",
    "2 ** -(1 << 100)",
    # << : safe_lshift allows bits(value) + shift <= 128
    "1 << 127",
    "1 << 128",
    "2 << 126",
    "3 << 127",
    "-1 << 127",
    "0 << 1000",
    "5 << 0",
    "1 << -1",
    "0 << -1",
    "(2 ** 64) << 63",
    "(2 ** 64) << 64",
    "1 << 2 ** 7",
    "1 << 2 ** 64",
    # * on ints: safe_multiply allows bits(a) + bits(b) <= 128
    "2 ** 63 * 2 ** 63",
    "2 ** 64 * 2 ** 63",
    "10 ** 30 * 2 ** 20",
    "10 ** 30 * 10 ** 9",
    "(1 << 125) * 2",
    "(1 << 126) * 2",
    "(1 << 127) * 1",
    "-(1 << 127) * -1",
    "(1 << 127) * 0",
    "(1 << 127) // 3",
    "(1 << 127) % 1000",
    "(1 << 100) + (1 << 100)",
    "-(1 << 127) - (1 << 127)",
    "(1 << 100) & ((1 << 100) - 1)",
    "-(1 << 100) | 1",
    "(1 << 100) ^ -1",
    # big literals: +, - and bitwise operations have no limit
    "123456789012345678901234567890 + 1",
    "-123456789012345678901234567890",
    "~123456789012345678901234567890",
    "99999999999999999999999999999999999999999 * 0",
    "99999999999999999999999999999999999999999 * 1",
    "99999999999999999999999999999999999999999 // 7",
    "99999999999999999999999999999999999999999 % -7",
    "99999999999999999999999999999999999999999 ** 0",
    # bool is an int, but & | ^ of two bools stay bool
    "True + True",
    "True * 3",
    "-True",
    "~True",
    "+True",
    "True & False",
    "True | False",
    "True ^ True",
    "True & 1",
    "True / 2",
    "True ** 2",
    "False ** -1",
    "True << 3",
    # float arithmetic
    "1.5 + 2",
    "0.1 + 0.2",
    "1e308 * 10",
    "-1e308 * 10",
    NAN,
    "1.0 / 0",
    "1.0 / -0.0",
    "1.0 // 0.0",
    "1.0 % 0.0",
    "7.5 // 2",
    "-7.5 // 2",
    "7.5 % -2",
    "-7.5 % 2",
    "5 % -0.5",
    "-1.0 // 10",
    "1e-320 / 10",
    "-0.0",
    "0.0 * -1",
    "-0.0 + 0.0",
    "-0.0 - 0.0",
    "1e308 / 1e-308",
    f"5.0 % {INF}",
    f"-5.0 % {INF}",
    f"{INF} // 1",
    "2.0 ** 0.5",
    "2 ** 0.5",
    "(-8.0) ** (1 / 3)",
    "(-8) ** 0.5",
    "10.0 ** 400",
    "10.0 ** -400",
    "0.0 ** -1",
    "(-0.0) ** 3",
    "(-0.0) ** 2",
    "1e308 ** 2",
    "1.5 ** -1800",
    "(-1.0) ** 1e300",
    f"{INF} ** 0",
    f"{INF} ** -1",
    f"(-{INF}) ** 3",
    f"(-{INF}) ** -3",
    f"{NAN} ** 0",
    f"1.0 ** {NAN}",
    f"0.5 ** {INF}",
    f"2 ** {INF}",
    f"2 ** -{INF}",
    # int to float: correctly rounded, OverflowError beyond the range
    "9007199254740993 + 0.0",
    "9007199254740993 / 1",
    "9007199254740995 * 1.0",
    "2 ** 53 + 1.0",
    "3 / 10 ** 30",
    "10 ** 30 / 3",
    "(1 << 127) / 3",
    "1 / (1 << 127)",
    f"{HUGE_308} + 0.0",
    f"{HUGE_309} + 0.0",
    f"{HUGE_309} / 1",
    f"{HUGE_309} / {HUGE_308}",
    f"1 / {HUGE_309}",
    f"{HUGE_309} * 1j",
    # complex arithmetic
    "1j * 1j",
    "(1 + 2j) * (3 - 4j)",
    "(1 + 2j) / (3 - 4j)",
    "1j / 0",
    "1 / 0j",
    "2 * 1j",
    "-2 * 1j",
    "-1j",
    "+1j",
    "-(1 + 1j)",
    "1j - 1j",
    "1 - 1j",
    "1j + 1.5",
    "1j ** 2",
    "(1 + 1j) ** 2",
    "(1 + 1j) ** -2",
    "(1 + 1j) ** 0.5",
    "(1 + 1j) ** (1 + 1j)",
    "1j ** 100",
    "1j ** 101",
    "(1 + 1j) ** 2.5",
    "0j ** 0",
    "0j ** -1",
    "0j ** 1j",
    "0j ** 2",
    "1e200j * 1e200j",
    "1e300j ** 2",
    "(1 + 1j) ** 1e309",
    "(1 + 1j) ** 1e300",
    f"{INF} * 1j",
    "1j // 1",
    "1j % 1",
    "1j << 1",
    # str and bytes
    "'a' + 'b'",
    "u'a' + 'b'",
    "'ab' * 3",
    "3 * 'ab'",
    "'ab' * 0",
    "'ab' * -1",
    "'' * -1",
    "'' * (1 << 62)",
    "'' * (1 << 127)",
    "'abc' * True",
    "True * 'abc'",
    "'a' * 2.0",
    "'abcd' * 1024",
    "'abcd' * 1025",
    "'abc' * 1365",
    "'abc' * 1366",
    "b'ab' * 2048",
    "b'ab' * 2049",
    "b'a' + b'b'",
    "'a' + b'b'",
    "'a' + 1",
    "'abc'[1]",
    "'abc'[-1]",
    "'abc'[3]",
    "'abc'[-4]",
    "'abc'[True]",
    "'abc'[1.0]",
    "'abc'[1 + 1]",
    "'abc'[(1,)]",
    "'abc'[1:2]",
    "'abc'[::2]",
    "'abc'[1 << 100]",
    "'h\u00e9llo'[1]",
    "'\\U0001f600x'[0]",
    "b'abc'[0]",
    "b'abc'[-1]",
    "b'abc'[3]",
    "'\\ud800' + 'a'",
    "'\\ud800' + '\\udc00'",
    "'\\ud800a'[1]",
    "'\\ud800a'[0]",
    "'\\ud800' * 3",
    "'%s' % 'a'",
    "'%s' % (1,)",
    "'%s' % ()",
    "b'%s' % (a,)",
    "b'%s' % (1,)",
    # tuples
    "(1, 2)",
    "()",
    "(1,)",
    "(1, -2, 3.5, 'a', b'b', None, ..., True)",
    "((1, 2), (3, (4,)))",
    "(1, x)",
    "(x, 1 + 2)",
    "(*x, 1)",
    "(1, 2) + (3,)",
    "((1, 2) + (3,)) * 2",
    "(1,) * 3",
    "3 * (1,)",
    "(1, 2) * 128",
    "(1, 2) * 129",
    "(1,) * 256",
    "(1,) * 257",
    "((1, 2, 3, 4),) * 200",
    "((1, 2, 3, 4, 5),) * 200",
    "((1, 2), (3, 4)) * 100",
    "(((1, 2),),) * 256",
    "() * 1000",
    "() * -1",
    "() * (1 << 127)",
    "(1,) * -1",
    "(1,) * 0",
    "(1, 2)[0]",
    "(1, 2)[-1]",
    "(1, 2)[2]",
    "((1, 2), 3)[0]",
    "(1, (2, 3))[1][0]",
    "((1, 2) * 2)[3]",
    "(1, 2) + [3]",
    "(1, 2) * 2.0",
    # in / not in: lists and sets of constants become tuples and frozensets
    "x in [1, 2]",
    "x in {1, 2}",
    "x not in [1, 2, 3]",
    "x not in {'a', 'b'}",
    "x in []",
    "x in [a, b]",
    "x in [a, 1]",
    "x in {a, 1}",
    "x in [*a, 1]",
    "x in {*a, 1}",
    "x in {1, 1.0, True}",
    "x in {(1, 2), 'a'}",
    "x in {1, 2} in [3]",
    "x in [1, 2] == y",
    "x in [1 + 1, -3]",
    "x in ([1, 2])",
    "x in (1, 2)",
    "x == [1, 2]",
    # not
    "not 0",
    "not 1",
    "not ''",
    "not ()",
    "not None",
    "not ...",
    "not 1.5",
    "not 0j",
    f"not {NAN}",
    "not b''",
    "not (a is b)",
    "not (a is not b)",
    "not (a in b)",
    "not (a not in b)",
    "not (a == b)",
    "not (a < b)",
    "not (a is b is c)",
    "not (a in [1, 2])",
    "not not (a is b)",
    "not x",
    # __debug__
    "__debug__",
    "not __debug__",
    "(__debug__, 1)",
    "__debug__ + 1",
    # %-formatting into f-strings
    "'%s' % (a,)",
    "'%s %r %a' % (a, b, c)",
    "'x=%5s y=%-5r z=%.3a w=%7.2s' % (a, b, c, d)",
    "'%s%%' % (a,)",
    "'%%%s%%' % (a,)",
    "'%d' % (a,)",
    "'%x' % (a,)",
    "'%f' % (a,)",
    "'%s' % (a, b)",
    "'%s %s' % (a,)",
    "'%(k)s' % (a,)",
    "'%*s' % (a, b)",
    "'%10s' % (a,)",
    "'%99s' % (a,)",
    "'%100s' % (a,)",
    "'%.99s' % (a,)",
    "'%.100s' % (a,)",
    "'%05s' % (a,)",
    "'%+ #s' % (a,)",
    "'%-s' % (a,)",
    "'%.s' % (a,)",
    "'%' % (a,)",
    "'%s %' % (a,)",
    "'%s' % (*a,)",
    "'%s' % (a, 1)",
    "'%s=%s' % (1 + 2, a)",
    "'%s-%s' % (a, 'b')",
    "'%s' % ((a,),)",
    "'\\ud800%s' % (a,)",
    "'\u00e9%s\u00e8' % (a,)",
    "'%s' % a",
    "'%s' % [a]",
    "('%s' + '%s') % (a, b)",
    # nesting, and what is not folded
    "(1 + 2) * (3 + 4)",
    "x + 1 + 2",
    "x + (1 + 2)",
    "1 + 2 + x",
    "-(1 + 2)",
    "(2 ** 64 + 1) * 2",
    "len('ab' * 2)",
    "'abc'.upper()",
    "(1).real",
    "f'{1 + 1}'",
    "f'{x!r:>{1 + 1}}'",
    "1 < 2",
    "1 == 1.0",
    "1 if x else 2",
    "x @ (1 + 2)",
    "1 @ 2",
    "None + 1",
    "... + 1",
    "None[0]",
    "-None",
    "~1.5",
    "-'a'",
    "+(1,)",
    "x[1 + 1]",
    "x[1:2 + 3]",
    "[1, 2 + 3]",
    "{1: 2 + 3}",
    "lambda: 1 + 2",
]

OPS_FOLDED = ["LOAD_CONST", "STORE_NAME", "LOAD_CONST", "RETURN_VALUE"]
# Nodes that make the code's constants differ from the tree's constants
# (the compiler builds its own tuples for them, or nested code objects).
INCOMPARABLE = (ast.Dict, ast.Lambda, ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)
# Nodes whose constant conditions the compiler's jump optimisation folds.
JUMPY = (ast.IfExp, ast.BoolOp)


def canon(value):
    """repr(), with frozenset members sorted (their order is hash order)."""
    if type(value) is tuple:
        items = [canon(v) for v in value]
        return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"
    if type(value) is frozenset:
        if not value:
            return "frozenset()"
        return "frozenset({" + ", ".join(sorted(canon(v) for v in value)) + "})"
    return repr(value)


def typed(value):
    return f"{type(value).__name__}: {canon(value)}"


def consts_comparable(tree):
    membership = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare) and isinstance(node.ops[-1], (ast.In, ast.NotIn)):
            last = node.comparators[-1]
            if isinstance(last, (ast.List, ast.Set)) and not any(
                isinstance(e, ast.Starred) for e in last.elts
            ):
                membership.add(id(last))
    for node in ast.walk(tree):
        if isinstance(node, (ast.List, ast.Set)) and id(node) not in membership:
            return False
        if isinstance(node, INCOMPARABLE + JUMPY):
            return False
        if isinstance(node, ast.Call) and node.keywords:
            return False
    return True


def record(expr):
    tree = ast.parse(f"({expr})", mode="eval")
    code = compile(f"x = ({expr})\n", "<fold>", "exec")
    instructions = [i for i in dis.get_instructions(code) if i.opname not in ("RESUME", "NOP", "CACHE")]
    ops = [i.opname for i in instructions]
    if ops == OPS_FOLDED and instructions[2].argval is None:
        if any(isinstance(node, JUMPY) for node in ast.walk(tree)):
            sys.exit(f"cannot tell folding from jump optimisation: {expr!r}")
        value = instructions[0].argval
        return f"Folded({rust(type(value).__name__)}, {rust(canon(value))})"
    if consts_comparable(tree):
        if any(type(c).__name__ == "code" for c in code.co_consts):
            sys.exit(f"nested code: {expr!r}")
        consts = "Some(&[" + ", ".join(rust(typed(c)) for c in code.co_consts) + "])"
    else:
        consts = "None"
    formats = "&[" + ", ".join(rust(i.argrepr) for i in instructions if i.opname == "FORMAT_VALUE") + "]"
    return f"NotFolded {{ consts: {consts}, formats: {formats} }}"


def main():
    root = pathlib.Path(__file__).resolve().parent.parent
    if len(set(CASES)) != len(CASES):
        sys.exit("duplicate cases")
    rows = [f"    ({rust(expr)}, {record(expr)})," for expr in CASES]
    out = root / "compiler/tests/fold_cases/cases.rs"
    out.parent.mkdir(exist_ok=True)
    out.write_text(
        "//! Generated by scripts/record_folded_constants.py from CPython 3.11's\n"
        "//! compile() of `x = (expression)`; do not edit.\n\n"
        "use super::Outcome::{self, Folded, NotFolded};\n\n"
        "pub(super) const CASES: &[(&str, Outcome)] = &[\n" + "\n".join(rows) + "\n];\n"
    )
    folded = sum("Folded(" in row and "NotFolded" not in row for row in rows)
    print(f"{len(rows)} cases, {folded} folded")


main()
