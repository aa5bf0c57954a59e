# __iter__ and __next__: iterator classes, iterables returning generators,
# StopIteration with values, and the errors of broken iterators.

class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

c = Countdown(3)
print(iter(c) is c, list(c), list(c))
print(sum(Countdown(4)), max(Countdown(5)), sorted(Countdown(3)))

class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child

t = Tree(1, Tree(2, Tree(3)), Tree(4))
print(list(t), [x * 10 for x in t], 3 in t)
print(type(iter(t)).__name__)

def check(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

class ReturnsNonIterator:
    def __iter__(self):
        return [1, 2]
class ReturnsNone:
    def __iter__(self):
        return None
class NoNext:
    def __iter__(self):
        return self
class NotIterable:
    pass

check("iter non-iterator", lambda: iter(ReturnsNonIterator()))
check("for over non-iterator", lambda: [x for x in ReturnsNonIterator()])
check("iter returns None", lambda: iter(ReturnsNone()))
check("iter without __next__", lambda: list(NoNext()))
check("iter(NotIterable)", lambda: iter(NotIterable()))
check("for NotIterable", lambda: [x for x in NotIterable()])
check("unpack NotIterable", lambda: [*NotIterable()])
check("next(NotIterable)", lambda: next(NotIterable()))
check("next(list)", lambda: next([1]))
check("next default", lambda: next(iter([]), "default"))
check("next exhausted", lambda: next(iter([])))
check("iter(int)", lambda: iter(5))

# StopIteration carries a value, visible only to direct next() callers
class WithValue:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("the value")
try:
    next(WithValue())
except StopIteration as e:
    print("value:", e.value, e.args)
print(list(WithValue()))

# iterator raising an ordinary error mid-way
class Flaky:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n == 3:
            raise ValueError("flaked at 3")
        return self.n
got = []
try:
    for x in Flaky():
        got.append(x)
except ValueError as e:
    print("ValueError:", e, got)

# iter(callable, sentinel)
class Reader:
    def __init__(self, chunks):
        self.chunks = list(chunks)
    def __call__(self):
        return self.chunks.pop(0) if self.chunks else ""
print(list(iter(Reader(["ab", "cd", "", "ef"]), "")))
check("iter(non-callable, sentinel)", lambda: iter(5, 0))

# __next__ is looked up on the type
class Odd:
    def __iter__(self):
        return self
o = Odd()
o.__next__ = lambda: 1
check("instance __next__", lambda: next(o))
