#!/usr/bin/env python3
"""Record what `python3 -m tokenize FILE` prints, for many files in one process.

Reads file paths, one per line, on standard input. For each, runs the
`tokenize` module's own command-line entry point (`tokenize.main`) with its
output captured, and writes one JSON object per line:
    {"path": ..., "stdout": ..., "exit": 0 or 1}
so the differential tests compare pyvm with exactly what the command prints,
without starting a Python process per file.
"""
import contextlib
import io
import json
import sys
import tokenize
import warnings


def run(path, exact):
    out = io.StringIO()
    err = io.StringIO()
    code = 0
    sys.argv = ["tokenize", "-e", path] if exact else ["tokenize", path]
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            tokenize.main()
        except SystemExit as e:
            code = e.code if isinstance(e.code, int) else 1
        except Exception:
            # `python -m tokenize` lets unexpected errors (such as undecodable
            # bytes) escape as a traceback, which exits with status 1.
            code = 1
    return {"path": path, "stdout": out.getvalue(), "exit": code}


def main():
    exact = "--exact" in sys.argv[1:]
    warnings.simplefilter("ignore")
    results = sys.stdout
    for line in sys.stdin:
        path = line.rstrip("\n")
        if path:
            results.write(json.dumps(run(path, exact)) + "\n")
            results.flush()


if __name__ == "__main__":
    main()
