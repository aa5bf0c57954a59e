# Generators and coroutines resumed by calls from Python code: g.send(x)
# bound and unbound, next(g), and the errors and tracebacks of each.
import sys
import traceback


def counter(start, step=1):
    total = start
    while True:
        sent = yield total
        if sent == "stop":
            return total
        total += step if sent is None else sent


g = counter(10)
print(next(g), g.send(None), g.send(5))
send = g.send
print(send(2), type(g).send(g, 3))
try:
    g.send("stop")
except StopIteration as stop:
    print("returned", stop.value, stop.args)
try:
    next(g)
except StopIteration as stop:
    print("finished", stop.args)
print(next(g, "default"))


def returns_none():
    yield 1


r = returns_none()
next(r)
try:
    next(r)
except StopIteration as stop:
    print("none", stop.args, stop.value)

fresh = counter(0)
try:
    fresh.send(1)
except TypeError as error:
    print("TypeError:", error)
print(fresh.send(None))


def reentrant():
    yield me.send(None)


me = reentrant()
try:
    next(me)
except ValueError as error:
    print("ValueError:", error)


def fails(after):
    for i in range(after):
        yield i
    raise KeyError("inside")


f = fails(1)
print(next(f))
try:
    next(f)
except KeyError:
    lines = traceback.format_exc().splitlines()
    print("\n".join(line for line in lines if not line.startswith("    ")))


def leaks_stop():
    yield 1
    raise StopIteration("leaked")


s = leaks_stop()
next(s)
try:
    s.send(None)
except RuntimeError as error:
    print("RuntimeError:", error, "from", repr(error.__cause__))


def outer_frame():
    yield sys._getframe(1).f_code.co_name


def caller():
    return next(outer_frame())


print("caller is", caller())


def closure_maker(base):
    def gen(extra=100):
        yield base + extra
        yield base
    return gen


made = closure_maker(7)
print(list(made()), next(made(1)))


async def child(x):
    return x * 2


async def parent():
    return await child(21)


c = parent()
try:
    c.send(None)
except StopIteration as stop:
    print("coroutine returned", stop.value)
try:
    c.send(None)
except RuntimeError as error:
    print("RuntimeError:", error)
pending = child(1)
try:
    next(pending)
except TypeError as error:
    print("TypeError:", error)
pending.close()


class Step:
    def __init__(self, label):
        self.label = label

    def __await__(self):
        got = yield self.label
        return got


class Broken:
    def __await__(self, extra):
        yield extra


async def uses_steps():
    first = await Step("a")
    second = await Step("b")
    return first, second


u = uses_steps()
print(u.send(None), u.send("x"))
try:
    u.send("y")
except StopIteration as stop:
    print("steps", stop.value)


async def awaits_broken():
    await Broken()


try:
    awaits_broken().send(None)
except TypeError as error:
    print("TypeError:", error)


def deep(n):
    if n:
        yield next(deep(n - 1))
    else:
        yield 0


print(next(deep(50)))
