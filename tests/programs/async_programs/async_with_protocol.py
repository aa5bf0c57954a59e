# async with: order of __aenter__/__aexit__ calls, the value bound by as,
# the arguments __aexit__ gets, and multiple managers in one statement.
import asyncio

log = []


class Manager:
    def __init__(self, name, result=None):
        self.name = name
        self.result = result

    async def __aenter__(self):
        log.append(f"enter {self.name}")
        await asyncio.sleep(0)
        return self.result if self.result is not None else self.name.upper()

    async def __aexit__(self, exc_type, exc, tb):
        log.append(
            f"exit {self.name} type={exc_type.__name__ if exc_type else None} "
            f"exc={exc!r} tb={'yes' if tb is not None else None}"
        )
        return False


def flush(title):
    print(title)
    for line in log:
        print("   ", line)
    log.clear()


async def main():
    async with Manager("a") as value:
        log.append(f"body got {value}")
    flush("single")

    async with Manager("a") as x, Manager("b") as y:
        log.append(f"body got {x} {y}")
    flush("two managers")

    async with Manager("outer"):
        async with Manager("inner"):
            log.append("deep body")
    flush("nested")

    try:
        async with Manager("a"), Manager("b"):
            raise KeyError("from body")
    except KeyError as e:
        log.append(f"caught {e!r}")
    flush("exception passes through both")

    async with Manager("t", result=(1, 2)) as (first, second):
        log.append(f"unpacked {first} {second}")
    flush("unpacking target")

    holder = {}
    async with Manager("d") as holder["key"]:
        pass
    print(holder)

    async def early_return():
        async with Manager("ret"):
            log.append("returning")
            return "returned value"

    print(await early_return())
    flush("return inside")

    for i in range(3):
        async with Manager(f"loop{i}"):
            if i == 1:
                continue
            if i == 2:
                break
            log.append(f"body {i}")
    flush("continue and break")

    # managers whose methods are plain functions returning awaitables
    class Awaitable:
        def __init__(self, value):
            self.value = value

        def __await__(self):
            yield from ()
            return self.value

    class PlainMethods:
        def __aenter__(self):
            log.append("plain enter")
            return Awaitable("plain value")

        def __aexit__(self, *args):
            log.append(f"plain exit with {len(args)} args")
            return Awaitable(None)

    async with PlainMethods() as v:
        log.append(v)
    flush("plain methods")

    # __aexit__ is looked up before the body runs
    class Counting:
        async def __aenter__(self):
            log.append("enter counting")

        async def __aexit__(self, *args):
            log.append("original exit")

    c = Counting()
    async with c:
        async def replaced(*args):
            log.append("replaced exit")
        Counting.__aexit__ = replaced
    flush("lookup timing")


asyncio.run(main())
