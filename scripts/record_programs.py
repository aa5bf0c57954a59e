#!/usr/bin/env python3
"""Records what CPython 3.11 prints for each conformance program.

For every tests/programs/<feature>/<name>.py (or the paths given), runs it
with CPython from its own folder and writes beside it:

- <name>.out: its standard output;
- <name>.err: its standard error, when there is any (tracebacks);
- <name>.status: its exit status, when it is not 0.

The program's folder is written as `<dir>` in both outputs, so recordings
do not depend on where the repository is checked out. Programs that read
standard input get the contents of <name>.in when it exists. Files and
folders whose names start with `_` are modules the programs import, not
programs.

Usage: scripts/record_programs.py [PROGRAM.py ...]
  PYVM_PYTHON selects the interpreter (default: python3.11 if present,
  else python3).
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "tests" / "programs"


def python():
    return os.environ.get("PYVM_PYTHON") or shutil.which("python3.11") or "python3"


def record(program: Path, interpreter: str) -> None:
    folder = program.parent.resolve()
    stdin_file = program.with_suffix(".in")
    stdin = stdin_file.read_bytes() if stdin_file.exists() else b""
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    env.pop("PYTHONPATH", None)
    result = subprocess.run(
        [interpreter, program.name],
        cwd=folder,
        input=stdin,
        capture_output=True,
        env=env,
        timeout=60,
    )
    normalize = lambda data: data.decode("utf-8").replace(str(folder), "<dir>")
    program.with_suffix(".out").write_text(normalize(result.stdout), encoding="utf-8")
    for suffix, content, keep in [
        (".err", normalize(result.stderr), bool(result.stderr)),
        (".status", f"{result.returncode}\n", result.returncode != 0),
    ]:
        path = program.with_suffix(suffix)
        if keep:
            path.write_text(content, encoding="utf-8")
        elif path.exists():
            path.unlink()


def main() -> None:
    interpreter = python()
    version = subprocess.run(
        [interpreter, "-c", "import sys; print(sys.version_info[:2])"],
        capture_output=True,
        text=True,
    ).stdout.strip()
    if version != "(3, 11)":
        sys.exit(f"{interpreter} is not CPython 3.11 ({version})")
    programs = [Path(p) for p in sys.argv[1:]] or sorted(
        path
        for path in ROOT.rglob("*.py")
        if not any(part.startswith("_") for part in path.relative_to(ROOT).parts)
    )
    for program in programs:
        record(program, interpreter)
    print(f"recorded {len(programs)} programs with {interpreter}")


if __name__ == "__main__":
    main()
