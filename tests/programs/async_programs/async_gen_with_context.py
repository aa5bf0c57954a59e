# Async generators that hold async context managers across yields, and
# what happens to them on exhaustion, break, athrow and aclose.
import asyncio

log = []


class Resource:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0)
        log.append(f"open {self.name}")
        return self

    async def __aexit__(self, kind, value, tb):
        await asyncio.sleep(0)
        log.append(f"close {self.name} ({kind.__name__ if kind else 'clean'})")
        return kind is KeyError


async def rows(name, n):
    async with Resource(name):
        for i in range(n):
            yield f"{name}[{i}]"
    log.append(f"{name} after with")


async def guarded_rows():
    async with Resource("guarded"):
        yield 1
        yield 2
    yield "after suppressed"


def dump(title):
    print(title)
    for line in log:
        print("   ", line)
    log.clear()


async def main():
    print([r async for r in rows("full", 2)])
    dump("exhausted")

    g = rows("partial", 5)
    async for r in g:
        if r.endswith("[1]"):
            break
    log.append("loop exited")
    await g.aclose()
    dump("break then aclose")

    g = rows("thrown", 5)
    await g.__anext__()
    try:
        await g.athrow(ValueError("bad row"))
    except ValueError as e:
        log.append(f"caller got {e!r}")
    dump("athrow ValueError")

    g = guarded_rows()
    print(await g.__anext__())
    print(await g.athrow(KeyError("suppressed by __aexit__")))
    await g.aclose()
    dump("athrow KeyError suppressed")

    # two generators interleaved, each with its own resource
    a, b = rows("A", 2), rows("B", 2)
    out = []
    for _ in range(2):
        out.append(await a.__anext__())
        out.append(await b.__anext__())
    for g in (a, b):
        try:
            await g.__anext__()
        except StopAsyncIteration:
            out.append("stop")
    print(out)
    dump("interleaved")


asyncio.run(main())
