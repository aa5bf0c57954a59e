#!/usr/bin/env python3
"""Record `ast.dump(ast.parse(source))` for many files in one process.

Reads file paths, one per line, on standard input; writes one JSON object
per line: {"path": ..., "stdout": dump + "\\n", "exit": 0} when CPython
parses the file, {"path": ..., "stdout": "", "exit": 1} when it raises
SyntaxError (or cannot decode it). `--attributes` adds
include_attributes=True; `--indent N` passes indent=N.
"""
import ast
import json
import sys
import warnings


def main():
    args = sys.argv[1:]
    attributes = "--attributes" in args
    indent = int(args[args.index("--indent") + 1]) if "--indent" in args else None
    warnings.simplefilter("ignore")
    for line in sys.stdin:
        path = line.rstrip("\n")
        if not path:
            continue
        try:
            with open(path, "rb") as f:
                tree = ast.parse(f.read())
            out = ast.dump(tree, include_attributes=attributes, indent=indent) + "\n"
            result = {"path": path, "stdout": out, "exit": 0}
        except (SyntaxError, ValueError, UnicodeDecodeError, RecursionError, MemoryError):
            result = {"path": path, "stdout": "", "exit": 1}
        sys.stdout.write(json.dumps(result) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
