# aclose() on async generators: finally blocks, awaits in cleanup,
# closing fresh and finished generators, and closing twice.
import asyncio


async def resource(name, log):
    log.append(f"open {name}")
    try:
        for i in range(3):
            yield f"{name}-{i}"
    finally:
        await asyncio.sleep(0)
        log.append(f"close {name}")


async def catches_exit(log):
    try:
        yield 1
    except GeneratorExit:
        log.append("saw GeneratorExit")
        raise


async def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return


async def yields_on_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "not allowed"


async def raises_on_exit():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("cleanup failed")


async def main():
    log = []
    r = resource("db", log)
    print(await r.__anext__())
    print(await r.aclose())
    print(log)
    print(await r.aclose())
    try:
        await r.__anext__()
    except StopAsyncIteration:
        print("closed generator exhausted")

    log = []
    fresh = resource("never", log)
    await fresh.aclose()
    print("fresh close log:", log)

    log = []
    done = resource("done", log)
    print([x async for x in done])
    await done.aclose()
    print(log)

    log = []
    c = catches_exit(log)
    await c.__anext__()
    await c.aclose()
    print(log)

    r = returns_on_exit()
    await r.__anext__()
    print("returns_on_exit:", await r.aclose())

    y = yields_on_exit()
    await y.__anext__()
    try:
        await y.aclose()
    except RuntimeError as e:
        print(type(e).__name__, e)

    x = raises_on_exit()
    await x.__anext__()
    try:
        await x.aclose()
    except ValueError as e:
        print(type(e).__name__, e)

    log = []
    r = resource("partial", log)
    async for item in r:
        log.append(item)
        if item.endswith("1"):
            break
    log.append("after break")
    await r.aclose()
    print(log)

    aw = resource("aw", []).aclose()
    print(type(aw).__name__)
    await aw
    try:
        await aw
    except RuntimeError as e:
        print(type(e).__name__, e)


asyncio.run(main())
