# Calling a generator function binds arguments immediately but runs no code.
def gen(a, b=2, *args, key=None, **kw):
    print(f"  body started a={a} b={b} args={args} key={key} kw={sorted(kw.items())}")
    yield a + b
    yield len(args)

g = gen(1)
print("created, nothing printed yet")
print(next(g), next(g))
print(list(gen(1, 3, 4, 5, key="k", z=1, y=2)))

# argument errors are raised at call time, not at first next()
for call in [lambda: gen(), lambda: gen(1, key=1, key2=2, b=3, a=4), lambda: gen(1, 2, b=3)]:
    try:
        call()
        print("no error")
    except TypeError as e:
        print(type(e).__name__, e)

def kwonly(*, x):
    yield x
try:
    kwonly(1)
except TypeError as e:
    print(type(e).__name__, e)
print(list(kwonly(x=5)))

# errors in the body appear only on first next()
def body_error(n):
    yield 10 // n
g = body_error(0)
print("created body_error(0)")
try:
    next(g)
except ZeroDivisionError as e:
    print(type(e).__name__, e)

# default arguments are evaluated once, at definition time
calls = []
def default_value():
    calls.append("default evaluated")
    return []

def accumulate(item, into=default_value()):
    into.append(item)
    yield list(into)

print(calls)
print(next(accumulate(1)), next(accumulate(2)), next(accumulate(3, [])))

# the generator holds references to its arguments
data = [1, 2]
def view(lst):
    yield sum(lst)
    yield sum(lst)
v = view(data)
print(next(v))
data.append(10)
print(next(v))

# a function becomes a generator if yield appears anywhere, even unreachable
def sneaky():
    return "value"
    yield

r = sneaky()
print(type(r).__name__)
try:
    next(r)
except StopIteration as e:
    print("StopIteration value", e.value)

def conditional(flag):
    if flag:
        yield "yielded"
    return "returned"
print(list(conditional(True)), list(conditional(False)))

# lambda with yield is a generator function
lg = lambda: (yield "from lambda")
print(type(lg()).__name__, list(lg()))
lg2 = lambda x: (yield x, (yield x + 1))
g2 = lg2(1)
print(next(g2), g2.send("sent"), next(g2, "end"))

# recursion between regular functions and generators
def outer_func(n):
    return inner_gen(n)
def inner_gen(n):
    if n:
        yield n
        yield from outer_func(n - 1)
print(list(outer_func(4)))
