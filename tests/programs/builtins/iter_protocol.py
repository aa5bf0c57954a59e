# The iterator protocol by hand: __iter__/__next__ classes, iter(callable, sentinel), StopIteration.
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
print(list(Countdown(3)), sum(Countdown(4)), [x for x in Countdown(2)])
it = iter([1, 2])
print(it.__next__(), next(it), it.__iter__() is it, next(it, "end"))
lines = ["a", "b", "", "c"]
reader = iter(lambda: lines.pop(0), "")
print(list(reader), lines)
class NotIter:
    def __iter__(self):
        return 5
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)
class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError
print(list(Seq()), list(reversed([1, 2, 3])), tuple(iter(Seq())))
e = enumerate("ab")
print(next(e), list(e), type(iter(range(3))).__name__, type(iter({})).__name__)
