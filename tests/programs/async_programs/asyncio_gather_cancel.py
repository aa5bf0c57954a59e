# Cancelling a gather cancels its children; a cancelled child makes the
# gather raise CancelledError unless return_exceptions is set.
import asyncio

log = []


async def child(name, rounds):
    try:
        for _ in range(rounds):
            await asyncio.sleep(0)
        log.append(f"{name} finished")
        return name
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def main():
    g = asyncio.gather(child("a", 10), child("b", 10))
    await asyncio.sleep(0)
    print("cancel gather:", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled:", g.cancelled())
    print(sorted(log))
    log.clear()

    # cancelling one child task propagates CancelledError out of gather
    t1 = asyncio.create_task(child("t1", 10))
    t2 = asyncio.create_task(child("t2", 2))
    g = asyncio.gather(t1, t2)
    await asyncio.sleep(0)
    t1.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("child cancelled -> gather raised CancelledError")
    await t2
    print(sorted(log), t2.result())
    log.clear()

    # with return_exceptions the cancelled child appears as an exception
    t1 = asyncio.create_task(child("r1", 10))
    t2 = asyncio.create_task(child("r2", 1))
    g = asyncio.gather(t1, t2, return_exceptions=True)
    await asyncio.sleep(0)
    t1.cancel()
    results = await g
    print([type(r).__name__ for r in results], sorted(log))
    log.clear()

    # cancelling an already finished gather returns False
    g = asyncio.gather(child("quick", 0))
    await g
    print("cancel finished gather:", g.cancel(), g.result())
    log.clear()

    # a task awaiting a gather is cancelled: children are cancelled too
    async def parent():
        return await asyncio.gather(child("p1", 10), child("p2", 10))

    p = asyncio.create_task(parent())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        print("parent cancelled:", p.cancelled())
    await asyncio.sleep(0)
    print(sorted(log))


asyncio.run(main())
