# StopIteration: value from return, conversion to RuntimeError in generators, manual iterators.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration("done counting")
        self.n -= 1
        return self.n
c = Countdown(3)
print(list(c), list(c))
try:
    next(c)
except StopIteration as e:
    print("StopIteration:", e, e.value, e.args)
def wraps_iterator():
    it = iter([1])
    yield next(it)
    yield next(it)
try:
    list(wraps_iterator())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)
def raises_subclass():
    class MyStop(StopIteration):
        pass
    yield 1
    raise MyStop
try:
    list(raises_subclass())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
print(next(iter([]), "default"), next(Countdown(0), "empty"), StopIteration(1, 2).value, StopIteration().value)
def gen_return():
    yield 1
    return "ret"
g = gen_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)
