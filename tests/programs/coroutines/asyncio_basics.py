# asyncio: run, sleep, gather, create_task, cancellation, wait_for, and
# the queue, event and lock. Tasks take turns by `sleep(0)` rounds, so the
# order does not depend on the clock.

import asyncio


async def worker(name, rounds, log):
    log.append(f"{name} start")
    for _ in range(rounds):
        await asyncio.sleep(0)
    log.append(f"{name} end")
    return name.upper()


async def failing(rounds):
    for _ in range(rounds):
        await asyncio.sleep(0)
    raise ValueError("bad worker")


async def main():
    log = []
    results = await asyncio.gather(worker("a", 3, log), worker("b", 2, log), worker("c", 0, log))
    print(results, log)
    print(await asyncio.sleep(0.001, "slept a millisecond"))

    task = asyncio.create_task(worker("t", 1, log), name="my-task")
    print(task.get_name(), task.done())
    print(await task, task.done(), task.result())

    mixed = await asyncio.gather(failing(1), worker("d", 0, log), return_exceptions=True)
    print([repr(item) for item in mixed])
    try:
        await asyncio.gather(failing(0), worker("e", 2, log))
    except ValueError as error:
        print("gather raised", error)

    slow = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    slow.cancel()
    try:
        await slow
    except asyncio.CancelledError:
        print("cancelled:", slow.cancelled())

    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out")
    print(await asyncio.wait_for(worker("w", 0, log), timeout=1))

    queue = asyncio.Queue()
    consumed = []

    async def producer():
        for i in range(5):
            await queue.put(i)
            await asyncio.sleep(0)
        await queue.put(None)

    async def consumer():
        while (item := await queue.get()) is not None:
            consumed.append(item * item)

    await asyncio.gather(producer(), consumer())
    print("consumed", consumed)

    event = asyncio.Event()

    async def waiter(n):
        await event.wait()
        return n

    waiters = [asyncio.create_task(waiter(n)) for n in range(3)]
    await asyncio.sleep(0)
    event.set()
    print(await asyncio.gather(*waiters))

    lock = asyncio.Lock()
    order = []

    async def critical(n):
        async with lock:
            order.append(f"in {n}")
            await asyncio.sleep(0)
            order.append(f"out {n}")

    await asyncio.gather(critical(1), critical(2))
    print(order)
    print(asyncio.current_task() is not None, len(asyncio.all_tasks()))
    return "main done"


print(asyncio.run(main()))
try:
    asyncio.run(42)
except ValueError as error:
    print("ValueError:", error)
orphan = worker("x", 0, [])
try:
    asyncio.create_task(orphan)
except RuntimeError as error:
    print("RuntimeError:", error)
orphan.close()


async def nested():
    inner = worker("inner", 0, [])
    try:
        asyncio.run(inner)
    except RuntimeError as error:
        print("RuntimeError:", error)
    inner.close()

asyncio.run(nested())
