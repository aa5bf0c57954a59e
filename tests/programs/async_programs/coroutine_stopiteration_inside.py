# StopIteration raised inside a coroutine becomes RuntimeError; return
# values carry through StopIteration.value even when they are exceptions.


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return ("returned", stop.value)
    except BaseException as e:
        return ("raised", type(e).__name__, str(e), type(e.__cause__).__name__)


async def raises_stop():
    raise StopIteration("leaked")


print(run(raises_stop()))


async def raises_stop_from_next():
    return next(iter([]))


print(run(raises_stop_from_next()))


async def returns_exception():
    return ValueError("as value")


kind, value = run(returns_exception())
print(kind, type(value).__name__, value)


async def returns_stop_iteration():
    return StopIteration("inner")


kind, value = run(returns_stop_iteration())
print(kind, type(value).__name__, value)


async def raises_stop_async():
    raise StopAsyncIteration("async leaked")


print(run(raises_stop_async()))


async def catches_stop():
    try:
        next(iter(()))
    except StopIteration:
        return "caught inside"


print(run(catches_stop()))


async def inner():
    raise StopIteration(7)


async def outer():
    try:
        await inner()
    except RuntimeError as e:
        return f"outer saw RuntimeError: {e}"


print(run(outer()))


async def generator_exit_raised():
    raise GeneratorExit("direct")


print(run(generator_exit_raised()))


async def keyboard_like():
    raise KeyboardInterrupt("simulated")


print(run(keyboard_like()))


async def returns_tuple_with_none():
    return (None,)


print(run(returns_tuple_with_none()))
