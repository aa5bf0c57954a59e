"""A text-processing pipeline of generators: yield from delegation,
generator expressions, a send()-driven consumer and a generator that
returns a value through StopIteration."""


def lines(count):
    for i in range(count):
        yield f"{i % 97} {i % 13} item{i % 7}"


def fields(source):
    for line in source:
        yield from line.split()


def numbers(source):
    for field in source:
        if field.isdigit():
            yield int(field)


def windows(source, size):
    window = []
    for value in source:
        window.append(value)
        if len(window) == size:
            yield sum(window)
            window = []
    return len(window)


def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            return count
        total += value
        count += 1
        average = total / count


def flatten(tree):
    if isinstance(tree, list):
        for child in tree:
            yield from flatten(child)
    else:
        yield tree


def run(count):
    consumer = averager()
    next(consumer)
    last = None
    for total in windows(numbers(fields(lines(count))), 4):
        last = consumer.send(total)
    try:
        consumer.send(None)
    except StopIteration as stop:
        seen = stop.value
    evens = sum(x for x in range(count) if x & 1 == 0)
    tree = [[i, [i + 1, [i + 2]]] for i in range(count // 20)]
    leaves = sum(flatten(tree))
    return round(last, 3), seen, evens, leaves


print(run(300_000))
