# asyncio.wait_for with timeout <= 0 on an awaitable that is not done: in
# CPython 3.11 the new task is cancelled before it ever starts running.
import asyncio

log = []


async def slow(name):
    log.append(f"{name} started")
    try:
        await asyncio.sleep(10)
        return "never"
    finally:
        log.append(f"{name} finally")


async def main():
    for timeout in [0, -1]:
        try:
            await asyncio.wait_for(slow(f"t{timeout}"), timeout=timeout)
        except TimeoutError as e:
            print("timeout", timeout, type(e).__name__, type(e.__cause__).__name__, log)
        log.clear()


asyncio.run(main())


# the TimeoutError of an ordinary timeout is raised from the CancelledError
async def chained():
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.01)
    except TimeoutError as e:
        print(type(e.__cause__).__name__, type(e.__context__).__name__, e.__suppress_context__)


asyncio.run(chained())
