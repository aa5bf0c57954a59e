#!/usr/bin/env python3
"""Record CPython 3.11's results for pyvm's number table.

Runs each operation of `int`, `float` and `bool`-as-int (arithmetic,
comparisons, conversions, parsing, rounding, hashing) over edge values and
writes vm/tests/number_cases/cases.rs: one row per case with the operation's
name, its operands and the result as text (an int in decimal, a float as
repr(), a tuple as "(a, b)", a string as it is, "<complex>" for a complex
power) or "!Class: message" for an exception. vm/tests/number.rs checks
every row. Run with CPython 3.11: python3 scripts/record_number_cases.py
"""
import math
import operator
import pathlib
import random
import struct
import sys

from rust_literal import rust as rust_str, rust_bytes

assert sys.version_info[:2] == (3, 11)
root = pathlib.Path(__file__).resolve().parent.parent
inf, nan = math.inf, math.nan
# Operations run under the default limit (or the one a row gives); the
# operands and results are written out without one.
sys.set_int_max_str_digits(0)

# The operations, by the names vm/tests/number.rs knows them by.
OPS = {
    "add": operator.add,
    "sub": operator.sub,
    "mul": operator.mul,
    "truediv": operator.truediv,
    "floordiv": operator.floordiv,
    "mod": operator.mod,
    "divmod": divmod,
    "pow": pow,
    "pow3": pow,
    "lshift": operator.lshift,
    "rshift": operator.rshift,
    "and": operator.and_,
    "or": operator.or_,
    "xor": operator.xor,
    "eq": operator.eq,
    "ne": operator.ne,
    "lt": operator.lt,
    "le": operator.le,
    "gt": operator.gt,
    "ge": operator.ge,
    "neg": operator.neg,
    "pos": operator.pos,
    "invert": operator.invert,
    "abs": abs,
    "bit_length": int.bit_length,
    "bit_count": int.bit_count,
    "hash": hash,
    "int": int,
    "int_base": int,
    "float": float,
    "str": str,
    "bin": bin,
    "oct": oct,
    "hex": hex,
    "float_hex": float.hex,
    "fromhex": float.fromhex,
    "round": round,
    "round2": round,
    "is_integer": float.is_integer,
    "as_integer_ratio": float.as_integer_ratio,
    "trunc": math.trunc,
    "floor": math.floor,
    "ceil": math.ceil,
}


def with_limit(function, limit):
    """`function` run under sys.set_int_max_str_digits(limit)."""

    def run(*args):
        old = sys.get_int_max_str_digits()
        sys.set_int_max_str_digits(limit)
        try:
            return function(*args)
        finally:
            sys.set_int_max_str_digits(old)

    return run


def operand(v):
    """The Rust `V` for a Python operand."""
    if isinstance(v, bool):
        return "B(%s)" % ("true" if v else "false")
    if isinstance(v, int):
        return 'I("%d")' % v
    if isinstance(v, float):
        if math.isnan(v):
            return "F(f64::NAN)"
        if math.isinf(v):
            return "F(f64::INFINITY)" if v > 0 else "F(f64::NEG_INFINITY)"
        return "F(%r)" % v
    if isinstance(v, str):
        return "S(%s)" % rust_str(v)
    if isinstance(v, bytes):
        return "Y(%s)" % rust_bytes(v)
    raise TypeError(v)


def text(r):
    """A result as vm/tests/number.rs writes it."""
    if isinstance(r, bool):
        return repr(r)
    if isinstance(r, int):
        return str(r)
    if isinstance(r, float):
        return repr(r)
    if isinstance(r, complex):
        return "<complex>"
    if isinstance(r, tuple):
        return "(" + ", ".join(text(x) for x in r) + ")"
    if isinstance(r, str):
        return r
    raise TypeError(r)


rows = []
seen = set()


def record(op, *args, limit=None):
    """Records `op(*args)`, run under `sys.set_int_max_str_digits(limit)`
    when a limit is given (the row then has the limit as a last operand)."""
    shown = args if limit is None else args + (limit,)
    name = op if limit is None else op + "_limit"
    key = (name, tuple((type(a), repr(a)) for a in shown))
    if key in seen:
        return
    seen.add(key)
    function = with_limit(OPS[op], 4300 if limit is None else limit)
    try:
        expected = text(function(*args))
    except Exception as e:  # the exception is the result
        expected = "!%s: %s" % (type(e).__name__, e)
    rows.append("    (%s, &[%s], %s)," % (rust_str(name), ", ".join(map(operand, shown)), rust_str(expected)))


