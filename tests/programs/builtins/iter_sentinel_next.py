data = [3, 1, 4, 1, 5, 9, 2, 6]
it = iter(data)
def reader():
    return next(it)
print(list(iter(reader, 9)))
print(list(it))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)), type(iter(tick, 0)).__name__)
try:
    iter(5, 1)
except TypeError as e:
    print("TypeError", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError", e)
try:
    next([1])
except TypeError as e:
    print("TypeError", e)
i = iter([1, 2])
print(next(i), next(i), next(i, "default"), next(i, None))
try:
    next(i)
except StopIteration as e:
    print("StopIteration", repr(e), e.args)
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(4)), sum(Countdown(10)), sorted(Countdown(3)), 2 in Countdown(3))
class BadIter:
    def __iter__(self):
        return 42
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError", e)
class NoNext:
    def __iter__(self):
        return self
try:
    for x in NoNext():
        pass
except TypeError as e:
    print("TypeError", e)
lines = iter(["first", "second", "", "after blank"])
print(list(iter(lambda: next(lines), "")), list(lines))
s = iter("abc")
print(iter(s) is s, list(s), list(s))
r = iter(range(3))
print(type(r).__name__, list(r), type(iter({})).__name__, type(iter("x")).__name__, type(iter(())).__name__)
