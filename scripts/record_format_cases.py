#!/usr/bin/env python3
"""Record CPython 3.11's text formatting for vm/tests/format.rs.

Writes vm/tests/format_cases/cases.rs with two tables:
  FORMAT:  format(value, spec) for str, int, bool, float and complex values;
  PERCENT: format % args for printf-style formatting.
Each row holds the result, or the exception class and message raised.
Run with CPython 3.11: python3 scripts/record_format_cases.py
"""
import decimal
import fractions
import itertools
import math
import operator
import pathlib
import random
import struct
import sys

from rust_literal import rust

assert sys.version_info[:2] == (3, 11)
assert sys.get_int_max_str_digits() == 4300
root = pathlib.Path(__file__).resolve().parent.parent


def int_text(value):
    """str(value), or for the huge ints that test the 4300-digit limit of
    str() a short form the test reads: `[-]10**N[+1|-1]`."""
    for power in (4300,):
        for offset in (-1, 0, 1):
            for sign in (1, -1):
                if value == sign * 10**power + offset:
                    minus = "-" if sign < 0 else ""
                    return f"{minus}10**{power}" + (f"{offset:+d}" if offset else "")
    return str(value)


def has_surrogate(text):
    return any(0xD800 <= ord(c) <= 0xDFFF for c in text)


def outcome(call):
    """(exception class or "", result or message)."""
    try:
        return "", call()
    except Exception as e:  # noqa: BLE001 - every exception is a result
        return type(e).__name__, str(e)


skipped = 0


# --- format(value, spec) ------------------------------------------------

format_rows = []


def record_format(kind, value, shown, spec):
    global skipped
    cls, text = outcome(lambda: format(value, spec))
    if has_surrogate(text):
        # A Rust string cannot hold the lone surrogate; pyvm reports
        # FormatError::Surrogate instead (unit-tested).
        skipped += 1
        return
    format_rows.append(f"    ({rust(kind)}, {rust(shown)}, {rust(spec)}, {rust(cls)}, {rust(text)}),")


strings = ["", "ab", "héllo", "€uro 😀", "x" * 12]
str_specs = ["", "5", "<5", ">5", "^5", "^6", "*^7", "€>4", "<<6", ".1", ".0", "10.3", "^9.2",
             "05", "s", ">5s", "x<4", "07.2", "\u0665", "\u0661\u0660", ".\u0662",
             "z<5", "0<5", "0^5", "+>5", "#^5", ".>5", "=<5", "9>5", ".2147483648",
             "<=5",
             # errors
             "=5", "+", "-", " ", "#", "z", ",", "_", ",s", "d", "x", "r", "\x00", "é", "5d",
             "abc", ".", ".s", "99999999999999999999", ".99999999999999999999", ",_", "_,"]
for value, spec in itertools.product(strings, str_specs):
    record_format("str", value, value, spec)
record_format("str", "a", "a", "9223372036854775807")

ints = [0, 1, -1, 7, 42, 255, -255, 65, 1234567, -1234567, 0x1F600, 2**63 - 1, -2**63,
        2**63, -2**64 - 1, 10**30 + 7, -(10**25)]
int_specs = ["", "d", "b", "o", "x", "X", "#b", "#o", "#x", "#X", "n", ",", "_", "_b", "_x",
             "_o", "_X", "#_x", "#_b", ",d", "_d", "010", "+", " ", "-", "+08", "^10", "<10",
             ">10", "=+10", "*^+12,", "010,", "012_x", "#012x", "#012_b", "0=12,", "x<+#9X",
             "e", ".2e", "f", ".3f", "g", "%", ".1%", "G", "E", "F", ",.2f", "012.1e", "+.0f",
             "0<10", "0^10", "0>10", "z>5", "=^10", "_=+12_", "0=+10_x", "#0o", "#08b",
             # errors
             "s", ".2", ".2d", "z", "zd", ",b", ",x", ",o", "_n", ",n", ",c", "xx", "5s", "\x00",
             ",,", "__", "=", ".", "abc"]
for value, spec in itertools.product(ints[:9], int_specs):
    record_format("int", value, str(value), spec)
for value, spec in itertools.product(ints[9:], ["", "d", "x", "#X", "_b", ",", "_", "+020,",
                                                "^30", "e", ".3f", "%", "g", "n", "o"]):
    record_format("int", value, str(value), spec)
