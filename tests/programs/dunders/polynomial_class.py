# A polynomial class: arithmetic with scalars on either side, __call__ for
# evaluation, __getitem__/__len__/__iter__ over coefficients, equality,
# truthiness, and a pretty __str__ next to an exact __repr__.

class Poly:
    def __init__(self, *coeffs):
        c = list(coeffs)
        while c and c[-1] == 0:
            c.pop()
        self.c = c
    @classmethod
    def _lift(cls, x):
        if isinstance(x, Poly):
            return x
        if isinstance(x, (int, float)):
            return cls(x)
        return None
    def __repr__(self):
        return "Poly(%s)" % ", ".join(map(repr, self.c))
    def __str__(self):
        if not self.c:
            return "0"
        terms = []
        for power in range(len(self.c) - 1, -1, -1):
            a = self.c[power]
            if a == 0:
                continue
            sign = "-" if a < 0 else "+"
            a = abs(a)
            coef = "" if a == 1 and power else str(a)
            var = "" if power == 0 else "x" if power == 1 else "x^%d" % power
            terms.append((sign, coef + var))
        first_sign, first = terms[0]
        out = ("-" if first_sign == "-" else "") + first
        for sign, t in terms[1:]:
            out += " %s %s" % (sign, t)
        return out
    def __len__(self):
        return len(self.c)
    def __getitem__(self, i):
        return self.c[i] if 0 <= i < len(self.c) else 0
    def __iter__(self):
        return iter(self.c)
    def __bool__(self):
        return bool(self.c)
    def __eq__(self, other):
        o = Poly._lift(other)
        return NotImplemented if o is None else self.c == o.c
    __hash__ = None
    def __add__(self, other):
        o = Poly._lift(other)
        if o is None:
            return NotImplemented
        n = max(len(self), len(o))
        return Poly(*[self[i] + o[i] for i in range(n)])
    __radd__ = __add__
    def __neg__(self):
        return Poly(*[-a for a in self])
    def __sub__(self, other):
        o = Poly._lift(other)
        return NotImplemented if o is None else self + (-o)
    def __rsub__(self, other):
        return (-self) + other
    def __mul__(self, other):
        o = Poly._lift(other)
        if o is None:
            return NotImplemented
        out = [0] * (len(self) + len(o))
        for i, a in enumerate(self):
            for j, b in enumerate(o):
                out[i + j] += a * b
        return Poly(*out)
    __rmul__ = __mul__
    def __pow__(self, n):
        result = Poly(1)
        for _ in range(n):
            result = result * self
        return result
    def __call__(self, x):
        total = 0
        for a in reversed(self.c):
            total = total * x + a
        return total
    def __divmod__(self, d):
        rem = list(self.c)
        q = [0] * max(len(self) - len(d) + 1, 1)
        while len(rem) >= len(d) and any(rem):
            shift = len(rem) - len(d)
            factor = rem[-1] / d.c[-1]
            if factor == int(factor):
                factor = int(factor)
            q[shift] = factor
            for i, b in enumerate(d.c):
                rem[i + shift] -= factor * b
            while rem and rem[-1] == 0:
                rem.pop()
        return Poly(*q), Poly(*rem)
    def derivative(self):
        return Poly(*[i * a for i, a in enumerate(self.c)][1:])

x = Poly(0, 1)
p = x ** 2 - 3 * x + 2
q = 2 * x + 1
print(p, "|", q, "|", repr(p))
print(p + q, "|", p - q, "|", q - p, "|", p * q, "|", 5 - x, "|", x * x * x)
print(p(0), p(1), p(2), p(3), [q(t) for t in range(4)], p(0.5))
print(len(p), p[0], p[2], p[10], list(q), bool(p - p), bool(Poly()), str(Poly()))
print(p == Poly(2, -3, 1), p == 2, Poly(7) == 7, 7 == Poly(7), p != q)
print((x + 1) ** 4, "|", ((x + 1) ** 4).derivative())
quot, rem = divmod(x ** 3 - 1, x - 1)
print(quot, "|", rem, "|", divmod(p * q + 3, q))
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
try:
    p + "x"
except TypeError as e:
    print("TypeError:", e)

# Newton's method driven by the polynomial protocols
def newton(f, guess, steps=6):
    df = f.derivative()
    for _ in range(steps):
        guess = guess - f(guess) / df(guess)
    return round(guess, 10)
print(newton(x ** 2 - 2, 1.0), newton(x ** 3 - 2 * x - 5, 2.0))
