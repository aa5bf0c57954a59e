# Awaiting things that are not awaitable, and __await__ returning the wrong
# kind of object; the TypeError messages CPython gives.


def run(coro):
    try:
        while True:
            print("  yielded", repr(coro.send(None)))
    except StopIteration as stop:
        return ("ok", stop.value)
    except Exception as e:
        return (type(e).__name__, str(e))


async def await_it(x):
    return await x


class Plain:
    pass


class AwaitReturnsInt:
    def __await__(self):
        return 5


class AwaitReturnsList:
    def __await__(self):
        return [1, 2]


class AwaitReturnsNone:
    def __await__(self):
        return None


async def helper():
    return "helper value"


class AwaitReturnsCoroutine:
    def __init__(self):
        self.coro = None

    def __await__(self):
        self.coro = helper()
        return self.coro


class AwaitIsNone:
    __await__ = None


class AwaitRaises:
    def __await__(self):
        raise LookupError("no awaiting today")


class AwaitReturnsIterator:
    def __await__(self):
        return iter(["a", "b"])


class AwaitAsAttribute:
    pass


instance_only = AwaitAsAttribute()
instance_only.__await__ = lambda: iter([])

values = [
    1, 2.5, "text", b"bytes", None, [1], (1,), {"k": 1}, Plain(), print,
    AwaitReturnsInt(), AwaitReturnsList(), AwaitReturnsNone(),
    AwaitIsNone(), AwaitRaises(), AwaitReturnsIterator(), instance_only,
]
for v in values:
    print(type(v).__name__, "->", run(await_it(v)))

holder = AwaitReturnsCoroutine()
print("coroutine from __await__ ->", run(await_it(holder)))
holder.coro.close()


# a generator object is not awaitable either
def gen():
    yield 1


g = gen()
print("generator ->", run(await_it(g)))


# awaiting inside an expression
async def in_expression():
    return 1 + await Plain()


print("in expression ->", run(in_expression()))


# the error can be caught inside the coroutine
async def catches():
    try:
        await 3
    except TypeError as e:
        return f"caught: {e}"


print(run(catches()))
