# Generators as methods, classmethods, staticmethods, __iter__, and in subclasses.
class Range2D:
    def __init__(self, rows, cols):
        self.rows = rows
        self.cols = cols

    def __iter__(self):
        for r in range(self.rows):
            for c in range(self.cols):
                yield (r, c)

    def row(self, r):
        for c in range(self.cols):
            yield (r, c)

    @classmethod
    def diagonal(cls, n):
        grid = cls(n, n)
        for r, c in grid:
            if r == c:
                yield (r, c)

    @staticmethod
    def corners(n):
        yield (0, 0)
        yield (0, n - 1)
        yield (n - 1, 0)
        yield (n - 1, n - 1)

    @property
    def cells(self):
        return (cell for cell in self)

g = Range2D(2, 3)
print(list(g))
print(list(g.row(1)))
print(list(Range2D.diagonal(3)))
print(list(Range2D.corners(4)), list(g.corners(2)))
print(type(g.cells).__name__, sum(1 for _ in g.cells))
print(type(iter(g)).__name__, iter(g) is iter(g))

# subclass overriding and extending a generator method with yield from super()
class Labeled(Range2D):
    def __iter__(self):
        for r, c in super().__iter__():
            yield f"{chr(65 + r)}{c + 1}"

    def row(self, r):
        yield "row start"
        yield from super().row(r)
        yield "row end"

lab = Labeled(2, 2)
print(list(lab))
print(list(lab.row(0)))
print(list(Labeled.diagonal(2)))

# a generator method keeps `self` alive and sees later mutation
class Bag:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
        return self
    def drain(self):
        while self.items:
            yield self.items.pop(0)

bag = Bag().add(1).add(2)
d = bag.drain()
print(next(d))
bag.add(3)
print(list(d), bag.items)

# generator as __getattr__-produced method and bound generator method objects
class Dynamic:
    def __getattr__(self, name):
        if name.startswith("count_to_"):
            n = int(name[len("count_to_"):])
            def gen():
                yield from range(1, n + 1)
            return gen
        raise AttributeError(name)

print(list(Dynamic().count_to_4()))
try:
    Dynamic().other
except AttributeError as e:
    print(type(e).__name__, e)

m = g.row
print(m.__name__, m.__self__ is g, list(m(0)))
print(m(0).__qualname__)

# generator function stored as a class attribute used as a plain function
def standalone(self):
    yield type(self).__name__
    yield "standalone"

class Host:
    method = standalone

print(list(Host().method()))

# __reversed__ as a generator
class Seq:
    def __init__(self, *items):
        self.items = items
    def __iter__(self):
        yield from self.items
    def __reversed__(self):
        for i in range(len(self.items) - 1, -1, -1):
            yield self.items[i]
    def __len__(self):
        return len(self.items)

s = Seq("a", "b", "c")
print(list(s), list(reversed(s)), len(s), "b" in s)
