#!/usr/bin/env python3
"""CPython 3.11's `ast.parse` trees in pyvm-ast's JSON form, with their dumps.

Used by pyvm-ast's differential test (ast/tests/cpython_differential.rs) and
by record_ast_dumps.py. For each Python file named on the command line (or,
with --stdin, each path read from standard input), prints one JSON line:

    {"path": ..., "source": ..., "tree": <the tree as a pyvm JSON string>,
     "dump": ast.dump(tree), "dump_indent": ast.dump(tree, indent=2),
     "dump_attrs": ast.dump(tree, include_attributes=True)}

or {"path": ..., "skip": reason} for a file CPython cannot parse or whose
positions pyvm's line index would count differently (a lone '\\r').

A file whose first line is `# pyvm-ast: OPTION ...` is parsed with those
options: `mode=eval`, `mode=single`, `mode=func_type`, `type_comments`.

Spans are byte offsets: line starts of the UTF-8 text (split on '\\n') plus
CPython's byte column.
"""

import ast
import io
import json
import math
import sys
import tokenize

CONVERSIONS = {-1: "None", ord("s"): "Str", ord("r"): "Repr", ord("a"): "Ascii"}
FIELDLESS = (ast.expr_context, ast.boolop, ast.operator, ast.unaryop, ast.cmpop)
I64 = range(-(2**63), 2**63)


def float_json(value):
    if math.isnan(value):
        return "nan"
    if math.isinf(value):
        return "inf" if value > 0 else "-inf"
    return value


def constant_json(value):
    """A Constant's value as pyvm's `Constant` enum."""
    if value is None:
        return {"_type": "None"}
    if value is ...:
        return {"_type": "Ellipsis"}
    if isinstance(value, bool):
        return {"_type": "Bool", "value": value}
    if isinstance(value, int):
        return {"_type": "Int", "value": value if value in I64 else str(value)}
    if isinstance(value, float):
        return {"_type": "Float", "value": float_json(value)}
    if isinstance(value, complex):
        return {
            "_type": "Complex",
            "value": {"real": float_json(value.real), "imag": float_json(value.imag)},
        }
    if isinstance(value, str):
        if any(0xD800 <= ord(c) <= 0xDFFF for c in value):
            return {"_type": "StrWithSurrogates", "value": [ord(c) for c in value]}
        return {"_type": "Str", "value": value}
    if isinstance(value, bytes):
        return {"_type": "Bytes", "value": list(value)}
    if isinstance(value, tuple):
        return {"_type": "Tuple", "value": [constant_json(v) for v in value]}
    if isinstance(value, frozenset):
        return {"_type": "FrozenSet", "value": [constant_json(v) for v in value]}
    raise TypeError(f"unexpected constant {value!r}")


class Converter:
    def __init__(self, source):
        self.line_starts = [0]
        for i, byte in enumerate(source.encode("utf-8")):
            if byte == 0x0A:
                self.line_starts.append(i + 1)

    def offset(self, line, col):
        return self.line_starts[line - 1] + col

    def node(self, node):
        if isinstance(node, FIELDLESS):
            return type(node).__name__
        out = {"_type": type(node).__name__}
        if "lineno" in node._attributes:
            out["span"] = [
                self.offset(node.lineno, node.col_offset),
                self.offset(node.end_lineno, node.end_col_offset),
            ]
        for field in node._fields:
            value = getattr(node, field, None)
            if field == "value" and isinstance(node, (ast.Constant, ast.MatchSingleton)):
                out[field] = constant_json(value)
            elif field == "conversion":
                out[field] = CONVERSIONS[value]
            elif field in ("is_async", "simple"):
                out[field] = bool(value)
            else:
                out[field] = self.value(value)
        return out

    def value(self, value):
        if isinstance(value, ast.AST):
            return self.node(value)
        if isinstance(value, list):
            return [self.value(v) for v in value]
        return value


def parse_options(source):
    """`ast.parse` keyword arguments from a `# pyvm-ast: …` first line."""
    first = source.split("\n", 1)[0]
    options = {}
    if first.startswith("# pyvm-ast:"):
        for word in first[len("# pyvm-ast:"):].split():
            if word.startswith("mode="):
                options["mode"] = word[len("mode="):]
            elif word == "type_comments":
                options["type_comments"] = True
            else:
                raise ValueError(f"unknown pyvm-ast option {word!r}")
    return options


def to_pyvm_json(tree, source):
    """`tree` (from `ast.parse(source)`) as pyvm-ast's JSON value."""
    return Converter(source).node(tree)


def record(path, source):
    if "\r" in source.replace("\r\n", ""):
        return {"path": path, "skip": "lone carriage return"}
    try:
        tree = ast.parse(source, **parse_options(source))
    except (SyntaxError, ValueError) as err:
        return {"path": path, "skip": f"{type(err).__name__}: {err}"}
    return {
        "path": path,
        "source": source,
        "tree": json.dumps(to_pyvm_json(tree, source)),
        "dump": ast.dump(tree),
        "dump_indent": ast.dump(tree, indent=2),
        "dump_attrs": ast.dump(tree, include_attributes=True),
    }


def read_source(path):
    with open(path, "rb") as f:
        data = f.read()
    try:
        # As ast.parse(bytes) would: honour an encoding cookie.
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
        return data.decode(encoding)
    except (SyntaxError, UnicodeDecodeError, LookupError):
        return None


def main():
    paths = sys.argv[1:]
    if paths[:1] == ["--stdin"]:
        paths = [line.rstrip("\n") for line in sys.stdin if line.strip()]
    for path in paths:
        source = read_source(path)
        if source is None:
            line = {"path": path, "skip": "cannot decode"}
        else:
            line = record(path, source)
        print(json.dumps(line))


if __name__ == "__main__":
    main()
