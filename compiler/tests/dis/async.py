# Coroutines: async def, await, async for, async with, async
# comprehensions and async generators.
async def fetch(url):
    response = await session.get(url)
    return await response.text()


async def iterate(source):
    async for item in source:
        if item is None:
            continue
        await process(item)
    else:
        await done()


async def managed():
    async with lock:
        await work()
    async with open_a() as a, open_b() as b:
        return a, b


async def comprehensions(source):
    values = [x async for x in source]
    awaited = [await f(x) for x in items]
    mapping = {k: v async for k, v in pairs(source) if k}
    return values, awaited, mapping


async def async_generator(n):
    for i in range(n):
        yield i
        await sleep(0)


async def async_gen_expression(source):
    return (x * 2 async for x in source)
