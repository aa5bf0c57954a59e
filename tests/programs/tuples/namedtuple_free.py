# Tuple subclasses: attributes via properties, repr, unpacking and hashing.
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"
p = Point(1, 2)
x, y = p
print(p, x, y, p.x + p.y, len(p), p == (1, 2), hash(p) == hash((1, 2)), isinstance(p, tuple))
print(p + (3,), type(p + (3,)).__name__, p[::-1], type(p[:]).__name__, sorted([Point(2, 1), Point(1, 5)]))
print({p: "point"}[(1, 2)], max(Point(0, 9), Point(1, 0)), tuple(p), list(p), p.count(1), p.index(2))
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    p[0] = 5
except TypeError as e:
    print("TypeError:", e)
