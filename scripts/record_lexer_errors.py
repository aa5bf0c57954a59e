#!/usr/bin/env python3
"""Print the lexer error table (lexer/tests/errors.rs rows) as CPython 3.11 reports it.

Each row: source, exception class, message, line, 1-based column offset — the
fields of the SyntaxError `compile(source, "<test>", "exec")` raises.
Run: python3 scripts/record_lexer_errors.py > /tmp/rows.txt, then paste.
"""
import sys
import warnings

assert sys.version_info[:2] == (3, 11)
warnings.simplefilter("ignore")

SOURCES = [
    "0777", "0_7", "09", "x = 1__0", "1_", "0x", "1e", "1e+", "0b2", "0o8", "0x_",
    "0b1_", "1.e", "1jx", "1abc", "1.5_", "1.5e_1", "0xg", "0o", "0b", "1.__x",
    "0o7a", "0xfz", "1jj", "5_j",
    "x = 'abc\n", "x = 'abc", "x = b\"abc\n", "x = '''abc", "x = '''abc\n\n",
    "s = 'a\\\nb\n",
    "\\ x", "x = 1 \\ 2\n",
    "x = \\", "x = 5\\\n",
    "(\n", "f(\n  1,\n", "x = [1, 2\n", "{", "a)", "x = ]", "(]", "(\n\n]", "[1, 2)",
    "(" * 201,
    "x = 1\u00a0", "x\u20ac = 1", "\u20ac", "\u0661 = 1", "a\u00b2 = 1", "x = \u200b",
    "x = \x01",
    "if 1:\n  a\n b\n", "if 1:\n\ta\n        b\n", "if 1:\n        a\n\tb\n",
    "if 1:\n" + "".join(" " * i + "if 1:\n" for i in range(1, 101)) + " " * 101 + "pass\n",
]


def main():
    for source in SOURCES:
        try:
            compile(source, "<test>", "exec")
        except SyntaxError as e:
            print(f"    ({source!r}, {type(e).__name__!r}, {e.msg!r}, {e.lineno}, {e.offset}),")
        else:
            print(f"    # {source!r} compiles")


main()