# ---------------------------------------------------------------- values

INTS = [
    0, 1, -1, 2, -2, 3, -3, 7, -7, 10, 255, -256,
    2**31, 2**53, 2**53 + 1, -(2**53 + 1), 2**62,
    2**63 - 1, 2**63, 2**63 + 1, -(2**63), -(2**63) - 1, -(2**63) + 1,
    2**64, -(2**64), 10**30, -(10**30), 3**100, 2**1023, 2**1024, -(2**1024), 10**400,
]
FLOATS = [
    0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 2.5, -2.5, 0.1, 3.7, -3.7, 1e16, 2.0**53,
    2.0**63, -(2.0**63), 1e20, 123.456, 1e308, -1e308, 1.7976931348623157e308,
    5e-324, 2.2250738585072014e-308, inf, -inf, nan,
]
BOOLS = [True, False]

# The cross products use a core of each.
CORE_INTS = [0, 1, -1, -3, 7, 2**53 + 1, 2**63 - 1, 2**63, -(2**63), -(2**63) - 1, -(10**30)]
CORE_FLOATS = [0.0, -0.0, 1.0, -2.5, 0.1, 3.7, 1e308, 5e-324, inf, -inf, nan]
CORE = CORE_INTS + CORE_FLOATS + [True]

# ---------------------------------------------------------------- binary

for a in CORE:
    for b in CORE:
        for op in ["add", "sub", "mul", "truediv", "floordiv", "mod", "divmod", "eq", "lt", "ge"]:
            record(op, a, b)
        huge_power = (
            isinstance(b, int) and not isinstance(b, bool) and abs(b) > 1000
            and isinstance(a, int) and abs(a) > 1
        )
        if not huge_power:
            record("pow", a, b)

# An int beyond the float range, against a few of each kind.
for a in [2**1024, -(2**1024)]:
    for b in [0, -1, 7, 2**1024, 0.0, -2.5, inf, nan]:
        for op in ["add", "sub", "mul", "truediv", "floordiv", "mod", "divmod", "pow", "eq", "lt"]:
            # Huge powers take CPython minutes before its MemoryError.
            if not (op == "pow" and isinstance(b, int) and b > 1):
                record(op, a, b)
            if not (op == "pow" and isinstance(b, int) and abs(b) > 1):
                record(op, b, a)

# Every comparison on mixed int–float pairs, where exactness matters.
TIGHT = [
    (2**53 + 1, 2.0**53), (2**53, 2.0**53), (2**63, 2.0**63), (2**63 - 1, 2.0**63),
    (10**20, 1e20), (10**20 + 1, 1e20), (-(2**63), -(2.0**63)), (-(2**63) - 1, -(2.0**63)),
    (2**1024, 1.7976931348623157e308), (2**1024, inf), (-(2**1024), -inf), (3, 3.0000000000000004),
    (0, -0.0), (1, 0.9999999999999999), (-1, -1.0000000000000002), (10**400, 1e308), (5, nan),
]
for i, f in TIGHT:
    for op in ["eq", "ne", "lt", "le", "gt", "ge"]:
        record(op, i, f)
        record(op, f, i)

SHIFTS = [0, 1, 3, 62, 63, 64, 100, 1000, -1, 2**62, 2**63, 2**64, 2**70, 10**30]
for a in INTS[:24] + BOOLS:
    for count in SHIFTS:
        if count > 2000 and a != 0:
            record("lshift", a, count)  # errors, quickly, in CPython too
        record("rshift", a, count)
        if count <= 2000:
            record("lshift", a, count)

for a in CORE_INTS + BOOLS + [255, -256, 2**64 - 1]:
    for b in CORE_INTS + BOOLS + [255, -256, 2**64 - 1]:
        for op in ["and", "or", "xor"]:
            record(op, a, b)

# Powers: int ** int edge cases, float special cases.
for base in [0, 1, -1, 2, -2, 3, 10, 2**63, -(2**63), 10**30, 0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -8.0, 10.0, inf, -inf, nan, True, False]:
    for exponent in [0, 1, 2, 3, 63, 64, 100, -1, -2, -1074, -1075, 0.5, -0.5, 1.5, 1 / 3, 2.0, -2.0, 3.0, -3.0, 1e300, -1e300, inf, -inf, nan, 400, 1024, 2**63, True, False]:
        # Huge powers take CPython minutes before its MemoryError.
        if isinstance(base, int) and abs(base) > 1 and isinstance(exponent, int) and (
            exponent > 1024 or abs(base) > 10 and exponent > 100
        ):
            continue
        record("pow", base, exponent)
