# asyncio.Queue producer/consumer: several producers and consumers,
# sentinels, task_done/join, and the order items are handed out.
import asyncio


async def producer(queue, name, count, log):
    for i in range(count):
        item = f"{name}{i}"
        await queue.put(item)
        log.append(f"put {item}")
        await asyncio.sleep(0)
    return f"{name} produced {count}"


async def consumer(queue, name, log, results):
    while True:
        item = await queue.get()
        if item is None:
            queue.task_done()
            log.append(f"{name} stops")
            return name
        log.append(f"{name} got {item}")
        results.append(item.upper())
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    log = []
    results = []
    consumers = [asyncio.create_task(consumer(queue, f"c{n}", log, results)) for n in range(2)]
    produced = await asyncio.gather(producer(queue, "p", 3, log), producer(queue, "q", 2, log))
    print(produced)
    await queue.join()
    print("joined, qsize", queue.qsize(), "empty", queue.empty())
    for _ in consumers:
        await queue.put(None)
    print(await asyncio.gather(*consumers))
    print(results)
    for line in log:
        print(line)

    # a pipeline of stages connected by queues
    raw, cooked = asyncio.Queue(), asyncio.Queue()

    async def stage_one():
        for n in range(5):
            await raw.put(n)
        await raw.put(None)

    async def stage_two():
        while (n := await raw.get()) is not None:
            await cooked.put(n * n)
        await cooked.put(None)

    async def stage_three():
        out = []
        while (n := await cooked.get()) is not None:
            out.append(n + 1)
        return out

    _, _, final = await asyncio.gather(stage_one(), stage_two(), stage_three())
    print(final)

    # a consumer waiting on an empty queue wakes when an item arrives
    q = asyncio.Queue()
    waiter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    print("waiter done before put:", waiter.done())
    q.put_nowait("wake up")
    print("result:", await waiter)

    # FIFO order with mixed types
    q = asyncio.Queue()
    for item in [3, "two", (1,), None, [0]]:
        q.put_nowait(item)
    print([q.get_nowait() for _ in range(q.qsize())])


asyncio.run(main())
