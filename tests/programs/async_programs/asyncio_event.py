# asyncio.Event: set, clear, is_set, wait; many waiters wake together.
import asyncio

log = []


async def waiter(event, name):
    log.append(f"{name} waiting")
    result = await event.wait()
    log.append(f"{name} woke with {result}")
    return name


async def main():
    event = asyncio.Event()
    print(event.is_set())
    tasks = [asyncio.create_task(waiter(event, f"w{i}")) for i in range(3)]
    await asyncio.sleep(0)
    print(log, [t.done() for t in tasks])
    event.set()
    print("set:", event.is_set(), [t.done() for t in tasks])
    print(await asyncio.gather(*tasks))
    print(log)
    log.clear()

    # wait on a set event returns True immediately
    print(await event.wait())
    event.set()
    print("set twice:", event.is_set())

    event.clear()
    print("cleared:", event.is_set())
    t = asyncio.create_task(waiter(event, "late"))
    for _ in range(3):
        await asyncio.sleep(0)
    print("still waiting:", t.done())
    event.set()
    event.clear()
    print(await t, event.is_set())
    print(log)
    log.clear()

    # events used for a start signal and a done signal
    start = asyncio.Event()
    finished = asyncio.Event()
    order = []

    async def runner(n):
        await start.wait()
        order.append(f"run {n}")
        if n == 2:
            finished.set()

    runners = [asyncio.create_task(runner(n)) for n in range(3)]
    order.append("before start")
    start.set()
    await finished.wait()
    order.append("finished signalled")
    await asyncio.gather(*runners)
    print(order)

    # cancelling a waiting task removes it cleanly
    e = asyncio.Event()
    t = asyncio.create_task(e.wait())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("waiter cancelled", t.cancelled())
    e.set()
    print(await e.wait())

    # a ping-pong between two tasks using two events
    ping, pong = asyncio.Event(), asyncio.Event()
    rally = []

    async def player(name, mine, theirs, hits):
        for i in range(hits):
            await mine.wait()
            mine.clear()
            rally.append(f"{name}{i}")
            theirs.set()

    a = asyncio.create_task(player("ping", ping, pong, 3))
    b = asyncio.create_task(player("pong", pong, ping, 3))
    ping.set()
    await asyncio.gather(a, b)
    print(rally)


asyncio.run(main())
