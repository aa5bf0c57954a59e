# asyncio.wait_for: results within the timeout, timeouts cancelling the
# inner awaitable, timeout None, and exceptions passing through.
import asyncio

log = []


async def quick(value):
    await asyncio.sleep(0)
    return value


async def slow(name):
    try:
        await asyncio.sleep(10)
        return "never"
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise
    finally:
        log.append(f"{name} finally")


async def fails():
    await asyncio.sleep(0)
    raise ArithmeticError("inner failure")


async def main():
    print(await asyncio.wait_for(quick("fast result"), timeout=5))
    print(await asyncio.wait_for(quick("no timeout"), timeout=None))

    try:
        await asyncio.wait_for(slow("s1"), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("timed out:", type(e).__name__, e.args)
    print(log)
    log.clear()

    print(asyncio.TimeoutError is TimeoutError)

    try:
        await asyncio.wait_for(fails(), timeout=5)
    except ArithmeticError as e:
        print(type(e).__name__, e)

    # a task passed to wait_for is cancelled on timeout
    t = asyncio.create_task(slow("task"))
    try:
        await asyncio.wait_for(t, timeout=0.01)
    except TimeoutError:
        print("task cancelled:", t.cancelled(), log)
    log.clear()

    # wait_for on a finished task with a zero timeout gives its result
    done_task = asyncio.create_task(quick("already done"))
    await done_task
    print(await asyncio.wait_for(done_task, timeout=0))

    # retrying with a timeout each attempt
    attempts = []

    async def flaky(n):
        attempts.append(n)
        if n < 2:
            await asyncio.sleep(10)
        return f"succeeded on attempt {n}"

    for n in range(5):
        try:
            print(await asyncio.wait_for(flaky(n), timeout=0.01))
            break
        except TimeoutError:
            print(f"attempt {n} timed out")
    print(attempts)

    # the awaitable can be a custom object
    class Immediate:
        def __await__(self):
            return quick("custom awaited").__await__() if False else iter(())

    print(await asyncio.wait_for(Immediate(), timeout=1))


asyncio.run(main())
