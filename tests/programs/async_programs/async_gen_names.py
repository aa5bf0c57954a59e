# Names, types and methods of async generators and their awaitables.
import asyncio


async def agen():
    yield 1


class Holder:
    async def method_gen(self):
        yield "m"

    @staticmethod
    async def static_gen():
        yield "s"


def outer():
    async def inner_gen():
        yield "i"
    return inner_gen


async def main():
    a = agen()
    print(type(a).__name__, a.__name__, a.__qualname__)
    print(agen.__name__, type(agen).__name__)
    for name in ["asend", "athrow", "aclose", "__anext__", "__aiter__"]:
        print(name, hasattr(a, name))
    for name in ["__next__", "__iter__", "send", "throw", "close", "__await__"]:
        print(name, hasattr(a, name))
    print(a.__aiter__() is a)
    print(type(a.__anext__()).__name__)
    print(type(a.asend(None)).__name__)
    print(type(a.athrow(ValueError)).__name__)
    print(type(a.aclose()).__name__)
    await a.aclose()

    m = Holder().method_gen()
    print(m.__qualname__, [x async for x in m])
    s = Holder.static_gen()
    print(s.__qualname__, [x async for x in s])
    i = outer()()
    print(i.__name__, i.__qualname__, [x async for x in i])

    g = agen()
    g.__name__ = "renamed"
    g.__qualname__ = "X.renamed"
    print(g.__name__, g.__qualname__)
    try:
        g.__name__ = None
    except TypeError as e:
        print(type(e).__name__, e)
    await g.aclose()

    print(repr(agen()).split(" at ")[0])

    # an async def with yield in a nested function is still a coroutine
    async def not_a_generator():
        def helper():
            yield 1
        return list(helper())

    c = not_a_generator()
    print(type(c).__name__, await c)

    # an async generator with an await but no async for
    async def await_then_yield():
        await asyncio.sleep(0)
        yield "after sleep"

    print([x async for x in await_then_yield()])

    # async generator expressions
    ge = (x async for x in agen())
    print(type(ge).__name__, ge.__name__)
    print([y async for y in ge])


asyncio.run(main())
