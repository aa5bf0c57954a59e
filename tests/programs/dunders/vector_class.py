# A small 3-D vector class using nearly every numeric and container
# protocol; exercised with a bit of geometry.
import math

class Vec:
    __match_args__ = ("x", "y", "z")
    def __init__(self, x=0, y=0, z=0):
        self.x, self.y, self.z = x, y, z
    def __iter__(self):
        yield self.x
        yield self.y
        yield self.z
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return tuple(self)[i]
    def __repr__(self):
        return "Vec(%s)" % ", ".join(map(repr, self))
    def __eq__(self, other):
        return isinstance(other, Vec) and tuple(self) == tuple(other)
    def __hash__(self):
        return hash(tuple(self))
    def __add__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return Vec(*(a + b for a, b in zip(self, other)))
    def __sub__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return Vec(*(a - b for a, b in zip(self, other)))
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(*(a * k for a in self))
        return NotImplemented
    __rmul__ = __mul__
    def __truediv__(self, k):
        if isinstance(k, (int, float)):
            return Vec(*(a / k for a in self))
        return NotImplemented
    def __matmul__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return sum(a * b for a, b in zip(self, other))
    def __xor__(self, o):
        return Vec(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x)
    def __neg__(self):
        return Vec(*(-a for a in self))
    def __abs__(self):
        return math.sqrt(self @ self)
    def __bool__(self):
        return any(self)
    def __round__(self, n=None):
        return Vec(*(round(a, n) for a in self))
    def __format__(self, spec):
        return "<" + ", ".join(format(a, spec) for a in self) + ">"

i, j, k = Vec(1, 0, 0), Vec(0, 1, 0), Vec(0, 0, 1)
v = Vec(1, 2, 2)
print(v, abs(v), v + i, v - j, 2 * v, v * 0.5, v / 4, -v)
print(i ^ j, j ^ k, k ^ i, i @ j, v @ v, bool(Vec()), bool(k))
print(v[0], v[-1], v[1:], list(v), len(v), 2 in v, max(v), sum(v))
x, y, z = v
print(x, y, z, Vec(*v) == v, v == (1, 2, 2), {v: "v"}[Vec(1, 2, 2)])
print(round(Vec(1.234, 5.678, -0.001), 1), f"{Vec(1, 2.5, 3):.2f}", f"{v!r}")
for bad in [lambda: v + 1, lambda: 1 + v, lambda: v * v, lambda: v / v, lambda: v @ 2]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

match v:
    case Vec(1, y, z) if y == z:
        print("matched x=1 and y == z ==", y)

# triangle area and normal via the cross product
def triangle(a, b, c):
    n = (b - a) ^ (c - a)
    return abs(n) / 2, n / abs(n) if n else None
print(triangle(Vec(0, 0, 0), Vec(4, 0, 0), Vec(0, 3, 0)))
print(triangle(Vec(0, 0, 0), Vec(1, 1, 1), Vec(2, 2, 2)))

# centroid with sum() and a start value
pts = [Vec(0, 0, 0), Vec(2, 0, 0), Vec(2, 2, 0), Vec(0, 2, 4)]
print(sum(pts, Vec()) / len(pts))
try:
    sum(pts)
except TypeError as e:
    print("TypeError:", e)
print(sorted(pts, key=abs), len(set(pts + [Vec(2, 0, 0)])))
