# Exceptions across awaits: __context__ and __cause__, sys.exc_info saved
# per coroutine, finally blocks, and exceptions in except handlers.
import asyncio
import sys


async def raiser(exc):
    await asyncio.sleep(0)
    raise exc


async def main():
    # raise from inside an except block sets __context__
    try:
        try:
            await raiser(KeyError("first"))
        except KeyError:
            await raiser(ValueError("second"))
    except ValueError as e:
        print(repr(e), repr(e.__context__), e.__cause__)

    # raise ... from ... sets __cause__
    try:
        try:
            await raiser(OSError("low level"))
        except OSError as low:
            raise RuntimeError("high level") from low
    except RuntimeError as e:
        print(repr(e), repr(e.__cause__), e.__suppress_context__)

    # raise ... from None
    try:
        try:
            await raiser(OSError("hidden"))
        except OSError:
            raise RuntimeError("clean") from None
    except RuntimeError as e:
        print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)

    # sys.exc_info inside a handler survives an await, even when other
    # tasks handle their own exceptions meanwhile
    async def handler(name, exc):
        try:
            raise exc
        except Exception:
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            return name, repr(sys.exc_info()[1])

    print(await asyncio.gather(handler("a", ValueError("a")), handler("b", TypeError("b"))))
    print("outside handlers:", sys.exc_info())

    # finally runs on return, on exception and on cancellation
    log = []

    async def with_finally(mode):
        try:
            await asyncio.sleep(0)
            if mode == "raise":
                raise ValueError(mode)
            if mode == "wait":
                await asyncio.sleep(10)
            return mode
        finally:
            log.append(f"finally {mode}")

    print(await with_finally("return"))
    try:
        await with_finally("raise")
    except ValueError:
        pass
    t = asyncio.create_task(with_finally("wait"))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        pass
    print(log)

    # return in finally swallows the exception
    async def swallow():
        try:
            await raiser(ValueError("lost"))
        finally:
            return "finally wins"

    print(await swallow())

    # exception raised in a handler after an await in the handler
    async def nested_handlers():
        try:
            raise IndexError("outer")
        except IndexError:
            try:
                await raiser(KeyError("inner"))
            except KeyError as inner:
                return repr(inner.__context__)

    print(await nested_handlers())

    # the traceback has an entry per coroutine frame
    try:
        await raiser(ZeroDivisionError("tb"))
    except ZeroDivisionError as e:
        tb = e.__traceback__
        lines = []
        while tb is not None:
            lines.append(tb.tb_lineno)
            tb = tb.tb_next
        print("traceback entries:", len(lines), lines[-1] - lines[0] < 0)

    # ExceptionGroup from gathered failures collected by hand
    results = await asyncio.gather(raiser(ValueError("x")), raiser(TypeError("y")), return_exceptions=True)
    group = ExceptionGroup("gathered", results)
    try:
        raise group
    except* ValueError as eg:
        print("ValueErrors:", [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("TypeErrors:", [str(e) for e in eg.exceptions])


asyncio.run(main())
