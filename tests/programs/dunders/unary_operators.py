# Unary -, +, ~ and abs() through __neg__, __pos__, __invert__, __abs__,
# including their TypeError messages and builtin behaviour.

class U:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "U(%r)" % (self.v,)
    def __neg__(self):
        return U(-self.v)
    def __pos__(self):
        return U(+self.v)
    def __invert__(self):
        return U(~self.v)
    def __abs__(self):
        return U(abs(self.v))

u = U(5)
print(-u, +u, ~u, abs(u), -(-u), ~~u, abs(-u), - - + - u)

class Weird:
    def __neg__(self):
        return "negated"
    def __pos__(self):
        return None
    def __invert__(self):
        return NotImplemented
    def __abs__(self):
        return -1
w = Weird()
print(-w, +w, ~w, abs(w))

class Nothing:
    pass

def t(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, "TypeError:", e)

n = Nothing()
t("-n", lambda: -n)
t("+n", lambda: +n)
t("~n", lambda: ~n)
t("abs(n)", lambda: abs(n))
t("-'s'", lambda: -"s")
t("+[]", lambda: +[])
t("~1.5", lambda: ~1.5)
t("~1j", lambda: ~1j)
t("abs('x')", lambda: abs("x"))
t("-None", lambda: -None)
t("~{}", lambda: ~{})
t("-{1}", lambda: -{1})

# builtin numbers
print(-0, -0.0, +(-0.0), ~0, ~-1, ~True, -True, +True, abs(-True))
print(abs(-3), abs(-3.5), abs(3 + 4j), abs(-0.0), abs(-(2 ** 70)))
print(-(1 + 2j), +(1 - 2j), -float("inf"), abs(float("-inf")))
print(type(-True).__name__, type(+True).__name__, type(~True).__name__, type(abs(True)).__name__)

# subclass of int: unary ops return plain ints unless overridden
class Signed(int):
    def __neg__(self):
        return Signed(int(self) * -1)
    def __repr__(self):
        return "Signed(%d)" % int(self)
s = Signed(4)
print(-s, +s, ~s, abs(s), type(+s).__name__, type(abs(Signed(-2))).__name__)

# unary methods looked up on the type, not the instance
obj = Nothing()
obj.__neg__ = lambda: "instance"
t("instance __neg__", lambda: -obj)

# a tiny vector using unary operators
class Vec:
    def __init__(self, *xs):
        self.xs = xs
    def __repr__(self):
        return "Vec%r" % (self.xs,)
    def __neg__(self):
        return Vec(*[-x for x in self.xs])
    def __abs__(self):
        return sum(x * x for x in self.xs) ** 0.5
    def __pos__(self):
        return Vec(*[round(x) for x in self.xs])
print(-Vec(1, -2), abs(Vec(3, 4)), +Vec(1.4, 2.6))
