# __repr__, __str__, __eq__, __hash__, __bool__, __len__ defaults and overrides.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
p, q = Point(1, 2), Point(1, 2)
print(p, str(p), [p], {"k": p}, p == q, p != q, p is q, p == (1, 2), len({p, q}))
class Named:
    def __str__(self):
        return "str form"
n = Named()
print(str(n), f"{n}", "%s" % n, repr(n).startswith("<__main__.Named object at "))
class NoHash:
    def __eq__(self, other):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
print(NoHash.__hash__, NoHash() == 5, NoHash() != 5)
class Sized:
    def __len__(self):
        return 3
class Falsy:
    def __bool__(self):
        return False
print(bool(Sized()), len(Sized()), bool(Falsy()), "yes" if Falsy() else "no", bool(Named()))
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
