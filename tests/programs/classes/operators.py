# Arithmetic dunders, reflected and in-place operators, unary operators.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        return NotImplemented
    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __iadd__(self, other):
        self.x += other.x
        self.y += other.y
        return self
    def __matmul__(self, other):
        return self.x * other.x + self.y * other.y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
a, b = Vec(1, 2), Vec(3, 4)
print(a + b, b - a, a * 3, 3 * a, -a, abs(b), a @ b)
c = a
c += b
print(a, c is a)
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 - a
except TypeError as e:
    print("TypeError:", e)
class Money(int):
    def __add__(self, other):
        return Money(int(self) + int(other))
    def __repr__(self):
        return f"Money({int(self)})"
print(Money(5) + 3, 3 + Money(5), Money(2) * 2, type(Money(2) * 2).__name__)
class Right:
    def __radd__(self, other):
        return f"radd({other})"
    def __rpow__(self, other):
        return f"rpow({other})"
print(1 + Right(), "s" + Right(), 2 ** Right())
