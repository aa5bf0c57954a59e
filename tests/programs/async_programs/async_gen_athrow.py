# athrow() on async generators: handled, unhandled, on fresh and finished
# generators, and exceptions turned into yields.
import asyncio


async def resilient():
    value = 0
    while True:
        try:
            yield value
            value += 1
        except ValueError as e:
            print("  handled", e)
            value = 100
        except KeyError:
            print("  KeyError -> stop")
            return


async def fragile():
    yield 1
    yield 2


async def cleanup_gen(log):
    try:
        yield "a"
        yield "b"
    finally:
        log.append("cleanup")


async def main():
    g = resilient()
    print(await g.__anext__())
    print(await g.__anext__())
    print(await g.athrow(ValueError("reset")))
    print(await g.__anext__())
    try:
        await g.athrow(KeyError("k"))
    except StopAsyncIteration:
        print("StopAsyncIteration after KeyError")

    f = fragile()
    print(await f.__anext__())
    try:
        await f.athrow(IndexError("unhandled"))
    except IndexError as e:
        print(type(e).__name__, e)
    try:
        await f.__anext__()
    except StopAsyncIteration:
        print("fragile is exhausted")

    fresh = fragile()
    try:
        await fresh.athrow(ZeroDivisionError("before start"))
    except ZeroDivisionError as e:
        print("fresh:", type(e).__name__, e)
    try:
        await fresh.__anext__()
    except StopAsyncIteration:
        print("fresh is exhausted too")

    log = []
    c = cleanup_gen(log)
    print(await c.__anext__())
    try:
        await c.athrow(RuntimeError("stop it"))
    except RuntimeError as e:
        print(type(e).__name__, e, log)

    g = resilient()
    await g.__anext__()
    print(await g.athrow(ValueError))
    await g.aclose()

    g = resilient()
    await g.__anext__()
    aw = g.athrow(ValueError("once"))
    print(type(aw).__name__)
    print(await aw)
    try:
        await aw
    except RuntimeError as e:
        print(type(e).__name__, e)
    await g.aclose()


asyncio.run(main())
