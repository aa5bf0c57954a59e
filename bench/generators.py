"""A pipeline of generators."""


def numbers(n):
    for i in range(n):
        yield i


def evens(source):
    for x in source:
        if x % 2 == 0:
            yield x


def squares(source):
    for x in source:
        yield x * x


def run(n):
    total = 0
    for value in squares(evens(numbers(n))):
        total += value
    total += sum(x for x in range(n) if x % 3 == 0)
    return total


print(run(1_000_000))
