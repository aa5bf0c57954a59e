"""Frames below a running generator: their variables, seen through frame
objects, tracebacks and the garbage collector, while the generator's frame
runs above them."""
import gc
import sys
import weakref


class Token:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Token({self.name!r})"


def show(frame, depth):
    names = sorted(k for k in frame.f_locals if not k.startswith("_"))
    print("  " * depth + frame.f_code.co_name, [(k, frame.f_locals[k]) for k in names if k in ("a", "b", "c", "n", "label", "total")])


def walk():
    frame = sys._getframe()
    depth = 0
    while frame is not None and frame.f_code.co_name != "<module>":
        show(frame, depth)
        frame = frame.f_back
        depth += 1


def innermost(label):
    c = label * 2
    walk()
    yield c
    walk()
    yield sorted(map(lambda _: sys._getframe(1).f_code.co_name, [0]))


def middle(n):
    b = n + 1
    for value in innermost("m"):
        yield value, b


def outer():
    a = "outer-a"
    total = 0
    for value, b in middle(3):
        total += b
        print("outer got", value, b, a)
    return total


print("walk:", outer())


# The generator's own frame object while it runs, and after.
def driven_by_native():
    n = "native"
    yield sys._getframe(1).f_code.co_name
    yield sys._getframe().f_back.f_locals.get("n", "no n")


print("native:", list(map(str, driven_by_native())), sorted(driven_by_native()))


def self_aware():
    x = 1
    me = yield
    print("running locals", sorted(me.gi_frame.f_locals))
    x += 1
    yield x


g = self_aware()
next(g)
print("sent ->", g.send(g))
print("suspended locals", g.gi_frame.f_locals["x"])


# A collection inside a generator keeps what only the frames below hold.
def collecting():
    gc.collect()
    yield 1
    gc.collect()
    yield 2


def holder():
    kept = Token("kept")
    ref = weakref.ref(kept)
    seen = []
    for value in collecting():
        seen.append((value, ref() is not None))
    del kept
    gc.collect()
    seen.append(ref() is None)
    return seen


print("holder:", holder())


def chain(level):
    token = Token(f"level{level}")
    if level == 0:
        gc.collect()
        yield token
        return
    for item in chain(level - 1):
        yield (token.name, item)


print("chain:", list(chain(4)))
for item in chain(3):
    print("for chain:", item)


# Tracebacks through generator frames keep their variables.
def failing(n):
    local_value = n * 10
    yield local_value
    raise ValueError(f"failed at {n}")


def relay(n):
    relay_value = n + 100
    yield from failing(n)


def consumer():
    consumer_value = "consumer"
    try:
        for item in relay(5):
            print("item", item)
    except ValueError as error:
        tb = error.__traceback__
        while tb is not None:
            frame = tb.tb_frame
            picked = {k: v for k, v in frame.f_locals.items() if k.endswith("_value")}
            print("tb", frame.f_code.co_name, tb.tb_lineno - 0 > 0, picked)
            tb = tb.tb_next


consumer()


# A generator with many variables and a deep value stack, resumed often.
def wide(count):
    v0 = v1 = v2 = v3 = v4 = v5 = v6 = v7 = v8 = v9 = 0
    w0 = w1 = w2 = w3 = w4 = w5 = w6 = w7 = w8 = w9 = 1
    for i in range(count):
        v0, v1, v2, v3, v4, v5, v6, v7, v8, v9 = v1, v2, v3, v4, v5, v6, v7, v8, v9, i
        yield [v0 + w0, v1 + w1, (v2, (v3, (v4, (v5, (v6, v7))))), v8 * w8, v9 - w9]


print("wide:", sum(len(str(x)) for x in wide(200)), list(wide(12))[-1])


# Recursion inside a generator's frame, and a generator inside that.
def depth(n):
    if n == 0:
        return sum(x for x in range(5))
    return 1 + depth(n - 1)


def recursing():
    for n in range(3):
        yield depth(50 * n)


print("recursing:", list(recursing()))


# The exception being handled, across resumptions of nested generators.
def handler_gen():
    try:
        raise KeyError("inner")
    except KeyError:
        yield sys.exc_info()[1]
        yield sys.exc_info()[1]
    yield sys.exc_info()[1]


def handler_outer():
    try:
        raise IndexError("outer")
    except IndexError:
        for seen in handler_gen():
            print("in gen:", repr(seen), "outside:", repr(sys.exc_info()[1]))


handler_outer()
