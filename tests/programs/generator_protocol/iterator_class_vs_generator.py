# The same iteration written as a class and as a generator: identical behaviour.
class CountdownIter:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

def countdown_gen(start):
    while start > 0:
        yield start
        start -= 1

for make in (CountdownIter, countdown_gen):
    it = make(3)
    print(type(it).__name__, iter(it) is it, list(it), list(it))

# reusable iterable (fresh iterator per __iter__) vs one-shot
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

cd = Countdown(3)
print(list(cd), list(cd), type(iter(cd)).__name__)
print([(a, b) for a in cd for b in cd if a > b])

one_shot = countdown_gen(3)
print([(a, b) for a in [1, 2] for b in one_shot])

# __getitem__-based old-style iteration
class Squares:
    def __getitem__(self, index):
        if index >= 4:
            raise IndexError(index)
        return index * index

print(list(Squares()), 9 in Squares(), 5 in Squares())
it = iter(Squares())
print(type(it).__name__, next(it), next(it))

# class iterator with extra methods (peek)
class Peekable:
    _empty = object()
    def __init__(self, iterable):
        self._it = iter(iterable)
        self._peeked = self._empty
    def __iter__(self):
        return self
    def __next__(self):
        if self._peeked is not self._empty:
            value, self._peeked = self._peeked, self._empty
            return value
        return next(self._it)
    def peek(self, default=None):
        if self._peeked is self._empty:
            try:
                self._peeked = next(self._it)
            except StopIteration:
                return default
        return self._peeked

p = Peekable(countdown_gen(3))
print(p.peek(), p.peek(), next(p), p.peek(), list(p), p.peek("end"))

# a class with __next__ but no __iter__ is not iterable
class NoIter:
    def __next__(self):
        return 1
try:
    for _ in NoIter():
        pass
except TypeError as e:
    print(type(e).__name__, e)

# __iter__ returning a non-iterator
class BadIter:
    def __iter__(self):
        return [1, 2]
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)

# __iter__ set to None disables iteration
class Disabled:
    __iter__ = None
try:
    iter(Disabled())
except TypeError as e:
    print(type(e).__name__, e)

# next() with default on both kinds
print(next(CountdownIter(0), "empty-class"), next(countdown_gen(0), "empty-gen"))

# exceptions other than StopIteration from __next__ propagate
class Exploding:
    def __iter__(self):
        return self
    def __next__(self):
        raise KeyError("boom")
try:
    list(Exploding())
except KeyError as e:
    print(type(e).__name__, e)

# generators have __iter__ and __next__ methods
g = countdown_gen(2)
print(g.__iter__() is g, g.__next__(), next(g))
print(hasattr(g, "send"), hasattr(CountdownIter(1), "send"))
