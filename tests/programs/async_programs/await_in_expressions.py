# await in many expression positions: arguments, operators, subscripts,
# f-strings, conditionals, unpacking, default-less returns and chained calls.
import asyncio


async def val(x):
    await asyncio.sleep(0)
    return x


class Api:
    def __init__(self):
        self.calls = []

    async def get(self, key):
        self.calls.append(key)
        await asyncio.sleep(0)
        return {"a": 1, "b": [10, 20, 30], "c": {"d": "deep"}}[key]

    async def client(self):
        return self


async def main():
    print(await val(1) + await val(2) * await val(3))
    print(-await val(5), not await val(0), ~await val(1))
    print((await val([1, 2, 3]))[1], (await val("text"))[::-1])
    print(f"{await val('x')}-{await val(3) + 1}")
    print(await val(1) if await val(True) else await val(2))
    print([await val(i) for i in range(3)], (await val(1), await val(2)))
    a, *rest = await val((1, 2, 3))
    print(a, rest)
    print(max(await val(3), await val(9), key=lambda v: -v))
    print(await val(2) ** await val(10), await val(7) // await val(2))
    print(await val(1) < await val(2) < await val(3))
    print(await val(None) or await val("fallback"))
    print(await val(0) and await val("unreached"))

    api = Api()
    print(await (await api.client()).get("a"))
    print((await api.get("b"))[2], (await api.get("c"))["d"])
    print(api.calls)

    # order of evaluation is left to right
    order = []

    async def tracked(name, value):
        order.append(name)
        return value

    result = {await tracked("k1", "x"): await tracked("v1", 1),
              await tracked("k2", "y"): await tracked("v2", 2)}
    print(result, order)
    order.clear()
    print(await tracked("left", 10) - await tracked("right", 4), order)

    # await as a statement discards the value
    await val("discarded")

    # await of a call that returns an awaitable
    def make():
        return val("made")

    print(await make())

    # awaiting inside a lambda is not allowed, but a lambda can return a coroutine
    get = lambda: val("from lambda")
    print(await get())

    # augmented assignment with await
    total = 0
    for i in range(4):
        total += await val(i)
    print(total)

    # await inside try/except/else/finally
    try:
        x = await val(1)
    except Exception:
        x = -1
    else:
        x += await val(100)
    finally:
        x *= await val(2)
    print(x)

    # while loop condition with await
    counter = 0
    while await val(counter) < 3:
        counter += 1
    print(counter)

    # await in an assert and a del target expression
    d = {"k": 1}
    assert await val(True), "never"
    del d[await val("k")]
    print(d)


asyncio.run(main())
for src in ["await x", "def f():\n    await x\n", "async def f():\n    lambda: await x\n",
            "class C:\n    await x\n"]:
    try:
        compile(src, "<s>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
