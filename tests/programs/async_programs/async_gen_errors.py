# Errors from async generators: StopAsyncIteration and StopIteration
# leaking out of the body, re-entering a running generator, and misuse.
import asyncio


async def leaks_stop_async():
    yield 1
    raise StopAsyncIteration("leaked")


async def leaks_stop():
    yield 1
    raise StopIteration("leaked")


async def ticker():
    for i in range(3):
        yield i


async def main():
    g = leaks_stop_async()
    print(await g.__anext__())
    try:
        await g.__anext__()
    except RuntimeError as e:
        print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__)

    g = leaks_stop()
    print(await g.__anext__())
    try:
        await g.__anext__()
    except RuntimeError as e:
        print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__)

    # async generators are not iterable with a plain for loop
    try:
        for _ in ticker():
            pass
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        list(ticker())
    except TypeError as e:
        print(type(e).__name__, e)

    # await directly on an async generator
    try:
        await ticker()
    except TypeError as e:
        print(type(e).__name__, e)

    g = ticker()
    print(g.__aiter__() is g)
    print(await g.__anext__(), await g.__anext__(), await g.__anext__())
    for _ in range(2):
        try:
            await g.__anext__()
        except StopAsyncIteration as e:
            print("StopAsyncIteration", repr(e))


asyncio.run(main())

src = "async def f():\n    yield 1\n    return 2\n"
try:
    compile(src, "<gen>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
src = "async def f():\n    yield from [1]\n"
try:
    compile(src, "<gen>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
