# Coroutine objects have an __await__ method giving a coroutine_wrapper
# iterator, so `yield from coro.__await__()` works in generator-based code.


async def simple():
    return 1


class Suspend:
    def __await__(self):
        yield "paused"


async def two_steps():
    await Suspend()
    return "two steps done"


c = simple()
w = c.__await__()
print(type(w).__name__)
print(hasattr(w, "__next__"), hasattr(w, "send"), hasattr(w, "throw"), hasattr(w, "close"))
print(iter(w) is w)
try:
    next(w)
except StopIteration as stop:
    print("wrapper result", stop.value)


class Wraps:
    def __init__(self, coro):
        self.coro = coro

    def __await__(self):
        result = yield from self.coro.__await__()
        return ("wrapped", result)


async def main():
    return await Wraps(two_steps())


m = main()
print(m.send(None))
try:
    m.send(None)
except StopIteration as stop:
    print(stop.value)
