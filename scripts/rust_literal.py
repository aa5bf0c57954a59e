"""Python values written as Rust literals, for the tables the record_*
scripts generate."""

import sys


def rust(s):
    """`s` as a Rust string literal: quotes, backslashes, line breaks, tabs
    and characters that do not print are escaped. Rust strings cannot hold
    lone surrogates, so a text with one stops the script."""
    out = '"'
    for ch in s:
        if ch in '\\"':
            out += "\\" + ch
        elif ch == "\n":
            out += "\\n"
        elif ch == "\t":
            out += "\\t"
        elif ch == "\r":
            out += "\\r"
        elif 0xD800 <= ord(ch) <= 0xDFFF:
            sys.exit(f"lone surrogate in a table: {s!r}")
        elif not ch.isprintable():
            out += "\\u{%x}" % ord(ch)
        else:
            out += ch
    return out + '"'


def rust_bytes(b):
    """`b` as a Rust byte string literal."""
    return 'b"' + "".join(
        chr(c) if 0x20 <= c < 0x7F and chr(c) not in '\\"' else "\\x%02x" % c for c in b
    ) + '"'
