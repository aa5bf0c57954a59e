# Cancelling asyncio tasks: CancelledError inside the task, cleanup in
# finally, cancel messages, cancel on finished tasks and catching it.
import asyncio

log = []


async def sleeper(name):
    try:
        log.append(f"{name} sleeping")
        await asyncio.sleep(10)
        log.append(f"{name} woke")
    except asyncio.CancelledError as e:
        log.append(f"{name} got CancelledError args={e.args}")
        raise
    finally:
        log.append(f"{name} cleanup")


async def swallower():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("swallower caught it")
        return "swallowed"


async def main():
    t = asyncio.create_task(sleeper("a"))
    await asyncio.sleep(0)
    print("cancel() returned", t.cancel())
    print("cancelling, done:", t.done())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiting cancelled task raises", type(e).__name__, e.args)
    print(t.cancelled(), t.done())
    try:
        t.result()
    except asyncio.CancelledError:
        print("result() raises CancelledError")
    try:
        t.exception()
    except asyncio.CancelledError:
        print("exception() raises CancelledError")
    print("cancel again:", t.cancel())
    print(log)
    log.clear()

    t = asyncio.create_task(sleeper("b"))
    await asyncio.sleep(0)
    t.cancel("with a message")
    try:
        await t
    except asyncio.CancelledError as e:
        print("message:", e.args)
    print(log)
    log.clear()

    # cancelled before it ever started
    t = asyncio.create_task(sleeper("never"))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("never started, log:", log)

    # a task that swallows cancellation finishes normally
    t = asyncio.create_task(swallower())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled(), log)
    log.clear()

    # cancel() on a finished task returns False
    async def quick():
        return "quick"

    t = asyncio.create_task(quick())
    await t
    print("cancel finished:", t.cancel(), t.cancelled(), t.result())

    # CancelledError is a BaseException, not an Exception
    print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))

    # cancelling a task that awaits another task cancels the inner one too
    inner = asyncio.create_task(sleeper("inner"))

    async def outer():
        return await inner

    o = asyncio.create_task(outer())
    await asyncio.sleep(0)
    o.cancel()
    try:
        await o
    except asyncio.CancelledError:
        print("outer cancelled:", o.cancelled(), "inner cancelled:", inner.cancelled())
    print(log)
    log.clear()

    # cancelling in a gather with return_exceptions
    t1 = asyncio.create_task(sleeper("g1"))
    t2 = asyncio.create_task(asyncio.sleep(0, "g2 ok"))
    await asyncio.sleep(0)
    t1.cancel()
    results = await asyncio.gather(t1, t2, return_exceptions=True)
    print([type(r).__name__ for r in results], results[1])
    log.clear()

    # pending tasks are cancelled when asyncio.run finishes
    asyncio.create_task(sleeper("left behind"))
    await asyncio.sleep(0)


asyncio.run(main())
print(log)
