# Generator objects: state after exhaustion, close before start, throw before start, return in finally.
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("finalizing")
g = gen()
g.close()
print(list(g))
g = gen()
try:
    g.throw(ValueError("early"))
except ValueError as e:
    print("ValueError:", e)
print(next(g, "done"))
g = gen()
print(next(g), next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")
print(next(g, "exhausted"))
def counter():
    n = 0
    while True:
        received = yield n
        n = received if received is not None else n + 1
c = counter()
print([next(c), c.send(10), next(c), c.send(0), next(c)])
def returns():
    yield 1
    return "value"
r = returns()
next(r)
try:
    next(r)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
def yield_in_expression():
    x = (yield 1) + (yield 2)
    yield x
y = yield_in_expression()
print(next(y), y.send(10), y.send(20))
