# asyncio.create_task: names, done/result/exception, done callbacks, and
# the errors when results are asked for too early.
import asyncio


async def compute(x, rounds=1):
    for _ in range(rounds):
        await asyncio.sleep(0)
    return x * 2


async def explode():
    await asyncio.sleep(0)
    raise LookupError("exploded")


async def main():
    t = asyncio.create_task(compute(21), name="doubler")
    print(type(t).__name__, t.get_name(), t.done(), t.cancelled())
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print(type(e).__name__, e)
    try:
        t.exception()
    except asyncio.InvalidStateError as e:
        print(type(e).__name__, e)
    print(await t, t.done(), t.result(), t.exception())
    t.set_name("renamed")
    print(t.get_name())
    t.set_name(123)
    print(repr(t.get_name()))

    e = asyncio.create_task(explode())
    try:
        await e
    except LookupError as err:
        print("awaited:", type(err).__name__, err)
    print(e.done(), type(e.exception()).__name__)
    try:
        e.result()
    except LookupError as err:
        print("result():", err)

    # done callbacks run after the task finishes, in order added
    calls = []
    t = asyncio.create_task(compute(5, rounds=2))
    t.add_done_callback(lambda task: calls.append(("first", task.result())))
    t.add_done_callback(lambda task: calls.append(("second", task is t)))

    def removed(task):
        calls.append("removed one ran")

    t.add_done_callback(removed)
    print("removed count:", t.remove_done_callback(removed))
    await t
    print("right after await:", calls)
    await asyncio.sleep(0)
    print("after a sleep:", calls)

    # a callback added to a finished task is scheduled soon
    t.add_done_callback(lambda task: calls.append("late"))
    print("late before sleep:", "late" in calls)
    await asyncio.sleep(0)
    print("late after sleep:", "late" in calls)

    # the task wraps its coroutine
    coro = compute(1)
    t = asyncio.create_task(coro)
    print(t.get_coro() is coro)
    await t

    # current_task inside a task is that task
    async def who_am_i():
        return asyncio.current_task()

    t = asyncio.create_task(who_am_i())
    print(await t is t)
    print(asyncio.current_task().get_name() != t.get_name())

    # create_task needs a coroutine
    for bad in [1, None, compute]:
        try:
            asyncio.create_task(bad)
        except TypeError as err:
            print(type(err).__name__, str(err).split(" <")[0])

    # tasks can await other tasks
    async def chain(prev):
        return await prev + 1

    first = asyncio.create_task(compute(10))
    second = asyncio.create_task(chain(first))
    third = asyncio.create_task(chain(second))
    print(await third, first.result(), second.result())

    # all_tasks includes the main task and pending ones
    pending = asyncio.create_task(compute(0, rounds=3))
    names = sorted(task.get_name() for task in asyncio.all_tasks())
    print(len(names), pending.get_name() in names)
    await pending
    print(len(asyncio.all_tasks()))


asyncio.run(main())
