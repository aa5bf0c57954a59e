# A rational number class implementing the arithmetic, comparison,
# hashing, conversion and formatting protocols, interoperating with int
# and float the way fractions.Fraction does.
import math

class Frac:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("Frac(%d, 0)" % num)
        g = math.gcd(num, den)
        if den < 0:
            g = -g
        self.num, self.den = num // g, den // g

    @staticmethod
    def _coerce(x):
        if isinstance(x, Frac):
            return x
        if isinstance(x, int):
            return Frac(x)
        return None

    def __repr__(self):
        return "Frac(%d, %d)" % (self.num, self.den)
    def __str__(self):
        return str(self.num) if self.den == 1 else "%d/%d" % (self.num, self.den)

    def _op(self, other, fn, fl):
        o = Frac._coerce(other)
        if o is not None:
            return fn(self, o)
        if isinstance(other, float):
            return fl(float(self), other)
        return NotImplemented

    def __add__(self, other):
        return self._op(other, lambda a, b: Frac(a.num * b.den + b.num * a.den, a.den * b.den), lambda a, b: a + b)
    def __radd__(self, other):
        return self + other
    def __sub__(self, other):
        return self._op(other, lambda a, b: Frac(a.num * b.den - b.num * a.den, a.den * b.den), lambda a, b: a - b)
    def __rsub__(self, other):
        return (-self) + other
    def __mul__(self, other):
        return self._op(other, lambda a, b: Frac(a.num * b.num, a.den * b.den), lambda a, b: a * b)
    __rmul__ = __mul__
    def __truediv__(self, other):
        return self._op(other, lambda a, b: Frac(a.num * b.den, a.den * b.num), lambda a, b: a / b)
    def __rtruediv__(self, other):
        o = Frac._coerce(other)
        return NotImplemented if o is None else o / self
    def __floordiv__(self, other):
        q = self / other
        return math.floor(q)
    def __mod__(self, other):
        return self - other * (self // other)
    def __pow__(self, n):
        if not isinstance(n, int):
            return NotImplemented
        if n >= 0:
            return Frac(self.num ** n, self.den ** n)
        return Frac(self.den ** -n, self.num ** -n)
    def __neg__(self):
        return Frac(-self.num, self.den)
    def __pos__(self):
        return self
    def __abs__(self):
        return Frac(abs(self.num), self.den)
    def __float__(self):
        return self.num / self.den
    def __int__(self):
        return math.trunc(self)
    def __trunc__(self):
        return -(-self.num // self.den) if self.num < 0 else self.num // self.den
    def __floor__(self):
        return self.num // self.den
    def __ceil__(self):
        return -(-self.num // self.den)
    def __round__(self, ndigits=None):
        if ndigits is None:
            fl, rem = divmod(self.num, self.den)
            if rem * 2 < self.den or (rem * 2 == self.den and fl % 2 == 0):
                return fl
            return fl + 1
        shift = 10 ** ndigits
        return Frac(round(self * shift), shift)
    def __bool__(self):
        return self.num != 0
    def __eq__(self, other):
        o = Frac._coerce(other)
        if o is not None:
            return (self.num, self.den) == (o.num, o.den)
        if isinstance(other, float):
            return float(self) == other
        return NotImplemented
    def __lt__(self, other):
        o = Frac._coerce(other)
        if o is None:
            return float(self) < other if isinstance(other, float) else NotImplemented
        return self.num * o.den < o.num * self.den
    def __le__(self, other):
        return self == other or self < other
    def __gt__(self, other):
        o = Frac._coerce(other)
        if o is None:
            return float(self) > other if isinstance(other, float) else NotImplemented
        return o < self
    def __ge__(self, other):
        return self == other or self > other
    def __hash__(self):
        return hash(self.num) if self.den == 1 else hash((self.num, self.den))
    def __format__(self, spec):
        if spec.endswith("f"):
            return format(float(self), spec)
        return format(str(self), spec)

h = Frac(1, 2)
t = Frac(1, 3)
print(h + t, h - t, h * t, h / t, t - h, h ** 3, t ** -2, h ** 0)
print(h + 1, 1 + h, 2 - h, 3 * t, 1 / t, h + 0.25, 0.25 + h, h / 0.5)
print(Frac(7, 2) // 1, Frac(7, 2) % 1, Frac(-7, 2) // 1, Frac(-7, 2) % 1)
print(-h, +h, abs(Frac(-3, 4)), float(Frac(3, 8)), int(Frac(-7, 2)))
print(math.floor(Frac(-7, 2)), math.ceil(Frac(-7, 2)), math.trunc(Frac(-7, 2)))
print(round(Frac(5, 2)), round(Frac(7, 2)), round(Frac(-5, 2)), round(Frac(1, 3), 2), round(Frac(2, 3), 1))
print(h == Frac(2, 4), h == 0.5, h == 1, Frac(4, 2) == 2, 2 == Frac(4, 2), h != t)
print(t < h, h < t, h <= h, h > t, t >= h, 0 < h, h < 0.6, 1 > h)
print(bool(Frac(0, 5)), bool(h), hash(Frac(4, 2)) == hash(2), len({Frac(1, 2), Frac(2, 4), Frac(3, 6)}))
print(sorted([Frac(2, 3), Frac(1, 6), Frac(1, 2), Frac(-1, 3)]), max(h, t), min(h, t, key=float))
print(sum([Frac(1, n) for n in range(1, 6)]), sum([Frac(1, 2)] * 4, Frac(0)))
print(f"{h:>6}|{t:.3f}|{Frac(-7, 3)!s}|{Frac(-7, 3)!r}")
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    h ** 0.5
except TypeError as e:
    print("TypeError:", e)
try:
    h < "x"
except TypeError as e:
    print("TypeError:", e)

# harmonic numbers and a continued fraction
def harmonic(n):
    total = Frac(0)
    for k in range(1, n + 1):
        total += Frac(1, k)
    return total
print([str(harmonic(n)) for n in range(1, 8)])
def continued(terms):
    value = Frac(terms[-1])
    for a in reversed(terms[:-1]):
        value = a + 1 / value
    return value
print(continued([1, 2, 2, 2, 2, 2]), float(continued([1] * 20)))
