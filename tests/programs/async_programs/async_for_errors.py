# What async for needs, and CPython's messages when an object falls short.


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value
    except Exception as e:
        return f"{type(e).__name__}: {e}"


async def loop(obj):
    out = []
    async for x in obj:
        out.append(x)
    return out


async def comprehension(obj):
    return [x async for x in obj]


class OnlyAnext:
    async def __anext__(self):
        raise StopAsyncIteration


class AiterReturnsInt:
    def __aiter__(self):
        return 7


class AiterReturnsNoAnext:
    def __aiter__(self):
        return []


class AnextReturnsInt:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 3


class AnextReturnsGenerator:
    def __aiter__(self):
        return self

    def __anext__(self):
        return (x for x in [1])


class AnextRaisesStopIteration:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise StopIteration


class AiterRaises:
    def __aiter__(self):
        raise ValueError("aiter broke")


class SyncIterable:
    def __iter__(self):
        return iter([1, 2])


cases = [
    5, "abc", [1, 2], None, OnlyAnext(), AiterReturnsInt(), AiterReturnsNoAnext(),
    AnextReturnsInt(), AnextReturnsGenerator(),
    AnextRaisesStopIteration(), AiterRaises(), SyncIterable(),
]
for case in cases:
    print(type(case).__name__)
    print("  loop:", run(loop(case)))
    print("  comprehension:", run(comprehension(case)))

# __aiter__ set on the instance is ignored


class InstanceAiter:
    pass


obj = InstanceAiter()
obj.__aiter__ = lambda: None
print("instance attribute:", run(loop(obj)))


# an async generator used with a plain for loop inside async def
async def agen():
    yield 1


async def plain_for_over_agen():
    for x in agen():
        pass


print("plain for:", run(plain_for_over_agen()))


# a sync generator used with async for
def sync_gen():
    yield 1


print("sync generator:", run(loop(sync_gen())))
