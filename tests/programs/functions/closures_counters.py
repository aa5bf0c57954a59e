def make_counter(start=0, step=1):
    count = start
    def increment():
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = start
    increment.reset = reset
    return increment
c1, c2 = make_counter(), make_counter(10, 5)
print([c1() for _ in range(3)], [c2() for _ in range(3)])
c1.reset()
print(c1(), c2.__closure__ is not None, len(c2.__closure__), c2.__code__.co_freevars)
def adders():
    return [lambda x, i=i: x + i for i in range(4)]
def late():
    return [lambda x: x + i for i in range(4)]
print([f(10) for f in adders()], [f(10) for f in late()])
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "changed"
    return middle()
print(outer()())
def accumulate():
    total = []
    def add(v):
        total.append(v)
        return sum(total)
    return add
acc = accumulate()
print(acc(1), acc(2), acc(3.5))
def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
x = 0
def bump_global():
    global x
    x += 1
    return x
print(bump_global(), bump_global(), x)
def shadow():
    x = 100
    def reader():
        return x
    x = 200
    return reader()
print(shadow(), x)
def unbound():
    def inner():
        return y
    try:
        return inner()
    except NameError as e:
        return str(e)
    y = 1
print(unbound())
def cell_after_delete():
    v = 1
    def get():
        return v
    del v
    try:
        return get()
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(cell_after_delete())
