# PEP 479: StopIteration escaping a generator body becomes RuntimeError.
def leaks_stop():
    yield 1
    raise StopIteration("leaked")

g = leaks_stop()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e)
    print("cause:", type(e.__cause__).__name__, e.__cause__.args)
    print("context is cause:", e.__context__ is e.__cause__)
    print("suppress context:", e.__suppress_context__)

# generator is finished after that
try:
    next(g)
except StopIteration as e:
    print("then StopIteration", e.args)

# next() on an empty iterator inside a generator
def first_of_each(iterables):
    for it in iterables:
        yield next(iter(it))

print(list(first_of_each([[1], "ab", (3, 4)])))
try:
    print(list(first_of_each([[1], [], [3]])))
except RuntimeError as e:
    print(type(e).__name__, e, "cause:", repr(e.__cause__))

# the proper fix: catch StopIteration and return
def first_of_each_fixed(iterables):
    for it in iterables:
        try:
            yield next(iter(it))
        except StopIteration:
            return

print(list(first_of_each_fixed([[1], [], [3]])))

# subclasses of StopIteration are converted too
class MyStop(StopIteration):
    pass

def leaks_subclass():
    raise MyStop("sub")
    yield

try:
    next(leaks_subclass())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

# StopIteration caught inside the generator is fine
def catches_inside():
    try:
        raise StopIteration("inside")
    except StopIteration as e:
        yield f"caught {e}"
    yield "after"

print(list(catches_inside()))

# StopIteration thrown in via throw() is converted as well
def plain():
    yield 1
    yield 2

p = plain()
next(p)
try:
    p.throw(StopIteration("thrown"))
except RuntimeError as e:
    print("throw StopIteration ->", type(e).__name__, e, repr(e.__cause__))

# return value is not affected
def returns():
    yield 1
    return "value"

r = returns()
next(r)
try:
    next(r)
except StopIteration as e:
    print("normal return", repr(e.value))

# non-generator iterators may raise StopIteration freely
class Count:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration("done counting")
        self.n -= 1
        return self.n

print(list(Count(3)))

# a StopIteration raised in a generator expression body
def boom(x):
    if x == 2:
        raise StopIteration("from genexp")
    return x

try:
    print(list(boom(x) for x in range(5)))
except RuntimeError as e:
    print("genexp:", type(e).__name__, e)