char_specs = ["c", "5c", "<5c", "^5c", "05c", "*>4c", "=5c", "+c", "-c", " c", "#c"]
for value, spec in itertools.product([65, 0, 0x20AC, 0x1F600, 0xD800, 0x10FFFF, 0x110000, -1, 2**40,
                                      2**63 - 1, 2**63, -2**63 - 1], char_specs):
    record_format("int", value, str(value), spec)
# sys.get_int_max_str_digits() (4300) limits decimal output only.
for spec in ["", ",", "n", "c", "e"]:
    record_format("int", 10**4300, int_text(10**4300), spec)
record_format("int", -(10**4300 - 1), int_text(-(10**4300 - 1)), "")
for spec in ["f", ".1e", "g", "%", "x"]:
    record_format("int", 2**1024, str(2**1024), spec)
    record_format("int", 2**1024 - 2**970, str(2**1024 - 2**970), spec)
    record_format("int", 2**1024 - 2**971, str(2**1024 - 2**971), spec)
record_format("int", 1, "1", "9223372036854775807")
record_format("int", 1, "1", "09223372036854775807")
record_format("float", 1.5, "1.5", "09223372036854775807")
record_format("int", 1, "1", ".2147483648f")
record_format("int", 1, "1", ".2147483648d")

for value, spec in itertools.product([True, False],
                                     ["", "d", ">5", "x", "#b", "+", "f", ".1%", "c", "s", ".2",
                                      "5", "^6", "z"]):
    record_format("bool", value, str(value), spec)

random.seed(311)
floats = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 2.675, 1.005, 0.1, 1 / 3,
          2 / 3, 3.141592653589793, 100.0, 123456.789, -1234567.891, 1e16, 1e15,
          9999999999999998.0, 1e22, 1e23, 1e-4, 1e-5, 0.00012345, 5e-324,
          2.2250738585072014e-308, 1.7976931348623157e308, 9.5, 99.5, 0.05, 0.95, 1e100,
          -1e-100, float("inf"), float("-inf"), float("nan")]
float_specs = ["", "e", "E", "f", "F", "g", "G", "n", "%", ".0e", ".2e", ".10e", ".20e",
               ".0f", ".1f", ".2f", ".5f", ".20f", ".0g", ".1g", ".3g", ".17g", ".25g", ".0%",
               ".3", ".17", ".0", "#", "#.0f", "#.0e", "#g", "#.3g", "#.0", "#.3", "z",
               "z.1f", "z.3e", "z.2g", "z.0%", "+", " ", "+.2f", "012.3f", "012,.2f", "=+12.2f",
               "<12", "^12.2e", "*>15,.3f", "_", ",", "_.2f", ",.1%", "012", "012e", "+012g",
               "0=12", "x<12.1F", ",g", "_e", "011,", "0<12", "0^12.2f", "-", "-.2f",
               "z<8.1f"]
full_grid = [0.0, -0.0, 0.5, 2.5, 2.675, 0.1, 1 / 3, 123456.789, -1234567.891, 1e16,
             9999999999999998.0, 1e-5, 5e-324, 1.7976931348623157e308, 9.5,
             float("inf"), float("-inf"), float("nan")]
for value, spec in itertools.product(full_grid, float_specs):
    record_format("float", value, repr(value), spec)
in_grid = {repr(f) for f in full_grid}
for value, spec in itertools.product([f for f in floats if repr(f) not in in_grid],
                                     ["", "e", "f", "g", "%", ".0f", ".2f", ".17g", ".3",
                                      "#.0", "z.1f", "012,.2f"]):
    record_format("float", value, repr(value), spec)
float_errors = ["d", "x", "c", "s", "b", "\x00", ",n", ",x", "_c", "abc", ".", ",_",
                ".2147483648f", ".2147483648", "9223372036854775807", ".99999999999999999999"]
for value, spec in itertools.product([1.5, -0.0, float("inf")], float_errors):
    record_format("float", value, repr(value), spec)
for value in [-0.001, -0.0049, -0.005, -1e-300, -0.5]:
    for spec in ["z.2f", "z.0f", "z.1e", "z.0%", "z", "z.3", "+z.2f", "z.0g"]:
        record_format("float", value, repr(value), spec)
