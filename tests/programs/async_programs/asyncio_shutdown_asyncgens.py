# asyncio.run finalizes async generators left unfinished by the main
# coroutine (loop.shutdown_asyncgens), so their finally blocks run
# before asyncio.run returns; one that finished is left alone.
import asyncio

log = []


async def gen(name):
    try:
        yield 1
        yield 2
    finally:
        log.append(f"{name} finally")


async def main():
    done = gen("consumed")
    async for x in done:
        pass
    g = gen("half consumed")
    await g.__anext__()
    log.append("main end")
    return g, done


kept = asyncio.run(main())
print(log)
