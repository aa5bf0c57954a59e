#!/usr/bin/env python3
"""Record CPython 3.11's ASTs of the parser's snapshot tests.

Every parser/tests/AREA.rs that calls `snapshot_tests! { … }` lists its
cases there, one per entry `NAME: MODE, "SOURCE";` (MODE is Exec, Eval or
Single; SOURCE is a Rust string literal, plain or raw). For each case this
writes parser/tests/snapshots/AREA__NAME.snap, in the file format insta
writes for the test's `assert_snapshot!`, holding

    source:
    SOURCE (without its final newline)
    ---
    ast.dump(ast.parse(SOURCE, mode=MODE), indent=2, include_attributes=True)

the text the Rust side (parser/tests/common/mod.rs, `render`) builds from
pyvm's tree. Snapshots of an area that no longer name a case are deleted.
Run with CPython 3.11 from anywhere: python3 scripts/record_parser_snapshots.py
"""

import ast
import pathlib
import re
import sys
import warnings

assert sys.version_info[:2] == (3, 11), "record with CPython 3.11"
# Invalid escapes like '\q' are cases on purpose; their warnings are noise.
warnings.simplefilter("ignore")

ROOT = pathlib.Path(__file__).resolve().parent.parent
TESTS = ROOT / "parser" / "tests"
SNAPSHOTS = TESTS / "snapshots"
MODES = {"Exec": "exec", "Eval": "eval", "Single": "single"}

MACRO = "snapshot_tests! {"
ENTRY = re.compile(r"^[ \t]*([a-z_][a-z0-9_]*):[ \t]*(Exec|Eval|Single),[ \t]*", re.M)
RAW_START = re.compile(r'r(#*)"')
SIMPLE_ESCAPES = {"n": "\n", "r": "\r", "t": "\t", "\\": "\\", "0": "\0", "'": "'", '"': '"'}


def rust_string(text, start):
    """The value of the Rust string literal at text[start:], and its end."""
    raw = RAW_START.match(text, start)
    if raw:
        close = '"' + raw.group(1)
        end = text.index(close, raw.end())
        return text[raw.end() : end], end + len(close)
    assert text[start] == '"', f"no string literal at {text[start:start + 40]!r}"
    out = []
    i = start + 1
    while text[i] != '"':
        if text[i] != "\\":
            out.append(text[i])
            i += 1
            continue
        escape = text[i + 1]
        if escape == "\n":
            # A line continuation skips the line break and what indents
            # the next line.
            i += 2
            while text[i] in " \t\n\r":
                i += 1
        elif escape in SIMPLE_ESCAPES:
            out.append(SIMPLE_ESCAPES[escape])
            i += 2
        elif escape == "x":
            out.append(chr(int(text[i + 2 : i + 4], 16)))
            i += 4
        elif escape == "u":
            close = text.index("}", i)
            out.append(chr(int(text[i + 3 : close], 16)))
            i = close + 1
        else:
            raise ValueError(f"unknown escape \\{escape} at {text[i:i + 20]!r}")
    return "".join(out), i + 1


def cases_of(path):
    """The (name, mode, source) entries of the `snapshot_tests!` in `path`."""
    text = path.read_text()
    pos = text.index(MACRO) + len(MACRO)
    cases = []
    while match := ENTRY.search(text, pos):
        source, end = rust_string(text, match.end())
        semicolon = re.compile(r"\s*;").match(text, end)
        assert semicolon, f"{path.name}: no ';' after case {match.group(1)}"
        cases.append((match.group(1), MODES[match.group(2)], source))
        pos = semicolon.end()
    names = [name for name, _, _ in cases]
    duplicates = {name for name in names if names.count(name) > 1}
    assert not duplicates, f"{path.name}: duplicate cases {sorted(duplicates)}"
    return cases


def render(mode, source):
    """The snapshot text, as parser/tests/common/mod.rs `render` builds it."""
    tree = ast.parse(source, mode=mode)
    shown = source[:-1] if source.endswith("\n") else source
    dumped = ast.dump(tree, indent=2, include_attributes=True)
    return f"source:\n{shown}\n---\n{dumped}"


def snapshot_file(area, text):
    """A `.snap` file as insta 1.49 writes it for `assert_snapshot!(name,
    rendered)` in parser/tests/AREA.rs: its YAML header, then the text with
    trailing whitespace trimmed."""
    header = f"---\nsource: parser/tests/{area}.rs\nexpression: rendered\n---\n"
    return header + text.rstrip() + "\n"


def main():
    SNAPSHOTS.mkdir(exist_ok=True)
    total = 0
    for path in sorted(TESTS.glob("*.rs")):
        if MACRO not in path.read_text():
            continue
        area = path.stem
        cases = cases_of(path)
        written = set()
        for name, mode, source in cases:
            # insta reads a snapshot line by line, which would turn "\r\n"
            # into "\n".
            assert "\r" not in source, f"{area}::{name}: no carriage returns"
            try:
                text = render(mode, source)
            except SyntaxError as error:
                sys.exit(f"{area}::{name}: CPython refuses the source: {error}")
            target = SNAPSHOTS / f"{area}__{name}.snap"
            target.write_text(snapshot_file(area, text))
            written.add(target.name)
        for stale in SNAPSHOTS.glob(f"{area}__*.snap"):
            if stale.name not in written:
                stale.unlink()
        total += len(cases)
        print(f"{area}: {len(cases)} cases")
    print(f"{total} snapshots in {SNAPSHOTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