record_format("float", 1.5, "1.5", ".300f")
record_format("float", 5e-324, "5e-324", ".1100f")
record_format("float", 5e-324, "5e-324", ".800e")
record_format("float", 1e300, "1e+300", ".2f")
for _ in range(60):
    bits = random.getrandbits(64)
    value = struct.unpack("<d", bits.to_bytes(8, "little"))[0]
    if math.isnan(value):
        continue
    spec = random.choice(["", ".17g", ".3e", ".10f", ".15g", "g", "e", ".0e", ".30e", "%"])
    record_format("float", value, repr(value), spec)
for _ in range(40):
    value = random.uniform(-1000, 1000)
    spec = random.choice([".0f", ".1f", ".2f", ".3f", ".1e", ".5g", ".12g", ",.2f"])
    record_format("float", value, repr(value), spec)
# Exact ties at every position: rounded to even.
for value in [0.5, 1.5, 2.5, 3.5, 0.25, 0.75, 1.125, 1.375, 2.0625, 1e-1 * 5, 12.5, 1250.0]:
    for spec in [".0f", ".1f", ".2f", ".3f", ".0e", ".1e", ".2e", ".1g", ".2g", ".3g"]:
        record_format("float", value, repr(value), spec)

complexes = [complex(1, 2), complex(0, 1), complex(0, -1), complex(-0.0, 1), complex(0.0, -0.0),
             complex(-0.0, -0.0), complex(1.5, -2.25), complex(1e16, 1e-5), complex(-1, 0),
             complex(float("inf"), float("nan")), complex(123456.789, -1234567.891),
             complex(0.1, 1 / 3), complex(-1e-300, 5e-324)]
complex_specs = ["", "e", "E", "f", "F", "g", "G", "n", ".2f", ".0e", ".3g", ".3", ".0", "#",
                 "#.0f", "+", " ", "-", "z", "z.1f", "20", "<20", "^20", ">20", "*^25.2f",
                 ",", "_.2f", ",.3e", "+.1e", "#g",
                 # errors
                 "%", "d", "s", "020", "0<20", "=20", "=", ".2147483648f", "abc", ",x", "_n"]
for value, spec in itertools.product(complexes, complex_specs):
    record_format("complex", value, f"{value.real!r},{value.imag!r}", spec)


# --- format % args ------------------------------------------------------

percent_rows = []


def is_number(value):
    kind = type(value)
    return (hasattr(kind, "__index__") or hasattr(kind, "__int__")
            or hasattr(kind, "__float__") or isinstance(value, complex))


def convert(value, conversion):
    try:
        result = conversion(value)
    except TypeError:
        return None
    return str(result)


def float_of(value):
    kind = type(value)
    if hasattr(kind, "__float__"):
        return repr(float(value))
    if hasattr(kind, "__index__"):
        return repr(float(operator.index(value)))
    return None


def type_name(value):
    """The type's C-level `tp_name`, which CPython's messages show."""
    kind = type(value)
    if kind.__flags__ & (1 << 9) or kind.__module__ == "builtins":  # Py_TPFLAGS_HEAPTYPE
        return kind.__name__
    return f"{kind.__module__}.{kind.__qualname__}"


def opt(text):
    return "None" if text is None else f"Some({rust(text)})"


def value_expr(value):
    if isinstance(value, bool):
        return f"V::Bool({'true' if value else 'false'})"
    if isinstance(value, int):
        return f"V::Int({rust(int_text(value))})"
    if isinstance(value, float):
        return f"V::Float({rust(repr(value))})"
    if isinstance(value, str):
        return f"V::Str({rust(value)})"
    if isinstance(value, dict):
        items = ", ".join(f"({rust(k)}, {value_expr(v)})" for k, v in value.items())
        return f"V::Dict(&[{items}], {rust(repr(value))})"
    number = is_number(value)
    int_value = convert(value, int) if number else None
    index_value = convert(value, operator.index) if number else None
    return (f"V::Obj {{ ty: {rust(type_name(value))}, "
            f"str: {rust(str(value))}, repr: {rust(repr(value))}, int: {opt(int_value)}, "
            f"index: {opt(index_value)}, float: {opt(float_of(value))} }}")