record("pow", -1, 10**30 + 1)
record("pow", 1, -(10**30))
record("pow", 10**400, -1)
record("pow", 2, -(10**400))

for b, e, m in [
    (2, 10, 1000), (-2, 3, 5), (2, 3, -5), (5, 0, -7), (5, 0, 7), (5, 0, 1), (5, 0, -1), (3, -1, 7),
    (3, -1, -7), (-3, -1, 7), (2, -1, 4), (2, -1, 1), (0, -1, 1), (0, -1, 5), (2, 1, 0), (2, -1, 0),
    (0, 0, 3), (7, 2**63, 2**63 - 25), (2**63 + 5, 2**64 + 3, 10**30 + 7), (-(10**30), 3, 2**63),
    (3, -(2**64), 10**30 + 7), (2**63 - 1, 2**63 - 1, -(2**63)), (12345, 678, 9223372036854775783),
    (True, True, 2), (10**30, -1, 10**30), (6, -2, 35), (-1, -1, -1),
]:
    record("pow3", b, e, m)

# ---------------------------------------------------------------- unary

for v in INTS + FLOATS + BOOLS:
    for op in ["neg", "pos", "abs", "str", "round", "int", "float", "trunc", "floor", "ceil"]:
        record(op, v)
    if not (isinstance(v, float) and math.isnan(v)):
        record("hash", v)
    if isinstance(v, int):
        for op in ["invert", "bit_length", "bit_count", "bin", "oct", "hex"]:
            record(op, v)
    else:
        for op in ["is_integer", "as_integer_ratio", "float_hex"]:
            record(op, v)
for v in [2**61 - 1, 2**61, 2**61 + 1, -(2**61) + 1, -(2**61), 2**122, 10**100, -(10**100), 0.1, -0.1,
          1 / 3, 1e-300, 2.0**-1074 * 3, 1e300, 2.0**61, 2.0**62, 1.25, -1.25]:
    record("hash", v)
for v in [10**4299, 10**4300, -(10**4299), -(10**4300), 2**14285, 2**14290]:
    record("str", v)
record("str", 10**700, limit=640)
record("str", 10**639, limit=640)
record("str", 10**640, limit=640)
record("str", 10**5000, limit=0)

# round(x, ndigits)
NDIGITS = [0, 1, 2, 3, -1, -2, 17, 300, 323, 324, 400, -308, -309, -400, 10**30, -(10**30)]
for x in [2.675, 0.125, 0.375, 1.5, 2.5, -2.5, 0.5, 1234.5678, 5e-324, 1e308, 1.7976931348623157e308,
          -0.4, 0.0, -0.0, 0.1, 1e-300, 123456789.987654321, 1e22, inf, -inf, nan]:
    for n in NDIGITS:
        record("round2", x, n)
for x in [1.15, 1.25, 1.35, 2.345, 5e-5, 0.285, 1e16 + 2, 4.35, 0.045]:
    for n in [1, 2, 4]:
        record("round2", x, n)
for i in [0, 5, 15, 25, 35, -25, -26, 999, 12345, -12345, 2**63 - 1, -(2**63), 10**30 + 5 * 10**29, 5 * 10**30, True]:
    for n in [1, 0, -1, -2, -3, -19, -20, -30, -31, -40]:
        record("round2", i, n)

# ---------------------------------------------------------------- parsing

INT_TEXTS = [
    "0", "1", "-1", "+1", " 42 ", "\t-7\n", "1_000", "1__0", "_1", "1_", "00", "000", "0_0", "010", "-0",
    "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
    "123456789012345678901234567890", "0x1f", "0X1F", "0o17", "0b101", "0b", "0x", "0x_1f", "0x__1f",
    "0_x1", "-0b1", "+ 1", "- 1", "1 2", "", "  ", "x", "12x", "1.5", "1e5", "١٢٣", "٣_٤", "𝟗𝟗",
    "1\x00", "\x00", "1\x1c", "1\x85", "\u30001\u3000", "1\xa0", "é", "1é", "z", "Z", "zz", "ff", "FF",
    "1" * 250, "x" * 250, "é" * 250, "'quote'", '"dq"', "\\", "0" * 700, "1" * 640, "7" * 641,
    "1" * 4300, "1" * 4301, "0" * 5000, "1" * 5000 + "x", "1" * 5000 + "_", "1" * 5000 + "__1",
]
BASES = [10, 0, 2, 8, 16, 36, 7]
for s in INT_TEXTS:
    record("int", s)
    if len(s) < 100:
        for base in BASES:
            record("int_base", s, base)
