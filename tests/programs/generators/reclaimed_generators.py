# Generators and coroutines made and driven in place by `await f()`,
# `yield from f()` and `for ... in f()`: references to them handed out
# while they run (cr_await, gi_yieldfrom, frame objects, tracebacks) stay
# good after they finish, and many made in a loop stay independent.
import gc
import sys
import weakref


class Suspend:
    def __await__(self):
        yield "suspended"


def drive(coroutine, peek=None):
    """Runs a coroutine to its end, calling `peek` at each suspension."""
    steps = 0
    while True:
        try:
            value = coroutine.send(None)
        except StopIteration as stop:
            return steps, stop.value
        steps += 1
        if peek is not None:
            peek(coroutine, value)


# cr_await: the inner coroutine, kept after it finished.
async def inner(n):
    for _ in range(n):
        await Suspend()
    return n * 10


async def outer():
    total = 0
    for n in range(3):
        total += await inner(n)
    return total


seen = []


def keep_await(coroutine, value):
    seen.append(coroutine.cr_await)


print(drive(outer(), keep_await))
for awaited in seen:
    print(type(awaited).__name__, awaited.cr_frame, awaited.cr_running, awaited.cr_await)
print(len({id(c) for c in seen}) == len(seen) or "ids reused only after death")

# gi_yieldfrom: the delegate generator, kept after it finished.
def leaf(n):
    yield from range(n)
    return n


def chain():
    total = 0
    for n in (1, 2, 3):
        total += yield from leaf(n)
    return total


delegates = []
g = chain()
for item in g:
    delegates.append(g.gi_yieldfrom)
print([type(d).__name__ for d in delegates])
print([d.gi_frame for d in delegates], g.gi_yieldfrom)

# A frame object of a running inner generator, kept after it finished.
frames = []


def remembers_frame(tag):
    local = tag * 2
    frames.append(sys._getframe())
    yield local
    frames.append(sys._getframe(0))


def uses_frames():
    for tag in ("a", "b"):
        for value in remembers_frame(tag):
            yield value


print(list(uses_frames()))
for frame in frames:
    print(frame.f_code.co_name, frame.f_locals, frame.f_back is None)

# A traceback caught inside a driven generator, kept after it finished.
tracebacks = []


def catches():
    try:
        yield 1
        raise ValueError("inside")
    except ValueError as error:
        tracebacks.append(error.__traceback__)
    yield 2


def runs_catches():
    yield from catches()
    yield from catches()


print(list(runs_catches()))
for tb in tracebacks:
    print(tb.tb_frame.f_code.co_name, sorted(tb.tb_frame.f_locals), tb.tb_lineno)

# A generator abandoned by `break` is closed when collected.
def with_cleanup(name):
    try:
        yield 1
        yield 2
    finally:
        print("closed", name)


def breaks():
    for value in with_cleanup("broken"):
        break
    return value


result = breaks()
gc.collect()
print(result)

# Many in a loop: each runs to its end on its own.
def flatten(tree):
    if isinstance(tree, list):
        for child in tree:
            yield from flatten(child)
    else:
        yield tree


tree = [[i, [i + 1, [i + 2, []]]] for i in range(2000)]
print(sum(flatten(tree)), len(list(flatten(tree))))


async def ping(n):
    await Suspend()
    return n


async def many():
    total = 0
    for i in range(5000):
        total += await ping(i)
        if i % 1000 == 0:
            gc.collect()
    return total


print(drive(many()))


# Coroutines that raise, and ones awaited but thrown into.
async def fails(n):
    await Suspend()
    raise KeyError(n)


async def catches_failures():
    caught = []
    for n in range(3):
        try:
            await fails(n)
        except KeyError as error:
            caught.append(error.args[0])
    return caught


print(drive(catches_failures()))


async def waits():
    try:
        await Suspend()
    except RuntimeError as error:
        return "waits caught " + str(error)


async def thrown_into():
    return await waits()


coroutine = thrown_into()
print(coroutine.send(None))
try:
    coroutine.throw(RuntimeError("boom"))
except StopIteration as stop:
    print(stop.value)

# A chain abandoned while the inner generator is suspended: the collector
# closes the outer one, which closes the inner one; the inner one returns
# from its `except GeneratorExit`. New generators made after that are
# independent of both.
def inner_returns_on_close(log):
    try:
        yield "inner"
    except GeneratorExit:
        log.append("inner closed")
        return "ignored"


def outer_delegates(log):
    try:
        yield (yield from inner_returns_on_close(log))
    finally:
        log.append("outer finally")


log = []
abandoned = outer_delegates(log)
print(next(abandoned))
del abandoned
gc.collect()
print(log)
print([list(inner_returns_on_close([])) for _ in range(3)])


# Objects with __del__ and weak references held only by the locals of
# driven generators go when those generators finish, and the collector
# reports them once each.
class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        deleted.append(self.name)


def holds(name, refs):
    local = Tracked(name)
    refs.append(weakref.ref(local))
    yield name


def drives_holders(refs):
    for n in range(3):
        yield from holds(f"t{n}", refs)


refs, deleted = [], []
print(list(drives_holders(refs)))
gc.collect()
print([ref() for ref in refs], deleted)