def args_expr(args):
    if isinstance(args, tuple):
        return f"A::Tuple(&[{', '.join(value_expr(v) for v in args)}])"
    if hasattr(type(args), "__getitem__") and not isinstance(args, str):
        return f"A::Mapping({value_expr(args)})"
    return f"A::Single({value_expr(args)})"


def record_percent(fmt, args):
    global skipped
    cls, text = outcome(lambda: fmt % args)
    if has_surrogate(text):
        skipped += 1
        return
    percent_rows.append(f"    ({rust(fmt)}, {args_expr(args)}, {rust(cls)}, {rust(text)}),")


Decimal = decimal.Decimal
Fraction = fractions.Fraction
for fmt, args in [
    ("abc", ()), ("abc", 5), ("abc", {}), ("abc", [1]), ("abc", (1,)), ("", ()), ("%%", ()),
    ("100%% sure", ()), ("%s", "x"), ("%s", ("x",)), ("%s %s", (1, 2)), ("%s %s", (1,)),
    ("%s", (1, 2)), ("%s", ()), ("%s", ((),)), ("%s", ((1, 2),)), ("%s", [1, 2]),
    ("%s %s", [1, 2]), ("%s", None), ("%r", None), ("%d", None), ("%s", 1j), ("%f", 1j),
    ("%d", 1j), ("%s", {"a": 1}), ("%(a)s", {"a": 1}), ("%(a)s %(b)r", {"a": 1, "b": "x"}),
    ("%(a)s %s", {"a": 1}), ("%s %s", {"a": 1}), ("%(a)s %(a)s", {"a": 1}),
    ("%(a(b))s", {"a(b)": 1}), ("%()s", {"": 2}), ("%(b)s", {"a": 1}), ("%(a)s", (1,)),
    ("%(a)s", 1), ("%(a", {"a": 1}), ("%(a)", {"a": 1}), ("%(a)", {}), ("%(", {}),
    ("%(a)5.1f|%(a)-6d|", {"a": 2.75}), ("%(a)*d", {"a": 1}), ("%(a)5%", {"a": 1}),
    ("%5%", ()), ("%5%", (1,)), ("%-5%|", ()), ("%y", ()), ("%y", (1,)), ("a%", ()),
    ("a%", (1,)), ("%", ()), ("%%%", ()), ("%.", 1), ("%5", 1), ("%*", (1,)),
    ("%.*", (1,)), ("%*", ()), ("%l", 1), ("%\u1234", (1,)), ("%\x00", (1,)),
    ("%\x1f", (1,)), ("ab\u20ac%y", (1,)), ("%é", (1,)), ("%ld %hd %Ld", (1, 2, 3)),
    ("%lld", (1,)), ("%*d", (5, 1)), ("%*d", (-5, 1)), ("%-*d|", (-5, 1)),
    ("%.*f", (2, 1.5)), ("%.*f", (-5, 1.5)), ("%*.*f", (8, 3, 3.14159)), ("%*d", ("a", 1)),
    ("%.*f", (1.5, 1.5)), ("%.*f", (2**40, 1.5)), ("%.*f", (2**31, 1.5)),
    ("%*d", (2**70, 1)), ("%*d", (True, 1)), ("%*s|", (0, "ab")),
    ("%99999999999999999999999d", 1), ("%.99999999999999999999999d", 1),
    ("%.2147483648d", 1), ("%.2147483648f", 1.0), ("%9223372036854775807d", 1),
    ("%x", 3.0), ("%o", 3.5), ("%X", "a"), ("%d", 3.7), ("%d", -3.7), ("%i", 1e20),
    ("%u", -2.5), ("%d", "3"), ("%d", b"12"), ("%d", float("inf")), ("%d", float("-inf")),
    ("%d", float("nan")), ("%x", float("nan")), ("%d", Decimal("2.5")), ("%x", Decimal("2.5")),
    ("%f", Decimal("2.5")), ("%s", Decimal("2.5")), ("%r", Decimal("2.5")),
    ("%d", Fraction(-7, 2)), ("%f", Fraction(7, 2)), ("%x", Fraction(7, 2)),
    ("%c", Fraction(7, 2)), ("%c", 65), ("%c", "é"), ("%c", "😀"), ("%c", 3.0), ("%c", "ab"),
    ("%c", ""), ("%c", -1), ("%c", 0x110000), ("%c", 2**70), ("%c", True), ("%c", None),
    ("%5c|%-5c|%05c|", (65, 66, 67)), ("%.0c", "x"), ("%f", "a"), ("%f", None), ("%f", b"1"),
    ("%e", 2**1024), ("%g", 2**1023), ("%f", True), ("%d", True), ("%s", True), ("%r", False),
    ("%x", True), ("%i", 2**100), ("%d", -(2**64)), ("%d", 10**4300), ("%d", -(10**4300 - 1)),
    ("%.60d|", 1),
    ("%s", "héllo"), ("%r", "héllo"), ("%a", "héllo"), ("%a", "€😀"), ("%a", 1.5),
    ("%r", "it's"), ("%.3s", "abcdef"), ("%.3r", "abcdef"), ("%10.3a", "é"), ("%.0s|", "abc"),
    ("%.s|", "abc"), ("%5.s|", "abc"), ("%-8s|", "héllo"), ("%8s|", "😀"), ("%08s|", "a"),
    ("%+s", "a"), ("% s", "a"), ("%#s", "a"), ("%+5s|", "a"), ("%-+5s|", "a"),
    ("%s and %r", ("x", "y")), ("%(x)s%%", {"x": 5}), ("%s%%", 5), ("%s", b"ab"),
    ("%d %s %r %f", (1, "a", "b", 2.5)), ("%.1f%%", 99.44), ("%#.0f", 1.0), ("%#.0e", 1.0),
    ("%#g", 1.0), ("%#.3g", 100.0), ("%g", 1e16), ("%g", 1e-5), ("%G", 1e-5), ("%e", 0),
    ("%F", float("inf")), ("%f", float("-inf")), ("%E", float("nan")), ("%05f", float("inf")),
    ("%-05f|", float("-inf")), ("%+f", float("nan")), ("%010.2f", -0.0), ("%+.0f", -0.4),
    ("%.0f", 0.5), ("%.0f", 1.5), ("%.2f", 2.675), ("%.0f", 1e22), ("%.20f", 0.1),
    ("%.30e", 5e-324), ("%.17g", 0.1), ("%.100f", 1.5),
]:
    record_percent(fmt, args)

