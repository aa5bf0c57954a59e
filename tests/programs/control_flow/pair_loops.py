# for a, b in enumerate(...) / dict.items(): the common pair loops, and
# their edges.
def enumerated(iterable, start=0):
    out = []
    for i, item in enumerate(iterable, start):
        out.append((i, item))
    return out


print(enumerated("abc"), enumerated([10, 20], 5), enumerated((), 3))
print(enumerated(iter([1, 2])), enumerated(x * x for x in range(3)))
print(enumerated("ab", 2**63 - 2), enumerated("ab", -2**63))
print(enumerated("xy", 10**20), enumerated(range(2), True))


def items(d):
    out = []
    for key, value in d.items():
        out.append(f"{key}={value}")
    return out


print(items({"a": 1, "b": 2}), items({}), items({(1, 2): [3]}))


def nested(pairs):
    out = []
    for i, (a, b) in enumerate(pairs):
        out.append(i + a + b)
    for (k, v), w in zip({"p": 1}.items(), "z"):
        out.append((k, v, w))
    return out


print(nested([(1, 2), (3, 4)]))


def grows(d):
    try:
        for key, value in d.items():
            d[key + "!"] = value
    except RuntimeError as error:
        print(error)


grows({"a": 1})


def failing():
    yield 1
    raise ValueError("inner failed")


def consume():
    seen = []
    try:
        for i, item in enumerate(failing()):
            seen.append((i, item))
    except ValueError as error:
        print(seen, error)


consume()


def unpack_mismatch():
    try:
        for a, b in enumerate([1]):
            print(a, b)
        for a, b, c in enumerate([1]):
            pass
    except ValueError as error:
        print(error)


unpack_mismatch()


def after_loop():
    for i, item in enumerate("ab"):
        pass
    for key, value in {"k": "v"}.items():
        pass
    return i, item, key, value


print(after_loop())
e = enumerate("abc")
next(e)
print([pair for pair in e])
for index, letter in enumerate("mod"):
    pass
print(index, letter)


def zipped(left, right, **options):
    out = []
    for a, b in zip(left, right, **options):
        out.append(a + b)
    return out


print(zipped([1, 2, 3], [10, 20]), zipped("ab", "xyz"), zipped([], [1]))
first, second = iter([1, 2, 3]), iter([10])
print(zipped(first, second), list(first), list(second))
try:
    zipped([1, 2], [3], strict=True)
except ValueError as error:
    print(error)
print(zipped((x for x in "pq"), "rs", strict=True))


# Items made by one iterator stay alive while the next one runs.
def fresh():
    for i in range(30):
        yield [i] * 3


def other():
    for i in range(30):
        garbage = [[i]]
        yield i


print(sum(pair[0][0] for pair in zip(fresh(), other())))
print(sum(a[0] + b for a, b in zip(fresh(), other())))
total = 0
for a, b in zip(fresh(), other()):
    total += a[2] * b
print(total, sum(len(x) for x in map(lambda a, b: a + [b], fresh(), other())))
