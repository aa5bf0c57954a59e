# float()/int()/round()/abs() and math.floor/ceil/trunc call the overridden
# dunders of int and float subclasses; for a float subclass math.sqrt and
# arithmetic read the stored value, for an int subclass math.sqrt uses __float__.
import math

class F(float):
    def __float__(self):
        print("  F.__float__")
        return 99.0
    def __int__(self):
        print("  F.__int__")
        return 42
    def __round__(self, ndigits=None):
        return f"rounded({ndigits})"
    def __floor__(self):
        return "floored"
    def __ceil__(self):
        return "ceiled"
    def __trunc__(self):
        return "truncated"
    def __abs__(self):
        return "absolute"

f = F(2.5)
print("float():", float(f))
print("int():", int(f))
print("round:", round(f), round(f, 1))
print("math.floor/ceil/trunc:", math.floor(f), math.ceil(f), math.trunc(f))
print("abs:", abs(f))
print("math.sqrt reads the value:", math.sqrt(f))
print("arith reads the value:", f + 0.5, f * 2)
print("format:", f"{f:.2f}", str(f), repr(f))
print("math.isclose:", math.isclose(f, 2.5), math.fsum([f, f]))

class I(int):
    def __int__(self):
        print("  I.__int__")
        return 2
    def __float__(self):
        print("  I.__float__")
        return 3.0
    def __round__(self, n=None):
        return "I.round"
    def __floor__(self):
        return "I.floor"
i = I(7)
print("int():", int(i), "float():", float(i), "round:", round(i), "floor:", math.floor(i))
print("arith:", i + 1, math.sqrt(I(16)))
class Neg(int):
    def __abs__(self):
        return "absolute"
print(abs(Neg(-4)), "%.1f" % I(7))
