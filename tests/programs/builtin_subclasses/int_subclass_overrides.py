# Operator overrides on int subclasses, including the rule that a subclass's
# reflected method is tried before the base class's normal method.
class Money(int):
    def __add__(self, other):
        return Money(int(self) + int(other))
    __radd__ = __add__
    def __sub__(self, other):
        return Money(int(self) - int(other))
    def __rsub__(self, other):
        print("  Money.__rsub__")
        return Money(int(other) - int(self))
    def __repr__(self):
        return f"Money({int(self)})"
    def __str__(self):
        return f"${int(self)}"

m = Money(5)
print(m + 3, repr(m + 3), 3 + m, 10 - m, m - 1)
print(sum([Money(1), Money(2), Money(3)]), repr(sum([Money(1), Money(2)])))
print(sum([Money(1), Money(2)], Money(0)))
print(m * 2, type(m * 2).__name__)
print([m, Money(0)], (m,), {"k": m})
print(f"{m}", f"{m!r}", "%s %r %d" % (m, m, m), format(m), format(m, "d"))
print(str(m), repr(m), int.__repr__(m), int.__str__(m))

class Loud(int):
    def __eq__(self, other):
        print("  Loud.__eq__", int(self), other)
        return int(self) == int(other) % 10
    __hash__ = int.__hash__
    verbose = True
    def __lt__(self, other):
        if self.verbose:
            print("  Loud.__lt__")
        return int(self) > int(other)

l = Loud(3)
print(l == 13, 13 == l)
print(l < 5, 5 > l)
Loud.verbose = False
print(sorted([Loud(1), Loud(3), Loud(2), Loud(5), Loud(4)]))
Loud.verbose = True
print(3 in [Loud(3)], Loud(3) in [13], [13].count(Loud(3)), [23, 3].index(Loud(3)))

class Flag(int):
    def __bool__(self):
        return False
    def __index__(self):
        return 1
f = Flag(5)
print(bool(f), not f, "yes" if f else "no", f and "x", f or "y")
print("index uses the int value, not __index__:", [10, 20, 30, 40, 50, 60][f], "abcdefgh"[f], f + 0, hex(f), bin(f), int(f))

class Neg(int):
    def __neg__(self):
        return "negated"
    def __abs__(self):
        return "absolute"
    def __invert__(self):
        return "inverted"
    def __pos__(self):
        return "positive"
n = Neg(4)
print(-n, ~n, +n, n * -1)
