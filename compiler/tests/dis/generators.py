# Generators: yield, yield expressions, yield from, return values,
# generator expressions, and generators with handlers.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1


def echo():
    received = yield
    while received is not None:
        received = yield received


def delegate(iterable):
    result = yield from iterable
    return result


def bare_yield():
    yield


def yield_in_expression():
    x = (yield 1) + (yield 2)
    print((yield), x)


def with_finally():
    try:
        yield 1
    finally:
        print('closed')


def generator_returns():
    yield 1
    return 'done'


gen = (x * x for x in range(10) if x)
