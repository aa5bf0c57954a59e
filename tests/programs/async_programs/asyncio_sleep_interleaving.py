# The order in which tasks run when they yield with asyncio.sleep(0):
# tasks start in creation order and take turns.
import asyncio

log = []


async def worker(name, steps):
    for i in range(steps):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    log.append(f"{name} done")
    return name


async def no_yield(name):
    log.append(f"{name} ran without yielding")
    return name


async def main():
    t1 = asyncio.create_task(worker("a", 3))
    t2 = asyncio.create_task(worker("b", 2))
    t3 = asyncio.create_task(no_yield("c"))
    log.append("main before first sleep")
    await asyncio.sleep(0)
    log.append("main after first sleep")
    await t1
    log.append("main after t1")
    print(t2.done(), t3.done())
    await t2
    await t3
    print(log)
    log.clear()

    # a task created but never awaited still runs while main sleeps
    t = asyncio.create_task(worker("bg", 2))
    for _ in range(4):
        await asyncio.sleep(0)
    print(t.done(), t.result(), log)
    log.clear()

    # awaiting a coroutine directly does not yield to other tasks
    t = asyncio.create_task(no_yield("task"))
    await no_yield("direct")
    log.append("after direct await")
    await t
    print(log)
    log.clear()

    # gather starts coroutines in argument order
    await asyncio.gather(worker("x", 2), worker("y", 1), worker("z", 0))
    print(log)
    log.clear()

    # a task awaited right after creation
    result = await asyncio.create_task(worker("now", 1))
    print(result, log)
    log.clear()

    # many tasks with different step counts
    tasks = [asyncio.create_task(worker(f"w{n}", n)) for n in range(4)]
    done = [await t for t in tasks]
    print(done)
    print(log)


asyncio.run(main())
