def gen():
    yield 1


def gen_from():
    result = yield from gen()
    return result


async def coro():
    await other()


async def async_gen():
    yield 1
    await other()


def gen_with_return():
    yield
    return 3


lam = lambda: (yield)
