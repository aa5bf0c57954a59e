# Async comprehensions: list, set and dict forms, await in the element and
# the condition, nesting with sync loops, and scoping of the loop variable.
import asyncio


async def arange(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def double(x):
    await asyncio.sleep(0)
    return x * 2


async def is_even(x):
    return x % 2 == 0


class Letters:
    def __init__(self, text):
        self.text = text

    def __aiter__(self):
        self.index = 0
        return self

    async def __anext__(self):
        if self.index >= len(self.text):
            raise StopAsyncIteration
        self.index += 1
        return self.text[self.index - 1]


async def main():
    print([x async for x in arange(5)])
    print({x % 3 async for x in arange(10)} == {0, 1, 2})
    print(sorted({x % 3 async for x in arange(10)}))
    print({x: x * x async for x in arange(4)})
    print([x async for x in arange(10) if x % 3 == 0])
    print([x async for x in arange(10) if x > 2 if x < 6])

    # await in the element and in the condition, over a sync iterable
    print([await double(x) for x in range(4)])
    print([x for x in range(6) if await is_even(x)])
    print({x: await double(x) for x in "ab"})

    # mixing async and sync loops
    print([(x, y) async for x in arange(3) for y in "ab"])
    print([(x, y) for x in "ab" async for y in arange(2)])
    print([(x, y) async for x in arange(2) async for y in arange(x + 2)])
    print(["".join([c async for c in Letters(w)]) for w in ["hi", "yo"]])

    # nested comprehension inside the element
    print([[y async for y in arange(x)] async for x in arange(4)])

    # the loop variable does not leak
    x = "outer"
    result = [x async for x in arange(2)]
    print(result, x)

    # closures over comprehension variables
    funcs = [lambda v=v: v * 10 async for v in arange(3)]
    print([f() for f in funcs])

    # comprehension over a user async iterable twice
    letters = Letters("abc")
    print([c async for c in letters], [c.upper() async for c in letters])

    # exceptions inside the comprehension propagate
    async def broken():
        yield 1
        raise ValueError("broken source")

    try:
        [x async for x in broken()]
    except ValueError as e:
        print(type(e).__name__, e)

    try:
        [1 / x async for x in arange(3)]
    except ZeroDivisionError as e:
        print(type(e).__name__, e)

    # walrus in an async comprehension binds in the enclosing function
    total = 0
    sums = [(total := total + x) async for x in arange(5)]
    print(sums, total)

    # results from a comprehension used directly as an argument
    print(sum([x async for x in arange(101)]), max([x async for x in arange(7)]))


asyncio.run(main())

try:
    compile("[x async for x in y]", "<c>", "eval")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    compile("def f():\n    return [await x for x in y]\n", "<c>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
