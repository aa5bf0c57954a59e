# Bitwise and shift operators on a small bit-set class, with reflection
# and in-place forms, plus the builtin integer edge cases.

class Bits:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "Bits(%s)" % bin(self.n)
    def _coerce(self, other):
        if isinstance(other, Bits):
            return other.n
        if isinstance(other, int):
            return other
        return None
    def __and__(self, other):
        o = self._coerce(other)
        return NotImplemented if o is None else Bits(self.n & o)
    __rand__ = __and__
    def __or__(self, other):
        o = self._coerce(other)
        return NotImplemented if o is None else Bits(self.n | o)
    __ror__ = __or__
    def __xor__(self, other):
        o = self._coerce(other)
        return NotImplemented if o is None else Bits(self.n ^ o)
    def __rxor__(self, other):
        return ("rxor", other)
    def __lshift__(self, k):
        return Bits(self.n << k)
    def __rshift__(self, k):
        return Bits(self.n >> k)
    def __rlshift__(self, other):
        return ("rlshift", other, self.n)
    def __rrshift__(self, other):
        return ("rrshift", other, self.n)
    def __ixor__(self, other):
        self.n ^= self._coerce(other)
        return self
    def __invert__(self):
        return Bits(~self.n & 0xFF)

a = Bits(0b1100)
b = Bits(0b1010)
print(a & b, a | b, a ^ b)
print(a & 6, 6 & a, a | 1, 1 | a)
print(a ^ 5, 5 ^ a)
print(a << 2, a >> 2, 1 << a, 256 >> a)
print(~a)
c = a
a ^= b
print(a, a is c)
a <<= 1
print(a, a is c)
for bad in [lambda: a & "x", lambda: "x" | a, lambda: a & 1.0, lambda: 1.5 >> a]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)

# builtin ints
print(5 & 3, 5 | 3, 5 ^ 3, ~5, -5 & 0xFF, -1 >> 10, -16 >> 2, 1 << 70)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__)
for bad in [lambda: 1 << -1, lambda: 1 >> -3]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
print({1, 2} & {2, 3}, {1} | {2}, sorted({1, 2} ^ {2, 3}))
print({"a": 1} | {"b": 2}, {"a": 1} | {"a": 3})
d = {"a": 1}
d |= [("z", 26)]
print(d)