for s in ["f" * 4301, "1" * 4301, "z" * 4301]:
    for base in [16, 2, 36, 10]:
        record("int_base", s, base)
for base in [1, 37, -1, 100]:
    record("int_base", "1", base)
    record("int_base", "x", base)
for s, base in [("1" * 800, 10), ("1" * 800, 7), ("1" * 641, 10)]:
    record("int_base", s, base, limit=640)
    record("int_base", s, base, limit=0)
    record("int_base", s, base, limit=800)
for b in [b"42", b" -7 ", b"1_0", b"0x1f", b"\xff", b"1\x00", b"\xff" * 300, b"12\xa0"]:
    record("int", b)
    record("int_base", b, 0)
# Every run of Unicode decimal digits: its 0 and 9, and the code point after.
import unicodedata


zeros = [c for c in range(0x110000) if unicodedata.decimal(chr(c), None) == 0]
for z in zeros:
    record("int", chr(z + 1) + chr(z + 9))
    record("int", chr(z + 10))
    record("float", chr(z + 1) + "." + chr(z))
# Every whitespace character CPython knows, around a digit.
for c in range(0x3001):
    if chr(c).isspace() or c in (0x1C, 0x1F, 0x180E, 0x200B):
        record("int", chr(c) + "5" + chr(c))
        record("float", chr(c) + "5" + chr(c))

FLOAT_TEXTS = [
    "0", "-0", "1", "1.5", "-1.5", "+1.5", ".5", "5.", ".", "-.", "1e5", "1E5", "1e+5", "1e-5", "1e", "1e+",
    "e5", "  1e5  ", "\n1.25\t", "1_000.5", "1__0", "_1", "1_", "1_e5", "1e1_0", "1._5", "1_.5", "0_0",
    "inf", "-inf", "+inf", "INF", "iNfInItY", "infinity", "-Infinity", "infin", "nan", "-nan", "+NaN",
    "nan(1)", "0x10", "1e500", "-1e500", "1e-500", "-1e-500", "2.2250738585072011e-308", "4.9e-324",
    "2.4703282292062327e-324", "2.4703282292062328e-324", "1.7976931348623157e308", "1.7976931348623159e308",
    "0.1", "0.30000000000000004", "123456789012345678901234567890", "1" * 400, "0." + "0" * 400 + "1",
    "9007199254740993", "1.00000000000000011102230246251565404236316680908203125", "", " ", "x", "1x",
    "1.5.2", "--1", "+-1", "- 1", "1 2", "1\x00", "1\x1c", "1\x85", "\u2003-2.5\u2003", "١٫٥", "٣.٤", "é",
    "x" * 300, "'", "\\", "1e1000000000000000000000", "0e1000000000000000000000", "0x1p3", "1d5",
    "1_0e1_0", "1e_1", "1.e5", "-.5e-3",
]
for s in FLOAT_TEXTS:
    record("float", s)
for b in [b"1.5", b" -2e3 ", b"inf", b"x", b"1\xff", b"1_0"]:
    record("float", b)

HEX_TEXTS = [
    "0x1.8p1", " 0x1.8p1 ", "1.8p1", "0X1P-2", "-0x1p0", "+0x1p0", "0x0p0", "-0x0p0", "0x.8", "0x1.",
    "0x.", "0x", "0", "1", "0x1p", "0x1p+", "0x1pa", "x", "", " ", "inf", "-Infinity", "nan", "-nan",
    "infx", "0x1p-1074", "0x1p-1075", "0x3p-1076", "0x1.8p-1074", "0x1p-1076", "0x1p1023", "0x1p1024",
    "0x1.fffffffffffffp1023", "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7ffp1023", "0x1p10000",
    "0x1p10000 junk", "0x0p10000000000000000000000", "0x1p-10000000000000000000000",
    "0x1p10000000000000000000000", "0x123456789abcdefp0", "0x1.123456789abcdefp0", "0x1.0000000000000800p0",
    "0x1.0000000000000801p0", "0x1.0000000000001800p0", "0xg", "0x1.8p1x", "0x1.2.3", "0x1 p1",
    "0x" + "0" * 100 + "1p0", "0x1" + "0" * 300 + "p-1200", "0x1.8p+1", "\t0x1p0\n", "1p-1", "0x1P+2",
]
for s in HEX_TEXTS:
    record("fromhex", s)
