#!/usr/bin/env python3
"""Time CPython's ast.parse over files, for the parser benchmark.

Reads file paths on standard input, reads every file first, then parses all
of them RUNS times (argv[1], default 3) and prints one line per run:
"<bytes> <seconds>". Files CPython rejects are skipped (their bytes too).
"""
import ast
import sys
import time
import warnings

warnings.simplefilter("ignore")
runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
sources = []
for line in sys.stdin:
    path = line.rstrip("\n")
    with open(path, "rb") as f:
        data = f.read()
    try:
        ast.parse(data)
    except (SyntaxError, ValueError):
        continue
    sources.append(data)
total = sum(len(s) for s in sources)
for _ in range(runs):
    start = time.perf_counter()
    for data in sources:
        ast.parse(data)
    print(total, time.perf_counter() - start, flush=True)
