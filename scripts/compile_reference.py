#!/usr/bin/env python3
"""Record whether CPython 3.11's `compile()` accepts each of many files.

Reads file paths, one per line, on standard input. For each, compiles the
file's bytes as `python3 -m dis` and `py_compile` do,
`compile(source_bytes, path, "exec", dont_inherit=True)`, and writes one
JSON object per line:

    {"path": ..., "ok": true}
    {"path": ..., "ok": false, "class": "SyntaxError", "message": ..., "lineno": 3}

`message` is the exception's `msg` for a SyntaxError (and its subclasses),
else `str(exception)`; `lineno` is null when the exception has none.
Warnings are ignored, as `compile()` with the default filters only prints
them: a SyntaxWarning does not reject a file.
"""
import json
import sys
import warnings


def verdict(path):
    with open(path, "rb") as f:
        source = f.read()
    try:
        compile(source, path, "exec", dont_inherit=True)
    except SyntaxError as e:
        return {"ok": False, "class": type(e).__name__, "message": e.msg, "lineno": e.lineno}
    except (ValueError, UnicodeDecodeError, RecursionError, MemoryError, OverflowError) as e:
        return {"ok": False, "class": type(e).__name__, "message": str(e), "lineno": None}
    return {"ok": True}


def main():
    warnings.simplefilter("ignore")
    for line in sys.stdin:
        path = line.rstrip("\n")
        if not path:
            continue
        result = {"path": path}
        result.update(verdict(path))
        sys.stdout.write(json.dumps(result) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
