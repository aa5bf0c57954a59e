# Futures and loop callbacks: create_future, set_result/set_exception,
# InvalidStateError, call_soon ordering, call_later, and done callbacks.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(type(fut).__name__, fut.done(), fut.cancelled())
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print(type(e).__name__, e)

    loop.call_soon(fut.set_result, "from call_soon")
    print(await fut, fut.done())
    try:
        fut.set_result("again")
    except asyncio.InvalidStateError as e:
        print(type(e).__name__)
    try:
        fut.set_exception(ValueError("late"))
    except asyncio.InvalidStateError as e:
        print(type(e).__name__)

    fut = loop.create_future()
    fut.set_exception(KeyError("stored"))
    try:
        await fut
    except KeyError as e:
        print("awaited exception:", repr(e), repr(fut.exception()))

    fut = loop.create_future()
    try:
        fut.set_exception(StopIteration("bad"))
    except TypeError as e:
        print(type(e).__name__, e)
    fut.cancel()

    # set_exception with a class instantiates it
    fut = loop.create_future()
    fut.set_exception(IndexError)
    print(type(fut.exception()).__name__)

    # call_soon runs callbacks in FIFO order with their arguments
    order = []
    for i in range(4):
        loop.call_soon(order.append, i)
    handle = loop.call_soon(order.append, "cancelled")
    handle.cancel()
    print("before yielding:", order)
    await asyncio.sleep(0)
    print("after yielding:", order, handle.cancelled())

    # call_later with different delays fires in delay order
    order.clear()
    done = loop.create_future()
    loop.call_later(0.03, order.append, "third")
    loop.call_later(0.01, order.append, "first")
    loop.call_later(0.02, order.append, "second")
    loop.call_later(0.04, done.set_result, None)
    await done
    print(order)

    # done callbacks of a future receive it
    seen = []
    fut = loop.create_future()
    fut.add_done_callback(lambda f: seen.append(("cb1", f.result())))
    fut.add_done_callback(lambda f: seen.append(("cb2", f is fut)))
    fut.set_result(7)
    print("synchronously after set_result:", seen)
    await asyncio.sleep(0)
    print("after a turn:", seen)

    # cancelling a future runs its callbacks with a cancelled future
    fut = loop.create_future()
    fut.add_done_callback(lambda f: seen.append(("cancelled cb", f.cancelled())))
    print(fut.cancel(), fut.cancel() if not fut.done() else "already done")
    await asyncio.sleep(0)
    print(seen[-1])
    try:
        await fut
    except asyncio.CancelledError:
        print("awaiting a cancelled future raises CancelledError")

    # a future resolved by another task
    fut = loop.create_future()

    async def resolver():
        await asyncio.sleep(0)
        fut.set_result("resolved by task")

    t = asyncio.create_task(resolver())
    print(await fut)
    await t

    # loop.time increases
    t0 = loop.time()
    await asyncio.sleep(0.001)
    print(loop.time() >= t0)

    # ensure_future on a future returns it unchanged; on a coroutine makes a task
    f = loop.create_future()
    print(asyncio.ensure_future(f) is f)

    async def coro():
        return "ensured"

    t = asyncio.ensure_future(coro())
    print(type(t).__name__, await t)
    f.cancel()


asyncio.run(main())
