# Compile-time errors around yield and generator expressions, via compile().
sources = [
    "f(x for x in y, 1)",
    "f(1, x for x in y)",
    "f(x for x in y)",
    "f((x for x in y), 1)",
    "[(yield) for x in y]",
    "{(yield) for x in y}",
    "{k: (yield) for k in y}",
    "list((yield) for x in y)",
    "def f():\n    yield from\n",
    "yield 1",
    "yield from x",
    "(yield)",
    "x = yield",
    "def f():\n    return 1\n    yield\n",
    "class A:\n    yield 1\n",
    "class A:\n    def m(self):\n        yield 1\n",
    "async def f():\n    yield from x\n",
    "async def f():\n    yield 1\n",
    "async def f():\n    yield 1\n    return 2\n",
    "def f():\n    x = yield = 3\n",
    "def f():\n    yield = 3\n",
    "def f():\n    (yield) += 1\n",
    "def f():\n    del (yield)\n",
    "def f():\n    yield 1, 2\n",
    "def f():\n    yield *a, b\n",
    "def f():\n    x = yield from a, b\n",
    "def f():\n    await x\n",
    "lambda: (yield)",
    "lambda: (yield from x)",
    "def f():\n    g = (x for x in (yield))\n",
    "def f():\n    return [x async for x in y]\n",
    "def f():\n    return (x async for x in y)\n",
    "def f():\n    x = [*(yield)]\n",
]

for src in sources:
    try:
        compile(src, "<src>", "exec")
        print("ok     ", repr(src))
    except SyntaxError as e:
        print("error  ", repr(src), "->", e.msg, "line", e.lineno)

# a function is a generator even with only an unreachable yield in a nested block
ns = {}
exec("def f():\n    if False:\n        yield\n    return 5\n", ns)
g = ns["f"]()
print(type(g).__name__)
try:
    next(g)
except StopIteration as e:
    print("value", e.value)

# yield in a nested function does not make the outer a generator
exec("def outer():\n    def inner():\n        yield 1\n    return inner\n", ns)
print(type(ns["outer"]()).__name__, type(ns["outer"]()()).__name__)

# genexp inside a function body: the function is not a generator
exec("def h():\n    return (i for i in range(2))\n", ns)
print(type(ns["h"]).__name__, type(ns["h"]()).__name__, list(ns["h"]()))
