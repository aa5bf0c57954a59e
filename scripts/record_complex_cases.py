#!/usr/bin/env python3
"""Record CPython 3.11's results for pyvm's complex table.

Runs the operations of `complex` (+ - * / **, ==, unary -, +, abs(),
conjugate(), bool(), hash(), complex(str)) over edge values, with ints,
bools and floats as the other operand on either side, and writes
vm/tests/complex_cases/cases.rs: one row per case with the operation's name,
its operands and the result as text (a complex or float as repr(), an int
in decimal, a bool as True/False) or "!Class: message" for an exception.
vm/tests/complex.rs checks every row. Run with CPython 3.11:
python3 scripts/record_complex_cases.py
"""
import math
import operator
import pathlib
import random
import sys

from rust_literal import rust as rust_str

assert sys.version_info[:2] == (3, 11)
root = pathlib.Path(__file__).resolve().parent.parent
inf, nan = math.inf, math.nan

# The operations, by the names vm/tests/complex.rs knows them by.
OPS = {
    "add": operator.add,
    "sub": operator.sub,
    "mul": operator.mul,
    "truediv": operator.truediv,
    "pow": operator.pow,
    "eq": operator.eq,
    "ne": operator.ne,
    "neg": operator.neg,
    "pos": operator.pos,
    "abs": abs,
    "conjugate": lambda z: z.conjugate(),
    "bool": bool,
    "hash": hash,
    "complex": complex,
}


def rust_float(x):
    if math.isnan(x):
        return "f64::NAN"
    if math.isinf(x):
        return "f64::INFINITY" if x > 0 else "f64::NEG_INFINITY"
    return repr(x)


def operand(v):
    """The Rust `V` for a Python operand."""
    if isinstance(v, bool):
        return "B(%s)" % ("true" if v else "false")
    if isinstance(v, int):
        return 'I("%d")' % v
    if isinstance(v, float):
        return "F(%s)" % rust_float(v)
    if isinstance(v, complex):
        return "C(%s, %s)" % (rust_float(v.real), rust_float(v.imag))
    if isinstance(v, str):
        return "S(%s)" % rust_str(v)
    raise TypeError(v)


def text(r):
    """A result as vm/tests/complex.rs writes it."""
    if isinstance(r, (bool, complex, float)):
        return repr(r)
    if isinstance(r, int):
        return str(r)
    raise TypeError(r)


rows = []
seen = set()


def record(op, *args):
    # repr() tells -0.0 from 0.0; NaNs of either sign are one operand.
    key = (op, tuple((type(a), repr(a)) for a in args))
    if key in seen:
        return
    seen.add(key)
    try:
        expected = text(OPS[op](*args))
    except Exception as e:  # the exception is the result
        expected = "!%s: %s" % (type(e).__name__, e)
    rows.append("    (%s, &[%s], %s)," % (rust_str(op), ", ".join(map(operand, args)), rust_str(expected)))


def has_nan(z):
    return math.isnan(z.real) or math.isnan(z.imag)


# ---------------------------------------------------------------- values

COMPLEXES = [
    0j, complex(-0.0, 0.0), complex(0.0, -0.0), complex(-0.0, -0.0), 1 + 0j, -1 + 0j, 1j, -1j,
    1 + 1j, 2 - 3j, -0.5 + 0.25j, 3.7 - 1e-10j, complex(1e308, 1e308), complex(1e308, 0),
    complex(-1e308, 1), complex(5e-324, 5e-324), complex(5e-324, 0), 1e-200j, complex(1e200, 1e200),
    complex(inf, 0), complex(0, inf), complex(inf, inf), complex(-inf, 1), complex(1, -inf),
    complex(nan, 0), complex(0, nan), complex(nan, nan), complex(nan, inf),
]
REALS = [
    0, 1, -1, 3, 2**53 + 1, -(10**30), 10**400, True, False,
    0.0, -0.0, 1.0, -2.5, 0.1, 1e308, 5e-324, inf, -inf, nan,
]
# The cross products use a core of each.
CORE = [
    0j, complex(-0.0, -0.0), 1 + 0j, 1j, -1j, 1 + 1j, 2 - 3j, complex(1e308, 1e308), complex(1e308, 0),
    complex(5e-324, 5e-324), complex(inf, 0), complex(inf, inf), complex(-inf, 1), complex(nan, 0),
    complex(0, nan),
]

# ---------------------------------------------------------------- binary

for a in COMPLEXES:
    for b in COMPLEXES:
        for op in ["mul", "truediv", "eq"]:
            record(op, a, b)
for a in CORE:
    for b in CORE:
        for op in ["add", "sub", "ne"]:
            record(op, a, b)
for z in CORE:
    for x in REALS:
        for op in ["add", "sub", "mul", "truediv", "eq"]:
            record(op, z, x)
            record(op, x, z)

# Powers: the integral exponents up to 100 go through repeated
# multiplication, the others through polar form.
EXPONENTS = [
    0, 1, 2, 3, -1, -2, -3, 7, 100, -100, 101, -101, 2**63, True, 10**400,
    0.0, -0.0, 2.0, -2.0, 0.5, -0.5, 1 / 3, 100.0, 100.5, 101.0, -100.0, 1e308, -1e308, inf, -inf, nan,
    1j, -1j, 1 + 1j, 2 + 0j, complex(2, -0.0), complex(-2, 0), 0.5 + 0.5j, complex(0, 1e308),
    complex(nan, 0), complex(0, nan), complex(inf, 0), complex(-1e-300, 0),
]
for base in COMPLEXES:
    for exponent in EXPONENTS:
        record("pow", base, exponent)
