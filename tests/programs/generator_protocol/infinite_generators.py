# Infinite generators stopped manually: break, close, counters, sentinels.
def naturals():
    n = 0
    while True:
        yield n
        n += 1

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

out = []
for n in naturals():
    if n > 5:
        break
    out.append(n)
print(out)

f = fib()
print([next(f) for _ in range(12)])
print(next(f), next(f))

# stop by closing from outside
def ticker():
    count = 0
    try:
        while True:
            count += 1
            yield count
    finally:
        print("  ticker stopped after", count)

t = ticker()
for v in t:
    if v == 3:
        t.close()
print("loop finished, next:", next(t, "none"))

# stop with a sentinel sent in
def accumulate():
    total = 0
    while True:
        v = yield total
        if v is None:
            continue
        if v == "stop":
            return total
        total += v

acc = accumulate()
next(acc)
for v in [5, 7, None, 1]:
    print("total", acc.send(v))
try:
    acc.send("stop")
except StopIteration as e:
    print("final", e.value)

# cycle and repeat written by hand
def cycle(items):
    saved = list(items)
    while saved:
        for x in saved:
            yield x

def repeat(obj, times=None):
    if times is None:
        while True:
            yield obj
    else:
        for _ in range(times):
            yield obj

c = cycle("abc")
print("".join(next(c) for _ in range(8)))
print(list(cycle([])))
r = repeat("z")
print([next(r) for _ in range(3)], list(repeat(1, 2)))

# take-while and count-until helpers
def takewhile(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x

print(list(takewhile(lambda v: v < 50, fib())))

def first_index(pred, it):
    for i, v in enumerate(it):
        if pred(v):
            return i, v

print(first_index(lambda v: v > 1000, fib()))
print(first_index(lambda v: v * v > 200, naturals()))

# collatz with an iteration cap
def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1

print(list(collatz(6)))
print(max(collatz(27)), sum(1 for _ in collatz(27)))

# iter(callable, sentinel) is another infinite-until-sentinel iterator
state = {"n": 0}
def step():
    state["n"] += 1
    return state["n"]
print(list(iter(step, 5)))

# primes by trial division
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 1

p = primes()
print([next(p) for _ in range(15)])
