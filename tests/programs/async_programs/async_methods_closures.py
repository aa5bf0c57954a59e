# Async methods, class/static async methods, properties returning
# coroutines, closures and nonlocal state shared across awaits.
import asyncio


class Counter:
    instances = 0

    def __init__(self, start=0):
        self.value = start
        Counter.instances += 1

    async def add(self, n):
        await asyncio.sleep(0)
        self.value += n
        return self

    async def total(self):
        return self.value

    @classmethod
    async def create(cls, start):
        await asyncio.sleep(0)
        return cls(start)

    @staticmethod
    async def describe(x):
        return f"Counter({x})"

    @property
    def doubled(self):
        async def compute():
            return self.value * 2
        return compute()

    def __repr__(self):
        return f"Counter(value={self.value})"


class LoudCounter(Counter):
    async def add(self, n):
        result = await super().add(n * 10)
        return result


def make_accumulator():
    total = 0

    async def accumulate(n):
        nonlocal total
        before = total
        await asyncio.sleep(0)
        total = before + n
        return total

    def read():
        return total

    return accumulate, read


def make_adders():
    return [lambda x, i=i: add_async(x, i) for i in range(3)]


async def add_async(x, i):
    return x + i


async def main():
    c = await Counter.create(5)
    await (await c.add(1)).add(2)
    print(c, await c.total(), await c.doubled)
    print(await Counter.describe(7), await c.describe(8))
    loud = LoudCounter()
    await loud.add(3)
    print(loud, Counter.instances)

    # bound method objects of async methods
    method = c.add
    print(type(method).__name__, method.__name__, method.__qualname__)
    print(await method(100))
    unbound = Counter.add
    print(await unbound(c, 1000))

    # closures share state across awaits; interleaving is visible
    accumulate, read = make_accumulator()
    print(await accumulate(1), await accumulate(2), read())
    results = await asyncio.gather(accumulate(10), accumulate(20))
    print(results, read())

    # late-binding avoided with default arguments
    print([await f(100) for f in make_adders()])

    # a coroutine function stored in a dict and called by key
    handlers = {"double": lambda x: add_async(x, x), "inc": lambda x: add_async(x, 1)}
    print({name: await h(21) for name, h in sorted(handlers.items())})

    # async __call__
    class Callable:
        async def __call__(self, x):
            return f"called with {x}"

    print(await Callable()(5))

    # async dunder methods other than the async protocol are plain coroutines
    class Weird:
        async def __len__(self):
            return 3

    w = Weird()
    coro = w.__len__()
    print(type(coro).__name__, await coro)

    # a decorator that wraps a coroutine function
    def logged(func):
        async def wrapper(*args):
            calls.append(f"enter {func.__name__}{args}")
            result = await func(*args)
            calls.append(f"exit {func.__name__} -> {result}")
            return result
        wrapper.__name__ = func.__name__
        return wrapper

    calls = []

    @logged
    async def multiply(a, b):
        await asyncio.sleep(0)
        return a * b

    print(await multiply(6, 7), multiply.__name__)
    print(calls)


asyncio.run(main())
