# The aiter() and anext() builtins (known missing in pyvm).
import asyncio


async def ticker(n):
    for i in range(n):
        yield i


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def main():
    t = ticker(3)
    print(aiter(t) is t)
    print(await anext(t), await anext(t), await anext(t))
    print(await anext(t, "default"))
    try:
        await anext(t)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    c = Countdown(2)
    it = aiter(c)
    print(it is c, await anext(it), await anext(it), await anext(it, None))
    try:
        aiter(5)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        anext(5)
    except TypeError as e:
        print(type(e).__name__, e)
    print(type(anext(ticker(1), 0)).__name__)
    aw = anext(ticker(0), "fallback")
    print(await aw)


asyncio.run(main())
