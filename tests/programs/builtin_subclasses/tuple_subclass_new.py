# tuple subclasses must build their contents in __new__ (a hand-written
# named-tuple style record) since tuple.__init__ ignores arguments.
class Point(tuple):
    __slots__ = ()
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __repr__(self):
        return f"Point(x={self.x!r}, y={self.y!r})"
    def _replace(self, **changes):
        values = {"x": self.x, "y": self.y}
        values.update(changes)
        return type(self)(**values)

p = Point(1, 2)
print(p, p.x, p.y, len(p), p[0], list(p), tuple(p), type(tuple(p)).__name__)
x, y = p
print(x, y, p._replace(y=9), p == (1, 2), (1, 2) == p, hash(p) == hash((1, 2)))
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    p.x = 3
except AttributeError as e:
    print(type(e).__name__, e)

class InitTried(tuple):
    def __init__(self, items):
        print("  __init__ got", items, "but self is already", tuple(self))
        super().__init__()
t = InitTried([3, 4])
print(t, type(t).__name__)

class Wrong(tuple):
    def __init__(self, a, b):
        self.a = a
try:
    Wrong(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

class Pair(tuple):
    def __new__(cls, *items):
        if len(items) != 2:
            raise ValueError(f"Pair needs 2 items, got {len(items)}")
        return tuple.__new__(cls, items)
    def swap(self):
        return Pair(self[1], self[0])
print(Pair("a", "b"), Pair("a", "b").swap(), type(Pair(1, 2).swap()).__name__)
try:
    Pair(1, 2, 3)
except ValueError as e:
    print(type(e).__name__, e)

class Sorted(tuple):
    def __new__(cls, iterable=()):
        return super().__new__(cls, sorted(iterable))
print(Sorted([3, 1, 2]), Sorted(), Sorted("cab"), Sorted({5: 0, 4: 0}), Sorted(x * x for x in (-3, 2)))
print(tuple.__new__(Sorted, [9, 8]), type(tuple.__new__(Sorted, [9, 8])).__name__)
try:
    Sorted(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    tuple.__new__(Sorted, 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
