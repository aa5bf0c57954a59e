# Async generators driven with asend(): values flow in, yielded values
# flow out, and the awaitables asend() returns.
import asyncio


async def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            print("  got None, total stays", total)
            continue
        total += value


async def running_average():
    count = 0
    total = 0.0
    average = None
    while True:
        value = yield average
        if value == "stop":
            return
        count += 1
        total += value
        average = total / count


async def main():
    acc = accumulator()
    print(await acc.asend(None))
    for n in [5, 10, -3]:
        print("after", n, "->", await acc.asend(n))
    print(await acc.asend(None))
    print(await acc.__anext__())
    await acc.aclose()

    avg = running_average()
    print(await avg.asend(None))
    for n in [2, 4, 9]:
        print(await avg.asend(n))
    try:
        await avg.asend("stop")
    except StopAsyncIteration as e:
        print("StopAsyncIteration", e.args)
    try:
        await avg.asend(1)
    except StopAsyncIteration as e:
        print("again StopAsyncIteration", e.args)

    fresh = accumulator()
    try:
        await fresh.asend(7)
    except TypeError as e:
        print(type(e).__name__, e)
    print("after failed start:", await fresh.asend(None))
    await fresh.aclose()

    g = accumulator()
    aw = g.asend(None)
    print(type(aw).__name__)
    print(await aw)
    try:
        await aw
    except RuntimeError as e:
        print(type(e).__name__, e)
    await g.aclose()


asyncio.run(main())


# the awaitable from asend is driven by hand: the yielded value arrives as
# StopIteration.value
async def plain_gen():
    yield "first"
    yield "second"


g = plain_gen()
step = g.asend(None)
try:
    step.send(None)
except StopIteration as stop:
    print("by hand:", stop.value)
step = g.asend(None)
try:
    step.send(None)
except StopIteration as stop:
    print("by hand:", stop.value)
step = g.asend(None)
try:
    step.send(None)
except StopAsyncIteration:
    print("by hand: exhausted")
