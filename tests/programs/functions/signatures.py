# Send into generators, closures over lists, keyword-only and positional-only with defaults.
def gen():
    x = yield
    while True:
        x = yield x * 2
g = gen()
next(g)
print(g.send(3), g.send(4))
def outer():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    return add, items
add, items = outer()
add(1); add(2)
print(items)
def f(*, a=1, **rest):
    return a, rest
print(f(b=2), f(a=3, c=4))
def g(a, b=2, /, c=3):
    return a, b, c
print(g(1), g(1, 5, c=6))
def h(**kwargs):
    return sorted(kwargs.items())
print(h(z=1, a=2), h(**{"x": 1}))
