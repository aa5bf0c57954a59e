#!/usr/bin/env python3
"""Runs the benchmarks in bench/ with pyvm and with CPython 3.11 in the
same run, and prints each one's best time, their ratio and the geometric
mean of the ratios.

Usage: bench/run.py [NAME ...] [--runs N] [--no-build]

Builds pyvm in release first. CPython is PYVM_PYTHON, else Debian's
/usr/bin/python3.11 (built with PGO and LTO, the fastest here), else
python3. A benchmark whose output differs from CPython's is reported as
wrong, not timed.
"""

import argparse
import math
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def cpython():
    for candidate in [os.environ.get("PYVM_PYTHON"), "/usr/bin/python3.11", shutil.which("python3")]:
        if candidate and Path(candidate).exists():
            return candidate
    sys.exit("no CPython found")


def best_time(command, runs):
    best = math.inf
    output = None
    for _ in range(runs):
        start = time.perf_counter()
        result = subprocess.run(command, capture_output=True, cwd=HERE)
        elapsed = time.perf_counter() - start
        if result.returncode != 0:
            return None, result.stdout + result.stderr
        best = min(best, elapsed)
        output = result.stdout
    return best, output


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("names", nargs="*")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-build", action="store_true")
    args = parser.parse_args()
    if not args.no_build:
        subprocess.run(["cargo", "build", "--release", "-q", "-p", "pyvm-cli"], cwd=ROOT, check=True)
    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    pyvm = target / "release" / "pyvm"
    python = cpython()
    names = args.names or sorted(p.stem for p in HERE.glob("*.py") if p.name != "run.py")
    print(f"CPython: {python}; best of {args.runs} runs")
    print(f"{'benchmark':<16}{'pyvm (s)':>10}{'CPython (s)':>13}{'ratio':>8}")
    ratios = []
    for name in names:
        script = f"{name}.py"
        cpython_time, expected = best_time([python, script], args.runs)
        pyvm_time, output = best_time([str(pyvm), script], args.runs)
        if pyvm_time is None or output != expected:
            print(f"{name:<16}{'wrong':>10}{cpython_time or 0:>13.3f}")
            continue
        ratio = pyvm_time / cpython_time
        ratios.append(ratio)
        print(f"{name:<16}{pyvm_time:>10.3f}{cpython_time:>13.3f}{ratio:>7.2f}x")
    if ratios:
        geomean = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print(f"{'geometric mean':<39}{geomean:>7.2f}x  ({len(ratios)} of {len(names)} benchmarks)")


if __name__ == "__main__":
    main()
