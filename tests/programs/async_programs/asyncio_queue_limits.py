# asyncio.Queue with maxsize: full/empty, put_nowait and get_nowait
# errors, blocked putters, and task_done called too often.
import asyncio


async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.qsize(), q.empty(), q.full())
    q.put_nowait("a")
    q.put_nowait("b")
    print(q.qsize(), q.empty(), q.full())
    try:
        q.put_nowait("c")
    except asyncio.QueueFull as e:
        print(type(e).__name__, repr(str(e)))
    print(q.get_nowait(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print(type(e).__name__, repr(str(e)))
    print(issubclass(asyncio.QueueFull, Exception), issubclass(asyncio.QueueEmpty, Exception))

    # a putter blocks while the queue is full
    log = []
    q = asyncio.Queue(maxsize=1)

    async def fill(n):
        for i in range(n):
            await q.put(i)
            log.append(f"put {i}")

    filler = asyncio.create_task(fill(3))
    await asyncio.sleep(0)
    print("after one round:", log, q.qsize(), filler.done())
    got = []
    while len(got) < 3:
        got.append(await q.get())
        log.append(f"got {got[-1]}")
        await asyncio.sleep(0)
    await filler
    print(got)
    print(log)

    # maxsize 0 or negative means unbounded
    for size in [0, -1]:
        q = asyncio.Queue(maxsize=size)
        for i in range(100):
            q.put_nowait(i)
        print(size, q.qsize(), q.full())

    # task_done bookkeeping
    q = asyncio.Queue()
    try:
        q.task_done()
    except ValueError as e:
        print(type(e).__name__, e)
    q.put_nowait(1)
    q.put_nowait(2)
    q.get_nowait()
    q.task_done()

    joined = []

    async def joiner():
        await q.join()
        joined.append("joined")

    j = asyncio.create_task(joiner())
    await asyncio.sleep(0)
    print("join finished early?", joined)
    q.get_nowait()
    q.task_done()
    await j
    print(joined)
    await q.join()
    print("join on finished queue returns at once")

    # a bounded queue used as a rate limiter between a fast producer and slow consumer
    q = asyncio.Queue(maxsize=2)
    timeline = []

    async def fast():
        for i in range(5):
            await q.put(i)
            timeline.append(f"P{i}")
        await q.put(None)

    async def slow():
        while (item := await q.get()) is not None:
            timeline.append(f"C{item}")
            await asyncio.sleep(0)
            await asyncio.sleep(0)

    await asyncio.gather(fast(), slow())
    print(" ".join(timeline))


asyncio.run(main())
