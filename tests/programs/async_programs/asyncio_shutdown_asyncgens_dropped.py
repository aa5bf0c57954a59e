# An async generator dropped unfinished while the loop runs is finalized:
# the loop's finalizer hook schedules its aclose(); asyncio.run's
# shutdown_asyncgens covers generators still referenced.
import asyncio

log = []


async def gen(name):
    try:
        yield 1
        yield 2
    finally:
        log.append(f"{name} finally")


async def main():
    async for x in gen("broken out of"):
        break
    g = gen("half consumed")
    await g.__anext__()
    log.append("main end")
    return g


kept = asyncio.run(main())
print(log)