flag_sets = ["", "-", "+", " ", "#", "0", "-0", "+#0", " 0"]
for conv, values in [("d", [42, -42]), ("i", [0]), ("u", [-7]), ("o", [8, -8]),
                     ("x", [255, -255]), ("X", [-(2**70)]), ("e", [-0.0]),
                     ("E", [-1.5e-10]), ("f", [3.14159, -2.5]), ("F", [float("inf")]),
                     ("g", [-123456789.0]), ("G", [0.000012345]),
                     ("c", [65]), ("s", ["ab"]), ("r", ["ab"]), ("a", ["é"])]:
    for flags, width, precision, value in itertools.product(flag_sets, ["", "7"], ["", ".3"],
                                                           values):
        record_percent(f"%{flags}{width}{precision}{conv}|", value)
for value in [0, 1, -1, 2.5, "x"]:
    for conv in ["d", "x", "f", "c", "s", "r", "a"]:
        record_percent(f"[%{conv}]", value)

print(f"{len(format_rows)} format cases, {len(percent_rows)} percent cases, "
      f"{skipped} skipped (lone surrogates)")
(root / "vm/tests/format_cases/cases.rs").write_text(
    "//! Generated by scripts/record_format_cases.py from CPython 3.11; do not edit.\n"
    "//! FORMAT: (type, value, spec, exception class or \"\", result or message) for\n"
    "//! `format(value, spec)`; floats are given by `repr()`, complexes as\n"
    "//! `repr(real),repr(imag)`, ints in decimal or, when huge, as `[-]10**N[±1]`.\n"
    "//! PERCENT: (format, args, exception class or \"\",\n"
    "//! result or message) for `format % args`.\n\n"
    "use super::{A, V};\n\n"
    "pub(super) const FORMAT: &[(&str, &str, &str, &str, &str)] = &[\n"
    + "\n".join(format_rows)
    + "\n];\n\npub(super) const PERCENT: &[(&str, A, &str, &str)] = &[\n"
    + "\n".join(percent_rows)
    + "\n];\n"
)
