# asyncio.run: return values, exceptions out of the main coroutine,
# non-coroutine arguments, sleep(0) and sleep with a result.
import asyncio


async def answer():
    await asyncio.sleep(0)
    return 42


async def nothing():
    pass


async def fails():
    await asyncio.sleep(0)
    raise ValueError("main failed")


async def sleeps_with_result():
    a = await asyncio.sleep(0)
    b = await asyncio.sleep(0, "result")
    c = await asyncio.sleep(0.001, ["list", "result"])
    d = await asyncio.sleep(-1, "negative delay")
    return a, b, c, d


print(asyncio.run(answer()))
print(asyncio.run(nothing()))
print(asyncio.run(sleeps_with_result()))
try:
    asyncio.run(fails())
except ValueError as e:
    print(type(e).__name__, e)

for bad in [42, None, "text", answer]:
    try:
        asyncio.run(bad)
    except ValueError as e:
        print(type(e).__name__, str(e).split(" <")[0])


# asyncio.run inside a running loop
async def nested():
    inner = answer()
    try:
        asyncio.run(inner)
    except RuntimeError as e:
        print(type(e).__name__, e)
    inner.close()
    return "nested done"


print(asyncio.run(nested()))


# running several times in a row, each with a fresh loop
results = []
for i in range(3):
    async def step(i=i):
        await asyncio.sleep(0)
        return i * i
    results.append(asyncio.run(step()))
print(results)


# get_running_loop inside and outside
async def loop_check():
    loop = asyncio.get_running_loop()
    return loop.is_running(), loop.is_closed()


print(asyncio.run(loop_check()))
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(type(e).__name__, e)


# iscoroutine
c = answer()
print(asyncio.iscoroutine(c), asyncio.iscoroutine(answer), asyncio.iscoroutine(42))
print(asyncio.run(c))


# exceptions that are BaseException subclasses also propagate
async def exits():
    raise SystemExit(5)


try:
    asyncio.run(exits())
except SystemExit as e:
    print("SystemExit", e.code)


async def interrupts():
    raise KeyboardInterrupt


try:
    asyncio.run(interrupts())
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))
