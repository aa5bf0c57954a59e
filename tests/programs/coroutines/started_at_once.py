"""A coroutine awaited, or a generator delegated to, right where it is
made (`await f(...)`, `yield from g(...)`): every way it can run, stop,
fail and be looked at from inside and outside."""

import sys
import traceback


class Suspend:
    def __await__(self):
        value = yield "suspended"
        return value


def drive(coroutine, *sent):
    """Runs a coroutine to its end, sending `sent` values one by one."""
    out = []
    values = iter(sent)
    try:
        out.append(coroutine.send(None))
        while True:
            out.append(coroutine.send(next(values, None)))
    except StopIteration as stop:
        out.append(("returned", stop.value))
    return out


async def returns_at_once(x, y=10):
    return x + y


async def suspends(label):
    got = await Suspend()
    return (label, got)


class Box:
    def __init__(self, value):
        self.value = value

    async def get(self, extra):
        await Suspend()
        return self.value + extra

    async def fails(self):
        raise ValueError(f"bad {self.value}")


async def plain_calls():
    a = await returns_at_once(1, 2)
    b = await returns_at_once(5)
    c = await suspends("first")
    d = await Box(7).get(3)
    return a, b, c, d


print(drive(plain_calls(), "sent-1", "sent-2"))


def outer_closure(n):
    captured = n * 2

    async def inner(k):
        return captured + k

    async def with_own_cell(k):
        total = k

        def add():
            return total + captured

        await Suspend()
        return add()

    async def main():
        return await inner(1), await with_own_cell(5)

    return main


print(drive(outer_closure(4)()))


async def catches():
    try:
        await Box("x").fails()
    except ValueError as error:
        caught = repr(error)
    try:
        await returns_at_once(1, 2, 3)
    except TypeError as error:
        wrong = str(error)
    try:
        await returns_at_once()
    except TypeError as error:
        missing = str(error)
    return caught, wrong, missing


print(drive(catches()))


async def shows_handled():
    return repr(sys.exc_info()[1])


async def awaits_inside_except():
    try:
        raise KeyError("outer")
    except KeyError:
        inside = await shows_handled()
        after = repr(sys.exc_info()[1])
    return inside, after, repr(sys.exc_info()[1])


print(drive(awaits_inside_except()))


async def inspected(holder):
    me = holder[0]
    await Suspend()
    return me.cr_running


async def inspects():
    holder = []
    inner = inspected(holder)
    holder.append(inner)
    first = await inner
    return first


print(drive(inspects()))


async def deep_await(holder):
    holder.append(sys._getframe().f_code.co_name)
    await Suspend()
    return "deep"


async def outer_await(holder):
    return await deep_await(holder)


outer = outer_await([])
print(outer.send(None))
print(outer.cr_await is not None, type(outer.cr_await).__name__)
print(outer.cr_await.cr_await is not None)
print(outer.cr_running, outer.cr_await.cr_running)
try:
    outer.send("resumed")
except StopIteration as stop:
    print("stopped with", stop.value)
print(outer.cr_await)


async def raises_later(n):
    await Suspend()
    if n:
        return await raises_later(n - 1)
    raise RuntimeError("at the bottom")


try:
    drive(raises_later(3))
except RuntimeError as error:
    for entry in traceback.extract_tb(error.__traceback__):
        print(entry.name, entry.lineno, entry.line)
    print("".join(traceback.format_exception_only(error)), end="")


async def thrown_into():
    try:
        await Suspend()
    except KeyError as error:
        return f"caught {error!r}"


async def throw_outer():
    return await thrown_into()


coroutine = throw_outer()
print(coroutine.send(None))
try:
    coroutine.throw(KeyError("thrown"))
except StopIteration as stop:
    print(stop.value)

coroutine = throw_outer()
print(coroutine.send(None))
coroutine.close()
print(coroutine.cr_frame, coroutine.cr_await)


def counter(n):
    for i in range(n):
        received = yield i
        if received is not None:
            print("counter got", received)
    return f"counted {n}"


def delegates(n):
    result = yield from counter(n)
    print("delegation returned", result)
    again = yield from (x * 10 for x in range(2))
    print("genexp returned", again)
    return "done"


print(list(delegates(3)))
generator = delegates(2)
print(next(generator), generator.send("hello"), generator.gi_yieldfrom.__name__)
try:
    generator.throw(IndexError("into the delegate"))
except IndexError as error:
    print("propagated", repr(error), generator.gi_frame)


def recurse(n):
    if n:
        yield from recurse(n - 1)
    else:
        yield "bottom"


print(list(recurse(50)))


async def recursive_await(n):
    if n == 0:
        return 0
    return 1 + await recursive_await(n - 1)


print(drive(recursive_await(100)))
sys.setrecursionlimit(80)
try:
    drive(recursive_await(200))
except RecursionError as error:
    print("RecursionError", error)


class TakesExtra:
    def __await__(self, extra):
        yield extra


class Describes:
    def __init__(self, name):
        self.name = name

    def __await__(self):
        sent = yield f"{self.name} waits"
        if sent == "fail":
            raise LookupError(self.name)
        return f"{self.name} got {sent}"


async def awaits_objects():
    results = [await Describes("a"), await Describes("b")]
    try:
        await TakesExtra()
    except TypeError as error:
        results.append(str(error))
    try:
        await Describes("c")
    except LookupError as error:
        results.append(repr(error))
    return results


print(drive(awaits_objects(), "one", "two", "fail"))
waiting = awaits_objects()
print(waiting.send(None), type(waiting.cr_await).__name__, waiting.cr_await.gi_running)
print({name: type(value).__name__ for name, value in waiting.cr_await.gi_frame.f_locals.items()})
waiting.close()
