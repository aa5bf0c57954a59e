# asyncio.gather with failing awaitables: the first exception propagates,
# other tasks keep running; return_exceptions=True collects them in order.
import asyncio

log = []


async def ok(name, rounds):
    for _ in range(rounds):
        await asyncio.sleep(0)
    log.append(f"{name} finished")
    return name


async def bad(exc, rounds):
    for _ in range(rounds):
        await asyncio.sleep(0)
    log.append(f"raising {exc!r}")
    raise exc


async def main():
    results = await asyncio.gather(
        ok("a", 1), bad(ValueError("v"), 0), bad(KeyError("k"), 2), ok("b", 0),
        return_exceptions=True,
    )
    print([type(r).__name__ + ":" + str(r) for r in results])
    print(log)
    log.clear()

    try:
        await asyncio.gather(ok("c", 3), bad(IndexError("first"), 1), bad(TypeError("second"), 2))
    except Exception as e:
        print("propagated:", type(e).__name__, e)
    print("right after:", log)
    for _ in range(5):
        await asyncio.sleep(0)
    print("after others ran:", log)
    log.clear()

    # tasks keep their own exception even when gather raised
    t1 = asyncio.create_task(bad(ZeroDivisionError("zd"), 0))
    t2 = asyncio.create_task(ok("t2", 2))
    try:
        await asyncio.gather(t1, t2)
    except ZeroDivisionError as e:
        print("gather raised", repr(e))
    await t2
    print(t1.done(), repr(t1.exception()), t2.result())
    log.clear()

    # return_exceptions with all failing
    results = await asyncio.gather(bad(OSError("o"), 0), bad(LookupError("l"), 0), return_exceptions=True)
    print([repr(r) for r in results])
    log.clear()

    # a returned exception object is not raised
    async def returns_exception():
        return ValueError("returned, not raised")

    r = await asyncio.gather(returns_exception())
    print(type(r[0]).__name__, r[0])

    # exception identity is preserved
    err = RuntimeError("same object")
    results = await asyncio.gather(bad(err, 0), return_exceptions=True)
    print(results[0] is err)
    try:
        await asyncio.gather(bad(err, 0))
    except RuntimeError as e:
        print(e is err)
    log.clear()

    # an exception raised in a nested gather reaches the outer one
    try:
        await asyncio.gather(ok("outer", 0), asyncio.gather(bad(NameError("deep"), 1)))
    except NameError as e:
        print("nested:", e)
    await asyncio.sleep(0)
    print(log)


asyncio.run(main())
