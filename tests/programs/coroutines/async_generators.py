# Async generators: async for over them, async comprehensions, __anext__,
# asend, athrow and aclose, and what their steps raise.

import asyncio


async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
    print("ticker done")


async def squares(source):
    async for value in source:
        yield value * value


async def main():
    print([x async for x in ticker(3)])
    total = 0
    async for square in squares(ticker(4)):
        total += square
    print("total", total)

    gen = ticker(5)
    print(await gen.__anext__(), await gen.__anext__())
    await gen.aclose()
    try:
        await gen.__anext__()
    except StopAsyncIteration:
        print("closed generator is exhausted")

    async def echo():
        received = None
        try:
            while True:
                received = yield f"got {received}"
        except ValueError as error:
            yield f"handled {error}"
        finally:
            print("echo cleanup")

    e = echo()
    print(await e.asend(None))
    print(await e.asend("a"))
    print(await e.asend("b"))
    print(await e.athrow(ValueError("v")))
    await e.aclose()

    async def stubborn():
        try:
            yield 1
        except GeneratorExit:
            yield 2

    s = stubborn()
    await s.__anext__()
    try:
        await s.aclose()
    except RuntimeError as error:
        print("RuntimeError:", error)

    async def empty():
        return
        yield

    try:
        await empty().__anext__()
    except StopAsyncIteration as stop:
        print("empty:", repr(stop))

    step = ticker(2).__anext__()
    print(await step)
    try:
        await step
    except RuntimeError as error:
        print("RuntimeError:", error)
    print(type(ticker(1)).__name__, type(ticker(1).__anext__()).__name__)

    async def raises_inside():
        yield 1
        raise KeyError("inside")

    try:
        async for item in raises_inside():
            print("item", item)
    except KeyError as error:
        print("KeyError:", error)

    async def breaks():
        async for item in ticker(10):
            if item == 2:
                break
        return item

    print("broke at", await breaks())


asyncio.run(main())
try:
    for x in ticker(2):
        pass
except TypeError as error:
    print("TypeError:", error)
