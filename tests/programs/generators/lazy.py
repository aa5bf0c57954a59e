# Generators run lazily; state between yields; infinite generators; StopIteration in generators.
def numbers():
    print("start")
    n = 0
    while True:
        print("yielding", n)
        yield n
        n += 1
g = numbers()
print("created")
print(next(g), next(g))
def take(n, it):
    return [x for _, x in zip(range(n), it)]
print(take(3, numbers()))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(take(12, fib()))
def leaky():
    yield 1
    raise StopIteration
try:
    list(leaky())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
def early():
    yield 1
    return
    yield 2
print(list(early()), next(iter(early())))
print(type(g).__name__, g.__name__, g.__qualname__, iter(g) is g)
def running():
    yield gen_ref.gi_running
gen_ref = running()
print(next(gen_ref), gen_ref.gi_running)
def reentrant():
    yield next(self_ref)
self_ref = reentrant()
try:
    next(self_ref)
except ValueError as e:
    print("ValueError:", e)
