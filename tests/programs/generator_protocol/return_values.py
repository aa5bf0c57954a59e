# Return values: StopIteration.value, yield-from results, returning special objects.
def gives(value):
    yield "one"
    return value

for value in [None, 0, "text", (1, 2), [3], {"k": 4}, StopIteration("inner")]:
    g = gives(value)
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print(type(e.value).__name__, repr(e.value), "args:", repr(e.args))

# returning a tuple: args holds the tuple as a single element
def tup():
    return 1, 2
    yield
try:
    next(tup())
except StopIteration as e:
    print(e.value, e.args, len(e.args))

# bare return and falling off the end
def bare():
    yield 1
    return
def falls():
    yield 1
for f in (bare, falls):
    g = f()
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print(f.__name__, repr(e.value), e.args)

# yield from result values
def collect():
    r1 = yield from gives("first")
    r2 = yield from gives(None)
    r3 = yield from []
    r4 = yield from gives(StopIteration("wrapped"))
    return [r1, r2, r3, type(r4).__name__, r4.args]

c = collect()
print(list(c))
c2 = collect()
while True:
    try:
        next(c2)
    except StopIteration as e:
        print("collect returned", e.value)
        break

# return value from a generator that returns early through a loop
def search(items, target):
    for i, item in enumerate(items):
        yield item
        if item == target:
            return i
    return -1

def run(items, target):
    g = search(items, target)
    seen = []
    while True:
        try:
            seen.append(next(g))
        except StopIteration as e:
            return seen, e.value

print(run("abcdef", "c"))
print(run("abc", "z"))
print(run("", "a"))

# the return value is only reported once
g = gives("once")
next(g)
for _ in range(2):
    try:
        next(g)
    except StopIteration as e:
        print("value:", repr(e.value))

# StopIteration value given as keyword-free construction
e = StopIteration()
print(repr(e.value), e.args)
e = StopIteration(1, 2)
print(repr(e.value), e.args)
e = StopIteration("x")
print(repr(e.value), str(e))

# yield from a generator whose return value is a generator
def inner_gen():
    yield "from inner gen"
def returns_gen():
    return inner_gen()
    yield
def chain():
    g = yield from returns_gen()
    yield from g
print(list(chain()))
