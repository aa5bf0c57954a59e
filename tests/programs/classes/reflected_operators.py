# Reflected operators: NotImplemented fallback and subclass priority.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __radd__(self, other):
        print("radd called with", type(other).__name__)
        return self.__add__(other)
    def __mul__(self, k):
        return Money(self.cents * k) if isinstance(k, int) else NotImplemented
    __rmul__ = __mul__
    def __repr__(self):
        return f"Money({self.cents})"
print(Money(1) + Money(2), Money(1) + 5, 5 + Money(1), sum([Money(1), Money(2)]), 3 * Money(2), Money(2) * 3)
try:
    Money(1) + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "x" * Money(1)
except TypeError as e:
    print("TypeError:", e)
class Base:
    def __add__(self, other):
        return "Base.__add__"
    def __radd__(self, other):
        return "Base.__radd__"
class Sub(Base):
    def __radd__(self, other):
        return "Sub.__radd__"
print(Base() + Sub(), Sub() + Base(), Base() + Base())
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        return NotImplemented
    def __gt__(self, other):
        return f"gt({self.v}, {other.v})"
print(Cmp(1) < Cmp(2))
class OnlyEq:
    pass
try:
    OnlyEq() < OnlyEq()
except TypeError as e:
    print("TypeError:", e)
class InPlace:
    def __init__(self): self.items = []
    def __iadd__(self, other):
        self.items.append(other)
        return self
i = InPlace()
alias = i
i += 1
i += 2
print(alias is i, i.items)
class NoIAdd:
    def __add__(self, other):
        return "new object"
n = NoIAdd()
n += 1
print(n)
