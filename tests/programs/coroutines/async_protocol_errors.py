# What async for and async with require, and the errors when it is missing.


def run(coroutine):
    try:
        while True:
            coroutine.send(None)
    except StopIteration as stop:
        return stop.value
    except Exception as error:
        return f"{type(error).__name__}: {error}"


class NoAiter:
    pass


class AiterNotIterator:
    def __aiter__(self):
        return 42


class BadAnext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 5


class CountDown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


class RaisesInside:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise RuntimeError("iteration broke")


async def loop_over(iterable):
    out = []
    async for item in iterable:
        out.append(item)
    else:
        out.append("else")
    return out


async def loop_break(iterable):
    out = []
    async for item in iterable:
        if item == 1:
            break
        out.append(item)
    else:
        out.append("no else after break")
    return out


for iterable in [NoAiter(), AiterNotIterator(), BadAnext(), CountDown(3), RaisesInside(), [1, 2]]:
    print(run(loop_over(iterable)))
print(run(loop_break(CountDown(4))))


class NoAenter:
    pass


class NoAexit:
    async def __aenter__(self):
        return self


class Sync:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


async def use(manager):
    async with manager:
        return "inside"


for manager in [NoAenter(), NoAexit(), Sync()]:
    print(run(use(manager)))


async def comprehension():
    return [x * 2 async for x in CountDown(3)]


print(run(comprehension()))