for v in [3.14159, -0.1, 1e-310, 2.0**-1022, 2.0**-1023, 1e300, 0.5, 1 / 3, 7.0]:
    record("float_hex", v)

# ---------------------------------------------------------------- random

# Seeded random operands, for what the edge values above do not reach.
rng = random.Random(311)


def random_float():
    kind = rng.randrange(4)
    if kind == 0:  # any finite bit pattern
        while True:
            (x,) = struct.unpack("<d", rng.getrandbits(64).to_bytes(8, "little"))
            if math.isfinite(x):
                return x
    if kind == 1:  # a decimal-looking value
        return round(rng.uniform(-1000, 1000), rng.randrange(6)) * 10.0 ** rng.randint(-30, 30)
    if kind == 2:  # a multiple of 1/8: halves and exact ties
        return rng.randint(-4000, 4000) / 8
    return rng.uniform(-10, 10)


def random_int():
    value = rng.getrandbits(rng.choice([3, 10, 31, 53, 63, 64, 65, 100, 200]))
    return -value if rng.random() < 0.5 else value


for _ in range(100):
    a, b = random_float(), random_float()
    for op in ["floordiv", "mod", "divmod", "truediv"]:
        record(op, a, b)
    record("pow", abs(a) % 100, rng.choice([random_float() % 8 - 4, float(rng.randint(-5, 5))]))
    record("pow", a, float(rng.randint(-3, 3)))
for _ in range(100):
    a, b = random_int(), random_int()
    for op in ["floordiv", "mod", "truediv", "and", "or", "xor", "lt"]:
        record(op, a, b)
    record("pow", a, rng.randint(-3, 6))
    record("pow3", a, rng.randint(-2, 10**6), b or 7)
    record("lshift", a, rng.randint(0, 100))
    record("rshift", a, rng.randint(0, 100))
for _ in range(100):
    a, x = random_int(), random_float()
    for op in ["lt", "eq", "add", "truediv", "floordiv", "mod"]:
        record(op, a, x)
    record("eq", int(x), x)
    record("lt", int(x) + 1, x)
for _ in range(150):
    x = random_float()
    record("round2", x, rng.randint(-5, 20))
    record("round", x)
    record("hash", x)
    record("str", x)
    record("as_integer_ratio", x)
    record("float_hex", x)
for _ in range(100):
    record("hash", random_int())
    record("round2", random_int(), rng.randint(-25, 2))
for _ in range(100):
    digits = "".join(rng.choice("0123456789") for _ in range(rng.choice([1, 5, 17, 20, 40, 120])))
    point = rng.randrange(len(digits) + 1)
    literal = digits[:point] + "." + digits[point:] + rng.choice(["", "e%d" % rng.randint(-330, 310)])
    record("float", rng.choice(["", "-", "+"]) + literal)
for _ in range(60):
    digits = "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([1, 5, 13, 14, 15, 20])))
    point = rng.randrange(len(digits) + 1)
    record("fromhex", "0x" + digits[:point] + "." + digits[point:] + "p%d" % rng.randint(-1100, 1030))
for _ in range(60):
    base = rng.choice([2, 3, 8, 10, 16, 36, 0])
    alphabet = "0123456789abcdefghijklmnopqrstuvwxyz"[: max(base, 10)] + "_"
    record("int_base", "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30))), base)

# ---------------------------------------------------------------- output

out = root / "vm/tests/number_cases/cases.rs"
out.parent.mkdir(parents=True, exist_ok=True)
body = "\n".join(rows)
used = sorted(k for k in "BFISY" if ("%s(" % k) in body)
out.write_text(
    "//! Generated by scripts/record_number_cases.py from CPython 3.11; do not\n"
    "//! edit. (operation, operands, result as text or \"!Class: message\").\n\n"
    "use super::V::{%s};\n"
    "use super::V;\n\n"
    "pub(super) const CASES: &[(&str, &[V], &str)] = &[\n" % ", ".join(used) + body + "\n];\n"
)
print(len(rows), "cases")
