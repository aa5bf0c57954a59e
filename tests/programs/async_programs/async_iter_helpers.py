# Async iteration helpers written in plain Python: amap, afilter, azip,
# aenumerate, atake, achain, and a sync-to-async adapter.
import asyncio


class FromIterable:
    def __init__(self, iterable):
        self.it = iter(iterable)

    def __aiter__(self):
        return self

    async def __anext__(self):
        try:
            value = next(self.it)
        except StopIteration:
            raise StopAsyncIteration from None
        await asyncio.sleep(0)
        return value


async def amap(func, source):
    async for item in source:
        result = func(item)
        if asyncio.iscoroutine(result):
            result = await result
        yield result


async def afilter(pred, source):
    async for item in source:
        if pred(item):
            yield item


async def aenumerate(source, start=0):
    i = start
    async for item in source:
        yield i, item
        i += 1


async def azip(*sources):
    iterators = [s.__aiter__() for s in sources]
    while True:
        row = []
        for it in iterators:
            try:
                row.append(await it.__anext__())
            except StopAsyncIteration:
                return
        yield tuple(row)


async def atake(n, source):
    if n <= 0:
        return
    async for item in source:
        yield item
        n -= 1
        if n == 0:
            return


async def achain(*sources):
    for source in sources:
        async for item in source:
            yield item


async def acount(start=0):
    while True:
        yield start
        start += 1


async def alist(source):
    return [x async for x in source]


async def slow_square(x):
    await asyncio.sleep(0)
    return x * x


async def main():
    print(await alist(FromIterable("abc")))
    print(await alist(amap(str.upper, FromIterable("abc"))))
    print(await alist(amap(slow_square, FromIterable(range(5)))))
    print(await alist(afilter(lambda x: x % 2, FromIterable(range(10)))))
    print(await alist(aenumerate(FromIterable("xyz"), start=1)))
    print(await alist(azip(FromIterable("ab"), acount(10), FromIterable([True, False, None]))))
    print(await alist(atake(4, acount(100))))
    print(await alist(atake(0, acount())))
    print(await alist(achain(FromIterable([1, 2]), FromIterable([]), atake(2, acount(7)))))
    evens = afilter(lambda x: x % 2 == 0, acount())
    squares = amap(slow_square, evens)
    print(await alist(atake(5, squares)))

    # word frequency over an async stream of lines
    lines = FromIterable(["the cat", "the dog and the cat", "a dog"])
    counts = {}
    async for line in lines:
        async for word in FromIterable(line.split()):
            counts[word] = counts.get(word, 0) + 1
    print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))

    # StopIteration from the sync iterator is not leaked as RuntimeError
    adapter = FromIterable([])
    try:
        await adapter.__anext__()
    except StopAsyncIteration as e:
        print("StopAsyncIteration", e.__cause__, e.__suppress_context__)


asyncio.run(main())
