# __aexit__ that suppresses exceptions: truthiness of its result, which
# exceptions it suppresses, and exceptions raised by __aexit__ itself.
import asyncio


class Suppress:
    def __init__(self, *types):
        self.types = types
        self.seen = []

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self.seen.append(exc_type.__name__ if exc_type else None)
        return exc_type is not None and issubclass(exc_type, self.types)


class Returns:
    def __init__(self, value):
        self.value = value

    async def __aenter__(self):
        return self

    async def __aexit__(self, *args):
        return self.value


class Len0:
    def __len__(self):
        return 0


class Len1:
    def __len__(self):
        return 1


class BadBool:
    def __bool__(self):
        raise RuntimeError("bool failed")


class Replaces:
    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        raise ValueError(f"replaced {exc_type.__name__ if exc_type else None}")


async def main():
    s = Suppress(KeyError, IndexError)
    async with s:
        raise KeyError("gone")
    async with s:
        [][1]
    try:
        async with s:
            raise ValueError("kept")
    except ValueError as e:
        print("ValueError escaped:", e)
    async with s:
        pass
    print(s.seen)

    for value in [True, 1, "yes", [0], Len1(), False, 0, "", None, [], Len0()]:
        try:
            async with Returns(value):
                raise LookupError("body")
            print(type(value).__name__, repr(value) if not isinstance(value, (Len0, Len1)) else "", "-> suppressed")
        except LookupError:
            print(type(value).__name__, repr(value) if not isinstance(value, (Len0, Len1)) else "", "-> raised")

    try:
        async with Returns(BadBool()):
            raise LookupError("body")
    except Exception as e:
        print(type(e).__name__, e, "| context:", repr(e.__context__))

    try:
        async with Replaces():
            raise KeyError("original")
    except ValueError as e:
        print(type(e).__name__, e, "| context:", repr(e.__context__))
    try:
        async with Replaces():
            pass
    except ValueError as e:
        print(type(e).__name__, e, "| context:", repr(e.__context__))

    # suppression inside a loop, and code after the block runs
    counts = {"suppressed": 0, "after": 0}
    for i in range(4):
        async with Suppress(ZeroDivisionError):
            1 / (i % 2)
        counts["after"] += 1
    print(counts)

    # a suppressed exception does not leak into sys.exc_info afterwards
    import sys
    async with Suppress(Exception):
        raise TypeError("hidden")
    print("exc_info after:", sys.exc_info())

    # return value of a function whose body raises inside a suppressing block
    async def f():
        async with Suppress(RuntimeError):
            raise RuntimeError("skip")
            return "unreachable"
        return "after block"

    print(await f())

    # BaseException subclasses can be suppressed too
    async with Suppress(BaseException):
        raise SystemExit(3)
    print("SystemExit suppressed")


asyncio.run(main())
