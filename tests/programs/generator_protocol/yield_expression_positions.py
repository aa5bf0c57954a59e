# yield in many expression positions; evaluation order of operands around yields.
def show(label, value):
    print(f"  eval {label}")
    return value

def arithmetic():
    r = show("left", 10) + (yield "need right") * show("scale", 2)
    yield r

g = arithmetic()
print(next(g))
print(g.send(5))

def in_call():
    result = show("func", max)((yield "a"), (yield "b"), show("const", 0))
    yield result

g = in_call()
print(next(g), g.send(3), g.send(7))

def in_containers():
    lst = [(yield 1), (yield 2)]
    tup = ((yield 3),)
    dct = {(yield 4): (yield 5)}
    st = {(yield 6)}
    yield lst, tup, dct, st

g = in_containers()
vals = [next(g)] + [g.send(f"v{i}") for i in range(1, 7)]
print(vals)

def in_conditional():
    x = "yes" if (yield "cond?") else "no"
    y = (yield "a?") or (yield "b?")
    z = (yield "c?") and (yield "d?")
    yield x, y, z

g = in_conditional()
print(next(g), g.send(True), g.send(0), g.send("B"), g.send(None))
g = in_conditional()
print(next(g), g.send(False), g.send("A"), g.send(1), g.send("D"))

def in_fstring():
    yield f"<{(yield 'inner')}>"

g = in_fstring()
print(next(g), g.send("sent"))

def in_subscript_and_attr():
    data = {"k": [10, 20, 30]}
    yield data[(yield "key")][(yield "index")]

g = in_subscript_and_attr()
print(next(g), g.send("k"), g.send(-1))

def in_comparison_chain():
    yield show("a", 1) < (yield "mid") < show("c", 10)

g = in_comparison_chain()
print(next(g), g.send(5))
g = in_comparison_chain()
print(next(g), g.send(0))

def augmented():
    total = 0
    for _ in range(3):
        total += yield total
    yield total

g = augmented()
print(next(g), g.send(4), g.send(5), g.send(6))

def as_default_yield_value():
    x = yield
    y = yield None
    yield x, y

g = as_default_yield_value()
print(next(g), g.send(1), g.send(2))

def unpacking():
    a, b = yield "pair?"
    first, *rest = yield "seq?"
    yield a, b, first, rest

g = unpacking()
print(next(g), g.send((1, 2)), g.send("xyz"))
g = unpacking()
next(g)
try:
    g.send((1, 2, 3))
except ValueError as e:
    print(type(e).__name__, e)

def yield_in_return():
    return (yield "before return") * 2

g = yield_in_return()
next(g)
try:
    g.send(21)
except StopIteration as e:
    print("returned", e.value)
