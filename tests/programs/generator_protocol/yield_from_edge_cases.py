# yield from edge cases: StopIteration values from class iterators, empty and exhausted sources.
class ValueIter:
    def __init__(self, n, result):
        self.n = n
        self.result = result
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration(self.result)
        self.n -= 1
        return self.n

def delegate(it):
    r = yield from it
    print("  result:", repr(r))
    return r

print(list(delegate(ValueIter(2, "class-result"))))
print(list(delegate(ValueIter(0, None))))
print(list(delegate(ValueIter(1, (1, 2)))))

# empty sources
print(list(delegate([])), list(delegate("")), list(delegate({})))

# exhausted generator as source
def two():
    yield 1
    yield 2
    return "two-done"

t = two()
print(list(t))
print(list(delegate(t)))

# partially consumed generator continues where it left off
t = two()
next(t)
print(list(delegate(t)))

# two delegators sharing one source
src = two()
d1 = delegate(src)
d2 = delegate(src)
print(next(d1), next(d2))
print(list(d1), list(d2))

# yield from the delegator's own generator object -> already executing
def self_delegate():
    yield from me
me = self_delegate()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)

# yield from non-iterables
for bad in [None, 1, 2.5, object]:
    def gen():
        yield from bad
    try:
        list(gen())
    except TypeError as e:
        print(type(e).__name__, e)

# yield from a dict and a dict view, a set sorted first, a string, bytes
def mixed():
    yield from {"a": 1, "b": 2}
    yield from {"x": 9}.values()
    yield from sorted({3, 1, 2})
    yield from "hi"
    yield from b"AB"
    yield from range(2)
print(list(mixed()))

# yield from a generator expression
def from_genexp():
    r = yield from (c * 2 for c in "ab")
    yield r
print(list(from_genexp()))

# StopIteration raised by a sub-generator's body is RuntimeError at the sub-generator
def leaky():
    yield 1
    raise StopIteration("leak")

def over_leaky():
    try:
        yield from leaky()
    except RuntimeError as e:
        print("  delegator caught", type(e).__name__, e, "| cause:", repr(e.__cause__))
        yield "recovered"

print(list(over_leaky()))

# the value of a yield from expression can be used inline
def inline():
    total = (yield from two()) + "!"
    yield total
print(list(inline()))

# yield from in a loop re-delegating
def repeated(n):
    results = []
    for _ in range(n):
        results.append((yield from two()))
    return results

rg = repeated(2)
print([next(rg) for _ in range(4)])
try:
    next(rg)
except StopIteration as e:
    print("repeated results", e.value)
