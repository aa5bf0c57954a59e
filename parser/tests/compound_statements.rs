//! Compound statements: `if`/`elif`/`else`, `while` and `for` with `else`,
//! `with` (parenthesized items included), `try` with `except`, `except*`,
//! `else` and `finally`, function definitions with every kind of parameter,
//! decorators, `async`, and class definitions. The expected trees are
//! CPython 3.11's, recorded by `scripts/record_parser_snapshots.py` from the
//! sources listed here.

#[macro_use]
mod common;

snapshot_tests! {
    if_statement: Exec, "if a:\n    pass\nif a: b\n";
    if_elif_else: Exec, r"if a:
    x = 1
elif b:
    x = 2
elif c:
    pass
else:
    x = 3
";
    if_else_containing_if: Exec, r"if a:
    pass
else:
    if b:
        pass
    else:
        c
";
    one_line_bodies: Exec, "if a: b; c\nwhile a: pass\nfor x in y: x; y\nwith a: pass\nif a: pass\nelse: b = 1\n";
    while_else: Exec, r"while a:
    b
while a < b:
    break
else:
    c
";
    for_else: Exec, r"for x in y:
    pass
else:
    z
for a, b in c:
    pass
for (a, *b) in c, d:
    pass
for x, in y:
    pass
for x in *a, b:
    pass
for a.b[c] in d: pass
";
    nested_blocks_positions: Exec, r"def f():
    for x in y:
        if x:
            while z:
                pass

        # comment


    return x

class A:
    pass
";
    with_items: Exec, r"with a: pass
with a as b: pass
with a as b, c as d: pass
with a, b: pass
with a as (b, c): pass
with a as [b, *c]: pass
with a as b.c: pass
with a as b[c]: pass
with f() as g, h(): pass
";
    with_parenthesized_items: Exec, r"with (a, b): pass
with (a as b, c as d): pass
with (a as b, c as d,): pass
with (
    a as b,
    c,
):
    pass
with (a): pass
with (a) as b: pass
with (a), (b): pass
";
    with_parenthesized_expression: Exec, "with (a, b) as c: pass\nwith (a, b), c: pass\nwith (yield) as x: pass\nwith (a for b in c): pass\n";
    async_for_and_with: Exec, r"async def f():
    async for x in y:
        pass
    else:
        pass
    async with a as b, c:
        pass
    async with (a as b, c as d):
        pass
";
    try_except: Exec, r"try:
    pass
except:
    pass
try:
    a
except E:
    b
except (E1, E2) as e:
    c
except E as e:
    d
except:
    e
";
    try_except_else_finally: Exec, r"try:
    a
except E:
    b
else:
    c
finally:
    d
";
    try_finally: Exec, "try:\n    a\nfinally:\n    b\ntry: a\nfinally: b\n";
    try_except_star: Exec, r"try:
    pass
except* E:
    pass
except* (A, B) as e:
    pass
else:
    pass
finally:
    pass
";
    function_def: Exec, r"def f(): pass
def f():
    return 1
def f(a, b):
    '''docstring'''
    return a + b
";
    function_positional_and_keyword_only_parameters: Exec, r"def f(a, b, /, c, d, *, e, f): pass
def f(a, /): pass
def f(*, a): pass
def f(a, /, *, b): pass
def f(a, /, b): pass
";
    function_defaults: Exec, r"def f(a, b=1, /, c=2, *d, e, f=3, **g): pass
def f(a=1, /, b=2): pass
def f(*, a=1, b): pass
def f(a=(1, 2), b=[x for x in y]): pass
";
    function_varargs: Exec, "def f(*args): pass\ndef f(**kwargs): pass\ndef f(*args, **kwargs): pass\ndef f(a, *args, b, **kwargs,): pass\n";
    function_annotations: Exec, r"def f(a: int, b: str = '', *args: tuple, c: int, d: int = 1, **kwargs: dict) -> None: pass
def f() -> list[int]: pass
def f(a: 'x', /, b: lambda: 1 = 2): pass
def f(*args: *Ts): pass
def f(a, /, *args: *tuple[int, ...]): pass
";
    function_decorators: Exec, r"@a
@b.c
@d(e, f=g)
@h[i]
@(j := k)
@lambda f: f
def f(): pass
";
    async_function_def: Exec, r"async def f(a, *, b=1) -> c:
    await a
@d
async def g(): pass
";
    nested_functions: Exec, r"def f(a):
    def g(b):
        def h():
            return a + b
        return h
    return g
";
    class_def: Exec, r"class A: pass
class B(): pass
class C(A, B): pass
class D(A, metaclass=M, **kw): pass
class E(*bases, x=1): pass
class F(G[int]):
    '''docstring'''
    x: int = 1
    def m(self): pass
";
    class_decorators_and_nesting: Exec, r"@dec
@dec2(x)
class A:
    @property
    def x(self):
        return 1

    class B:
        pass
";
}
