# Hand-written versions of common itertools functions, as generators.
def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step

def chain(*iterables):
    for it in iterables:
        yield from it

def from_iterable(iterables):
    for it in iterables:
        yield from it

def islice(iterable, *args):
    s = slice(*args)
    start, stop, step = s.start or 0, s.stop, s.step or 1
    if start < 0 or (stop is not None and stop < 0) or step <= 0:
        raise ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    it = iter(iterable)
    next_index = start
    for i, element in enumerate(it):
        if stop is not None and i >= stop:
            return
        if i == next_index:
            yield element
            next_index += step

def accumulate(iterable, func=lambda a, b: a + b, initial=None):
    it = iter(iterable)
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for element in it:
        total = func(total, element)
        yield total

def product(*iterables, repeat=1):
    pools = [tuple(pool) for pool in iterables] * repeat
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)

def zip_longest(*iterables, fillvalue=None):
    iterators = [iter(it) for it in iterables]
    active = len(iterators)
    if not active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[i] = iter(())
                value = fillvalue
            values.append(value)
        yield tuple(values)

def tee(iterable, n=2):
    it = iter(iterable)
    buffers = [[] for _ in range(n)]
    def gen(mybuf):
        while True:
            if not mybuf:
                try:
                    value = next(it)
                except StopIteration:
                    return
                for buf in buffers:
                    buf.append(value)
            yield mybuf.pop(0)
    return tuple(gen(buf) for buf in buffers)

def compress(data, selectors):
    return (d for d, s in zip(data, selectors) if s)

def starmap(func, iterable):
    for args in iterable:
        yield func(*args)

def dropwhile(pred, iterable):
    it = iter(iterable)
    for x in it:
        if not pred(x):
            yield x
            break
    yield from it

print(list(islice(count(10, 5), 4)))
print(list(islice(count(), 2, 12, 3)), list(islice("abcdef", None)), list(islice("abc", 10)))
try:
    islice("abc", -1)
except ValueError as e:
    print(type(e).__name__, e)
print(list(chain("ab", [1, 2], range(2))), list(from_iterable(["xy", "z"])))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], max, initial=2)), list(accumulate([])))
print(list(accumulate([3, 1, 4, 1, 5], lambda a, b: a * b)))
print(list(product("ab", [0, 1])), len(list(product(range(3), repeat=3))))
print(list(zip_longest("abc", [1], fillvalue="-")), list(zip_longest()))
a, b = tee(x * x for x in range(4))
print(next(a), next(a), list(b), list(a))
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 0)])))
print(list(dropwhile(lambda v: v < 3, [1, 2, 3, 1, 5])))

# laziness: nothing runs until iterated
def noisy(n):
    for i in range(n):
        print(f"  produce {i}")
        yield i

lazy = islice(chain(noisy(2), noisy(3)), 1, 4)
print("built lazy pipeline")
print(list(lazy))
