"""Closures: calling functions that read and write enclosing variables."""


def make_accumulator():
    total = 0

    def add(n):
        nonlocal total
        total += n
        return total

    return add


def compose(f, g):
    return lambda x: f(g(x))


def run(n):
    acc = make_accumulator()
    inc = compose(lambda x: x + 1, lambda x: x * 2)
    result = 0
    for i in range(n):
        result = acc(inc(i))
    return result


print(run(500_000))