BASES = [
    complex(-1, 1e-4), complex(-0.5, 1e-300), complex(1e-200, 0), complex(1e-170, 1e-170),
    complex(1.0000001, 1), complex(0.6, 0.8), complex(2, 0), complex(-2, 0), complex(10, 0),
    complex(1e154, 1e154), complex(1e-160, 0), complex(0.9, 0.1),
]
for base in BASES:
    for exponent in EXPONENTS + [1e10, -1e10, 1e300, 1022, 1023, 1024, -1074, 50, 60, -60]:
        record("pow", base, exponent)
for x in [0, 2, -1, -8, True, 10**400, 0.0, -0.0, 2.0, -8.0, 0.5, 1e308, inf, -inf, nan]:
    for exponent in [1j, -1j, 1 + 1j, complex(2, 0), complex(-1, 0), complex(0.5, 0), complex(nan, 0), complex(0, inf)]:
        record("pow", x, exponent)
# A negative float base to a non-integral power: float ** float hands over.
for base, exponent in [(-8.0, 1 / 3), (-8, 1 / 3), (-1.0, 0.5), (-2.0, 1.5), (-1e308, 0.5), (-5e-324, -0.5)]:
    record("pow", base, exponent)

# ---------------------------------------------------------------- unary

for z in COMPLEXES + BASES + [complex(1e308, 1e308) * 0.6, complex(3, 4), complex(-3, -4), complex(1.5e308, 1e308)]:
    for op in ["neg", "pos", "abs", "conjugate", "bool"]:
        record(op, z)
    if not has_nan(z):
        record("hash", z)
for z in [complex(1, 1), complex(2**61 - 1, 1), complex(0, 2**61), complex(-1, 0), complex(0, -1), complex(-1, -1),
          complex(-1 - 1000003, 1), complex(1e300, -1e300), complex(0.1, 0.2), complex(-0.0, -0.0), complex(inf, -inf),
          complex(-inf, inf), complex(1e-300, 5e-324), complex(2**60, 2**60)]:
    record("hash", z)

# ---------------------------------------------------------------- parsing

TEXTS = [
    "1", "1j", "1J", "j", "J", "+j", "-j", "-J", "1+2j", "1-2j", "1+j", "1-j", "1e3J", "1e3+1e-3j", "-1.5-.5j",
    "1.+2.j", ".5j", "+1.5", "-0", "-0j", "-0-0j", "0-0j", "(1+2j)", " ( 1+2j ) ", "(1+2j", "1+2j)", "((1+2j))",
    "()", "(j)", "( j )", "\t1+2j\n", "1 +2j", "1+ 2j", "1+2 j", "1 + 2j", "1+2jj", "1+2j+3j", "1++2j", "1+-2j",
    "1-+2j", "+-j", "--j", "1e", "1ej", "1e+j", "1e+5j", "1e5e5j", "1+e5j", "1+2e", "1+2", "1j+2", "2j+1j",
    "nan", "nanj", "-nan", "nan+nanj", "nan-nanj", "inf", "-inf", "infj", "-infj", "inf+infj", "-inf-infj",
    "infinity", "Infinityj", "-INFINITY+INFj", "infinj", "infinityj", "NaN+InFj", "1+infj", "inf-j", "nan+j",
    "1e400", "1e400j", "-1e400+1e-400j", "1e-400j", "1_000", "1_000j", "1_0+2_0j", "1__0", "_1", "1_", "1_j",
    "1_+2j", "1+_2j", "1e1_0j", "1_e10j", "1._5j", "1.5_j", "1\x00", "1_0\x00", "1\x00_", "1j\x00_0", "\x00", "", " ", "(", ")", "+",
    "-", "x", "1x", "1jx", "jj", "0x1", "1.5.2", "١+٢j", "\u20031+2j\u2003", "١_٢j", "1é", "é", "(1)", "( 1 )",
    "(-j)", "1e3", "1E+3j", "0.0000001+1e16j", "9007199254740993+9007199254740993j", "1" * 400 + "j",
    "(1+1j)\x1c", "\x1c1", "\x0b1j\x0c", "1\r\n", "'1'", "1e308+1e308j", "4.9e-324j", "2.4703282292062327e-324j",
]
for s in TEXTS:
    record("complex", s)

# ---------------------------------------------------------------- random

rng = random.Random(311)


def random_float():
    kind = rng.randrange(3)
    if kind == 0:
        return rng.uniform(-10, 10)
    if kind == 1:
        return rng.randint(-64, 64) / 8
    return rng.uniform(-1, 1) * 10.0 ** rng.randint(-320, 308)


def random_complex():
    return complex(random_float(), random_float())


for _ in range(200):
    a, b = random_complex(), random_complex()
    for op in ["mul", "truediv"]:
        record(op, a, b)
    record("pow", a, complex(rng.uniform(-3, 3), rng.choice([0.0, rng.uniform(-3, 3)])))
    record("pow", a, rng.randint(-100, 100))
    record("abs", a)
    record("hash", a)
for _ in range(60):
    re, im = random_float(), random_float()
    record("complex", "%r%+rj" % (re, im))
    record("complex", "(%rj)" % im)

# ---------------------------------------------------------------- output

out = root / "vm/tests/complex_cases/cases.rs"
out.parent.mkdir(parents=True, exist_ok=True)
body = "\n".join(rows)
used = sorted(k for k in "BCFIS" if ("%s(" % k) in body)
out.write_text(
    "//! Generated by scripts/record_complex_cases.py from CPython 3.11; do\n"
    "//! not edit. (operation, operands, result as text or \"!Class: message\").\n\n"
    "use super::V::{%s};\n"
    "use super::V;\n\n"
    "pub(super) const CASES: &[(&str, &[V], &str)] = &[\n" % ", ".join(used) + body + "\n];\n"
)
print(len(rows), "cases")
