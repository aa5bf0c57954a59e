# asyncio.gather returns results in argument order, whatever order the
# awaitables finish in; nested gathers, duplicates and empty gathers.
import asyncio

finish_order = []


async def job(name, rounds):
    for _ in range(rounds):
        await asyncio.sleep(0)
    finish_order.append(name)
    return f"{name}:{rounds}"


async def main():
    results = await asyncio.gather(job("slow", 4), job("fast", 0), job("mid", 2))
    print(results)
    print(finish_order)
    finish_order.clear()

    print(await asyncio.gather())
    print(type(await asyncio.gather()).__name__)

    nested = await asyncio.gather(
        asyncio.gather(job("a", 2), job("b", 1)),
        job("c", 0),
        asyncio.gather(),
    )
    print(nested)
    print(finish_order)
    finish_order.clear()

    # tasks and coroutines can be mixed
    t = asyncio.create_task(job("task", 1))
    print(await asyncio.gather(job("coro", 2), t))

    # the same task passed twice gives its result twice
    t = asyncio.create_task(job("dup", 1))
    print(await asyncio.gather(t, t, job("other", 0)))
    finish_order.clear()

    # a custom awaitable object is wrapped in a task
    class Ready:
        def __init__(self, value):
            self.value = value

        def __await__(self):
            yield from asyncio.sleep(0).__await__() if False else ()
            return self.value

    print(await asyncio.gather(Ready("custom"), job("j", 1)))

    # gather of many computes in parallel and keeps order
    async def square(n):
        for _ in range(n % 3):
            await asyncio.sleep(0)
        return n * n

    print(await asyncio.gather(*[square(n) for n in range(10)]))

    # the gather future itself
    fut = asyncio.gather(job("f1", 1), job("f2", 0))
    print(type(fut).__name__, fut.done())
    print(await fut, fut.done(), fut.result())

    # results can be unpacked
    x, y = await asyncio.gather(job("x", 0), job("y", 0))
    print(x, y)

    # gather with non-awaitables fails immediately
    try:
        asyncio.gather(1, 2)
    except TypeError as e:
        print(type(e).__name__, e)


asyncio.run(main())
