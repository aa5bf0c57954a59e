# Reusing coroutines: awaiting twice, sending to finished coroutines,
# re-entering a running coroutine.


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


async def value():
    return 42


async def await_twice():
    c = value()
    first = await c
    print("first await:", first)
    try:
        await c
    except RuntimeError as e:
        print(type(e).__name__, e)
    return "done"


print(run(await_twice()))

c = value()
print(run(c))
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
print("close on finished:", c.close())


async def failing():
    raise ValueError("failed once")


c = failing()
try:
    c.send(None)
except ValueError as e:
    print(type(e).__name__, e)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)


async def awaits_failed():
    f = failing()
    try:
        await f
    except ValueError as e:
        print("inner:", e)
    try:
        await f
    except RuntimeError as e:
        print("again:", type(e).__name__, e)


run(awaits_failed())

# re-entering a running coroutine
holder = []


async def reenter():
    me = holder[0]
    try:
        me.send(None)
    except ValueError as e:
        print(type(e).__name__, e)
    return "reenter done"


c = reenter()
holder.append(c)
print(run(c))


class Suspend:
    def __await__(self):
        yield


async def awaits_self():
    await Suspend()
    try:
        await holder2[0]
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__, e)


holder2 = []
c = awaits_self()
holder2.append(c)
run(c)
