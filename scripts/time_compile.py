#!/usr/bin/env python3
"""Time CPython's compile() over files, for the compiler benchmark.

Reads file paths on standard input, reads every file first, then compiles
all of them RUNS times (argv[1], default 3) with
`compile(source_bytes, path, "exec", dont_inherit=True)` and prints one
line per run: "<bytes> <seconds>", after one line "rejected <path>" for
each file CPython rejects, which is left out (its bytes too) here and, by
the benchmark, on pyvm's side. Warnings are ignored: compile() with the
default filters only prints them.
"""
import sys
import time
import warnings

warnings.simplefilter("ignore")
runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
sources = []
for line in sys.stdin:
    path = line.rstrip("\n")
    if not path:
        continue
    with open(path, "rb") as f:
        data = f.read()
    try:
        compile(data, path, "exec", dont_inherit=True)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        print("rejected", path, flush=True)
        continue
    sources.append((path, data))
total = sum(len(data) for _, data in sources)
for _ in range(runs):
    start = time.perf_counter()
    for path, data in sources:
        compile(data, path, "exec", dont_inherit=True)
    print(total, time.perf_counter() - start, flush=True)
