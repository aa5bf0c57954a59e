#!/usr/bin/env python3
"""Record CPython 3.11's compile-time errors for the compiler's error table.

Each program below parses but does not compile. For each, this script
records what `compile(src, "<case>", "exec")` raises -- exception class,
message, lineno, offset, end_lineno, end_offset -- into
compiler/tests/compile_errors/cases.rs, with the stage that raises it:

  "symtable"  the symbol table pass (CPython's symtable.c, and future.c's
              scan of `from __future__` imports, which runs first), done
              by pyvm_compiler::symtable::build;
  "codegen"   code generation (CPython's compile.c).

The script checks each stage it is told against CPython's `symtable`
module, which runs future.c and symtable.c but not codegen: a "symtable"
case must make it raise the same error, a "codegen" case must not.

Run with CPython 3.11: python3 scripts/record_compile_errors.py
"""
import pathlib
import sys
import symtable
import warnings

from rust_literal import rust

assert sys.version_info[:2] == (3, 11)
warnings.simplefilter("ignore")
root = pathlib.Path(__file__).resolve().parent.parent

DEEP_LOOPS = "".join("    " * i + f"for x{i} in y:\n" for i in range(21)) + "    " * 21 + "pass\n"
MANY_TARGETS = ", ".join(f"a{i}" for i in range(256)) + ", *rest = x\n"

SYMTABLE = [
    # duplicate parameters
    "def f(a, a):\n    pass\n",
    "lambda a, a: 1\n",
    "def f(a, *, a):\n    pass\n",
    "def f(a, **a):\n    pass\n",
    "def f(*a, a):\n    pass\n",
    "def f(a, /, a):\n    pass\n",
    "async def f(a, a):\n    pass\n",
    "class C:\n    def f(self, __a, _C__a):\n        pass\n",
    "def f(ñ, ñ):\n    pass\n",
    "def f(x: int, x: str):\n    pass\n",
    "def f(a, b, c, d, e, g, a):\n    pass\n",
    "@(lambda a, a: a)\ndef f():\n    pass\n",
    "def outer():\n    return lambda x, *x: 1\n",
    # global and nonlocal declarations after other uses
    "def f(x):\n    global x\n",
    "def f(**kw):\n    global kw\n",
    "def f(x):\n    nonlocal x\n",
    "def f():\n    x = 1\n    global x\n",
    "x = 1\nglobal x\n",
    "def f():\n    print(x)\n    global x\n",
    "print(x)\nglobal x\n",
    "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n",
    "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n",
    "def f():\n    x: int\n    global x\n",
    "x: int\nglobal x\n",
    "def f():\n    x = 1\n    def g():\n        x: int\n        nonlocal x\n",
    "def f():\n    global x\n    x: int = 1\n",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x: int\n",
    "class C:\n    global x\n    x: int\n",
    "class C:\n    x = 1\n    global x\n",
    "class C:\n    def f(self):\n        __x = 1\n        global __x\n",
    "def f():\n    for x in y:\n        global x\n",
    "def f():\n    del x\n    global x\n",
    "def f():\n    x += 1\n    global x\n",
    "def f():\n    with a as x:\n        global x\n",
    "def f():\n    try:\n        pass\n    except E as x:\n        global x\n",
    "match y:\n    case x:\n        global x\n",
    "def f():\n    def x():\n        pass\n    global x\n",
    "def f():\n    x = 1\n    def g():\n        class x:\n            pass\n        nonlocal x\n",
    "def f():\n    éé = 2; global éé\n",
    # nonlocal and global resolution
    "def f():\n    global x\n    nonlocal x\n",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        global x\n",
    "nonlocal x\n",
    "\"é\"; nonlocal x\n",
    "class C:\n    nonlocal x\n",
    "def f():\n    nonlocal x\n",
    "def f():\n    global x\n    def g():\n        nonlocal x\n",
    "def f():\n    class C:\n        x = 1\n        def g(self):\n            nonlocal x\n",
    "class C:\n    def f(self):\n        nonlocal __x\n",
    "def f():\n    def g():\n        nonlocal y, x\n    y = 1\n",
    # import *
    "def f():\n    from os import *\n",
    "class C:\n    from os import *\n",
    "lambda: 1\nclass C:\n    def m(self):\n        from a.b import *\n",
    # assignment expressions in comprehensions
    "[x for x in (y := [1])]\n",
    "[x for x in [(y := 1) for z in w]]\n",
    "def f():\n    return [x for y in z for x in (w := y)]\n",
    "[x for x in (lambda: (y := 1))()]\n",
    "[[x for x in (y := z)] for a in b]\n",
    "class C:\n    [y := 1 for x in z]\n",
    "def f():\n    class C:\n        {(y := 1) for x in z}\n",
    "[x := 1 for x in y]\n",
    "[[(x := 1) for a in b] for x in y]\n",
    "[i for i in x if (j := i) for j in y]\n",
    "{(yield): (x := 1) for x in y}\n",
    "def f():\n    return {a: b for a, b in c if (b := 1)}\n",
    # yield in comprehensions
    "[(yield) for x in y]\n",
    "{(yield) for x in y}\n",
    "{(yield): 1 for x in y}\n",
    "((yield) for x in y)\n",
    "def f():\n    return [(yield from x) for x in y]\n",
    "lambda: [(yield) for x in y]\n",
    "def f():\n    return [[(yield) for a in b] for c in d]\n",
    # future imports and deferred annotations
    "from __future__ import braces\n",
    "from __future__ import nope\n",
    "\"\"\"doc\"\"\"\nfrom __future__ import annotations, braces\n",
    "from __future__ import (nested_scopes, generators, division, absolute_import,\n    with_statement, print_function, unicode_literals, generator_stop, nope)\n",
    "import os; from __future__ import annotations\n",
    "from __future__ import annotations\ndef f(x: (yield)):\n    pass\n",
    "from __future__ import annotations\ndef f() -> (await x):\n    pass\n",
    "from __future__ import annotations\nx: (y := 1)\n",
    "from __future__ import annotations\nx: (yield from y)\n",
    "from __future__ import annotations\nclass C:\n    x: (yield)\n",
]

