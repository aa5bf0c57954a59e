def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1
def take(n, it):
    it = iter(it)
    out = []
    for _ in range(n):
        try:
            out.append(next(it))
        except StopIteration:
            break
    return out
def islice(it, start, stop, step=1):
    for i, x in enumerate(it):
        if i >= stop:
            return
        if i >= start and (i - start) % step == 0:
            yield x
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1
print(take(10, naturals()), take(10, primes()), list(islice(fib(), 10, 20, 3)))
print(list(collatz(27))[:10], len(list(collatz(27))), max(collatz(27)))
squares = (n * n for n in naturals())
evens = (x for x in squares if x % 2 == 0)
print(take(5, evens), take(3, evens))
def running_mean():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
m = running_mean()
next(m)
print([m.send(v) for v in [10, 20, 30, 40]])
def cycle(items):
    while True:
        yield from items
print(take(7, cycle("abc")))
def zip_longest_ish(*its, fill=None):
    its = [iter(i) for i in its]
    while True:
        row, live = [], False
        for it in its:
            try:
                row.append(next(it))
                live = True
            except StopIteration:
                row.append(fill)
        if not live:
            return
        yield tuple(row)
print(list(zip_longest_ish([1, 2, 3], "ab", fill="-")))
first_big = next(x for x in fib() if x > 1000)
print(first_big, next((x for x in [] if x), "default"))
g = naturals()
print(next(g), next(g), sum(take(100, g)))
