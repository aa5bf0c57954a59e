#!/usr/bin/env python3
"""Print CPython 3.11's symbol tables in the text form of pyvm's
`pyvm_compiler::symtable::dump`, for comparison.

Usage:
  symtable_reference.py FILE...   print each file's tables to stdout
  symtable_reference.py --json    read file paths, one per line, on stdin;
                                  write one JSON object per line:
                                  {"path", "stdout", "exit"} (exit 1 when
                                  CPython cannot build the table:
                                  SyntaxError and the like), plus "source"
                                  (the decoded text) for files not in
                                  UTF-8, or "undecodable": true for files
                                  whose encoding is wrong.

The form, one block per scope in pre-order (children in source order):

  <type> <name> line <lineno>[ nested][ optimized]
    children: <name> <name> ...
    varnames: <name> <name> ...
    <symbol> <SCOPE> <FLAG|FLAG...> : <predicate> <predicate> ...

Symbols are sorted by name (in code point order). SCOPE is the resolved
scope (LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL or - when not
set); FLAGS the raw DEF_*/USE bits; the predicates are the `symtable`
module's `is_*` methods that return true.
"""
import io
import json
import symtable
import sys
import tokenize
import warnings

SCOPE_OFF = 11
SCOPE_NAMES = {0: "-", 1: "LOCAL", 2: "GLOBAL_EXPLICIT", 3: "GLOBAL_IMPLICIT", 4: "FREE", 5: "CELL"}
FLAG_NAMES = [
    (1, "DEF_GLOBAL"),
    (2, "DEF_LOCAL"),
    (4, "DEF_PARAM"),
    (8, "DEF_NONLOCAL"),
    (16, "USE"),
    (32, "DEF_FREE"),
    (64, "DEF_FREE_CLASS"),
    (128, "DEF_IMPORT"),
    (256, "DEF_ANNOT"),
    (512, "DEF_COMP_ITER"),
]
PREDICATES = [
    "is_local",
    "is_global",
    "is_declared_global",
    "is_free",
    "is_parameter",
    "is_referenced",
    "is_assigned",
    "is_imported",
    "is_annotated",
    "is_namespace",
    "is_nonlocal",
]


def dump_table(table, out):
    raw = table._table
    line = f"{table.get_type()} {table.get_name()} line {table.get_lineno()}"
    if table.is_nested():
        line += " nested"
    if table.is_optimized():
        line += " optimized"
    out.append(line)
    children = table.get_children()
    out.append("  children:" + "".join(" " + c.get_name() for c in children))
    out.append("  varnames:" + "".join(" " + v for v in raw.varnames))
    for name in sorted(raw.symbols):
        value = raw.symbols[name]
        scope = SCOPE_NAMES.get((value >> SCOPE_OFF) & 7, "?")
        flags = "|".join(n for bit, n in FLAG_NAMES if value & bit) or "-"
        symbol = table.lookup(name)
        preds = " ".join(p for p in PREDICATES if getattr(symbol, p)())
        out.append(f"  {name} {scope} {flags} : {preds}".rstrip())
    for child in children:
        dump_table(child, out)


def dump_source(source, path):
    out = []
    dump_table(symtable.symtable(source, path, "exec"), out)
    return "\n".join(out) + "\n"


def main():
    warnings.simplefilter("ignore")
    args = sys.argv[1:]
    if args != ["--json"]:
        for path in args:
            with open(path, "rb") as f:
                sys.stdout.write(dump_source(f.read(), path))
        return
    for line in sys.stdin:
        path = line.rstrip("\n")
        if not path:
            continue
        with open(path, "rb") as f:
            data = f.read()
        result = {"path": path}
        try:
            encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
            text = data.decode(encoding)
        except (SyntaxError, UnicodeDecodeError, LookupError):
            # Not a symbol table matter: the file cannot be decoded.
            result.update(stdout="", exit=1, undecodable=True)
            sys.stdout.write(json.dumps(result) + "\n")
            continue
        try:
            result["stdout"] = dump_source(data, path)
            result["exit"] = 0
        except (SyntaxError, ValueError, UnicodeDecodeError, RecursionError, MemoryError):
            result["stdout"] = ""
            result["exit"] = 1
        if encoding != "utf-8":
            result["source"] = text
        sys.stdout.write(json.dumps(result) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
