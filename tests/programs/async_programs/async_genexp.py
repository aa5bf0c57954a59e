# Async generator expressions: lazy, single-use async generators.
import asyncio

log = []


async def source(n):
    for i in range(n):
        log.append(f"produce {i}")
        await asyncio.sleep(0)
        yield i


async def square(x):
    return x * x


async def main():
    ge = (x * 10 async for x in source(3))
    print(type(ge).__name__, log)
    print(await ge.__anext__(), log)
    print([v async for v in ge])
    print([v async for v in ge], "second pass is empty")
    log.clear()

    # a genexp with await becomes an async generator even over a sync iterable
    ge = (await square(x) for x in range(4))
    print(type(ge).__name__)
    print([v async for v in ge])

    # a filter with await
    async def keep(x):
        return x != 2

    ge = (x for x in range(5) if await keep(x))
    print([v async for v in ge])

    # chaining genexps into a pipeline
    numbers = source(6)
    evens = (n async for n in numbers if n % 2 == 0)
    labels = (f"<{n}>" async for n in evens)
    print([label async for label in labels])
    log.clear()

    # asend/athrow/aclose on a genexp
    ge = (x async for x in source(5))
    print(await ge.asend(None))
    await ge.aclose()
    try:
        await ge.__anext__()
    except StopAsyncIteration:
        print("closed genexp exhausted", log)
    log.clear()

    ge = (x async for x in source(5))
    print(await ge.__anext__())
    try:
        await ge.athrow(KeyError("into genexp"))
    except KeyError as e:
        print(type(e).__name__, e)

    # the first iterable is evaluated eagerly, the rest lazily
    def make_source():
        log.append("make_source called")
        return source(2)

    ge = (x async for x in make_source())
    print(log)
    print([x async for x in ge])
    log.clear()

    # errors from the outermost iterable happen at creation time
    try:
        (x async for x in 5)
    except TypeError as e:
        print(type(e).__name__, e)

    # sync genexp inside async function cannot be iterated asynchronously
    plain = (x for x in range(3))
    try:
        async for _ in plain:
            pass
    except TypeError as e:
        print(type(e).__name__, e)
    print(list(plain))


asyncio.run(main())
