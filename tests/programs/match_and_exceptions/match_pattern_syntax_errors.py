# Compile-time errors for patterns: the specific SyntaxError messages
# CPython's parser and compiler give, with their positions.

sources = [
    "match 1:\n case 1 as _: pass",
    "match 1:\n case 1 as a.b: pass",
    "match 1:\n case 1 as (a): pass",
    "match 1:\n case 1 as 5: pass",
    "match 1:\n case [1 as _]: pass",
    "match 1:\n case 1 | 2 as _: pass",
    "match 1:\n case x:\n  pass\n case 1: pass",
    "match 1:\n case _:\n  pass\n case 1: pass",
    "match 1:\n case {'a': 1, 'a': 2}: pass",
    "match 1:\n case {**r, 'a': 1}: pass",
    "match 1:\n case [*a, *b]: pass",
    "match 1:\n case f(): pass",
    "match 1:\n case 1 + 1: pass",
    "match 1:\n case a.b(): pass",
    "match 1:\n case {**_}: pass",
    "match 1:\n case C(a=1, 2): pass",
    "match 1:\n case C(a=1, a=2): pass",
    "match 1:\n case a | b: pass",
    "match 1:\n case [x, x]: pass",
    "match 1:\n case {'k': x, **x}: pass",
]
for src in sources:
    try:
        compile(src, "<case>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(f"SyntaxError: {e.msg} (line {e.lineno}, offset {e.offset})")
