class Vector:
    def __init__(self, *xs):
        self.xs = tuple(xs)
    def __repr__(self):
        return f"Vector{self.xs}"
    def __str__(self):
        return "<" + ", ".join(map(str, self.xs)) + ">"
    def __len__(self):
        return len(self.xs)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vector(*self.xs[i])
        return self.xs[i]
    def __iter__(self):
        return iter(self.xs)
    def __contains__(self, v):
        return v in self.xs
    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(*(a + b for a, b in zip(self.xs, other.xs)))
    def __mul__(self, k):
        return Vector(*(a * k for a in self.xs))
    __rmul__ = __mul__
    def __neg__(self):
        return self * -1
    def __abs__(self):
        return sum(a * a for a in self.xs) ** 0.5
    def __eq__(self, other):
        return isinstance(other, Vector) and self.xs == other.xs
    def __hash__(self):
        return hash(self.xs)
    def __bool__(self):
        return any(self.xs)
    def __lt__(self, other):
        return abs(self) < abs(other)
    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self.xs, other.xs))
    def __call__(self, i):
        return self.xs[i] * 10
    def __format__(self, spec):
        return "(" + ", ".join(format(a, spec) for a in self.xs) + ")"
v, w = Vector(3, 4), Vector(1, 2)
print(repr(v), str(v), len(v), v[0], v[-1], v[::-1], list(v), 4 in v, 7 in v)
print(v + w, v * 2, 3 * v, -v, abs(v), v == Vector(3, 4), v != w, bool(Vector(0, 0)), v @ w, v(1))
print(f"{v:.2f}", sorted([v, w, Vector(0, 1)]), max(v, w), {v: 1}[Vector(3, 4)], v > w)
try:
    v + 1
except TypeError as e:
    print("TypeError", e)
try:
    v < 1
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * i
print(list(Seq()), 4 in Seq(), 5 in Seq(), [x for x in Seq()])
class Ctx:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return True
with Ctx() as c:
    raise ValueError("swallowed")
print("after with")
class Attrs:
    def __setattr__(self, name, value):
        super().__setattr__(name, value * 2 if isinstance(value, int) else value)
    def __delattr__(self, name):
        print("del", name)
        super().__delattr__(name)
a = Attrs()
a.n = 5
print(a.n)
del a.n
print(hasattr(a, "n"))
class Num:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
    def __int__(self):
        return self.v + 1000
    def __float__(self):
        return 0.5
print([10, 20, 30][Num(1)], bin(Num(5)), int(Num(1)), float(Num(1)), range(Num(3)), "ab" * Num(2))