CODEGEN = [
    "return 1\n",
    "class C:\n    return\n",
    "async def f():\n    yield 1\n    return 2\n",
    "break\n",
    "def f():\n    for x in y:\n        def g():\n            break\n",
    "for x in y:\n    pass\nelse:\n    break\n",
    "continue\n",
    "while x:\n    class C:\n        continue\n",
    "while x:\n    pass\nelse:\n    continue\n",
    "yield 1\n",
    "class C:\n    yield\n",
    "def f(x=(yield)):\n    pass\n",
    "x: (yield)\n",
    "await x\n",
    "def f():\n    class C:\n        x = await y\n",
    "def f():\n    await x\n",
    "def f():\n    lambda: await x\n",
    "async def f():\n    yield from x\n",
    "[x async for x in y]\n",
    "class C:\n    [x async for x in y]\n",
    "def f():\n    return [await x for x in y]\n",
    "def f():\n    async with x:\n        pass\n",
    "def f():\n    async for x in y:\n        pass\n",
    "try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n",
    DEEP_LOOPS,
    "*a = 1\n",
    "*a\n",
    "a, *b, *c = 1\n",
    MANY_TARGETS,
    "f(a=1, a=2)\n",
    "class C(a=1, a=2):\n    pass\n",
    "__debug__ = 1\n",
    "del __debug__\n",
    "(a, __debug__) = 1\n",
    "x.__debug__ = 1\n",
    "def f(__debug__):\n    pass\n",
    "lambda __debug__: 1\n",
    "f(__debug__=1)\n",
    "import a as __debug__\n",
    "for __debug__ in x:\n    pass\n",
    "x = 1\nfrom __future__ import annotations\n",
    "match x:\n    case [a, a]:\n        pass\n",
    "match x:\n    case a:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case a | b:\n        pass\n",
    "match x:\n    case [a] | [b]:\n        pass\n",
    "match x:\n    case C(a=1, a=2):\n        pass\n",
    "match x:\n    case {1: a, 1: b}:\n        pass\n",
    "match x:\n    case {'a': 1, 'a': 2}:\n        pass\n",
    "match x:\n    case [*a, *b]:\n        pass\n",
    "match x:\n    case __debug__:\n        pass\n",
    "for x in y:\n    try:\n        pass\n    except* E:\n        break\n",
    "for x in y:\n    try:\n        pass\n    except* E:\n        continue\n",
    "def f():\n    try:\n        pass\n    except* E:\n        return 1\n",
    "def f():\n    try:\n        pass\n    finally:\n        x = [*a, *b] = c\n",
    "def f():\n    with a:\n        yield from b\n    async with c:\n        pass\n",
    "def f():\n    del __debug__\n",
    "import a.b as __debug__\n",
    "from a import b as __debug__\n",
    "def f():\n    x = 1\n    from __future__ import division\n",
    "with a as (b, *c, *d):\n    pass\n",
    "print(*a, b=1, b=2)\n",
    "match x:\n    case [" + ", ".join(f"a{i}" for i in range(256)) + ", *r]:\n        pass\n",
]


def error_of(run):
    try:
        run()
    except (SyntaxError, RecursionError) as e:
        return e
    return None


rows = []
for stage, programs in (("symtable", SYMTABLE), ("codegen", CODEGEN)):
    for source in programs:
        e = error_of(lambda: compile(source, "<case>", "exec"))
        if e is None:
            sys.exit(f"compiles: {source!r}")
        from_symtable = error_of(lambda: symtable.symtable(source, "<case>", "exec"))
        if stage == "symtable" and (from_symtable is None or from_symtable.msg != e.msg):
            sys.exit(f"not a symtable error: {source!r}")
        if stage == "codegen" and from_symtable is not None:
            sys.exit(f"a symtable error, not codegen: {source!r}: {from_symtable}")
        end_offset = "None" if e.end_offset is None else f"Some({e.end_offset})"
        rows.append(
            f"    Case {{ source: {rust(source)}, class: {rust(type(e).__name__)}, "
            f"message: {rust(e.msg)}, lineno: {e.lineno}, offset: {e.offset}, "
            f"end_lineno: {e.end_lineno}, end_offset: {end_offset}, stage: {rust(stage)} }},"
        )
out = root / "compiler/tests/compile_errors/cases.rs"
out.parent.mkdir(exist_ok=True)
out.write_text(
    "//! Generated by scripts/record_compile_errors.py from CPython 3.11's compile();\n"
    "//! do not edit.\n\n"
    "use super::Case;\n\n"
    "pub(super) const CASES: &[Case] = &[\n" + "\n".join(rows) + "\n];\n"
)
print(len(rows), "cases:", len(SYMTABLE), "symtable,", len(CODEGEN), "codegen")
