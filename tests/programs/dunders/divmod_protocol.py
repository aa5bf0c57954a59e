# divmod() through __divmod__/__rdivmod__, and the consistency of // and %
# for ints and floats with negative operands.

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return "Money(%d)" % self.cents
    def __divmod__(self, other):
        if isinstance(other, int):
            q, r = divmod(self.cents, other)
            return Money(q), Money(r)
        if isinstance(other, Money):
            q, r = divmod(self.cents, other.cents)
            return q, Money(r)
        return NotImplemented
    def __rdivmod__(self, other):
        if isinstance(other, int):
            return ("rdivmod", other, self.cents)
        return NotImplemented
    def __floordiv__(self, other):
        return divmod(self, other)[0]
    def __mod__(self, other):
        return divmod(self, other)[1]

m = Money(1050)
print(divmod(m, 3))
print(divmod(m, Money(400)))
print(divmod(7, m))
print(m // 4, m % 4)
print(m // Money(300), m % Money(300))
for bad in [lambda: divmod(m, 1.5), lambda: divmod(1.5, m), lambda: divmod("a", m)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)

# only __rdivmod__: left operand an int
class R:
    def __rdivmod__(self, other):
        return "R.rdivmod(%r)" % (other,)
print(divmod(10, R()))
try:
    divmod(R(), 10)
except TypeError as e:
    print("TypeError:", e)

# builtin divmod semantics
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5)]:
    print(a, b, divmod(a, b), a // b, a % b)
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (1e300, 1e-300 + 1)]:
    print(a, b, divmod(a, b))
print(divmod(True, 2), divmod(10 ** 20, 7))
for a, b in [(1, 0), (1.0, 0), (1, 0.0)]:
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
try:
    divmod(1)
except TypeError as e:
    print("TypeError:", e)
