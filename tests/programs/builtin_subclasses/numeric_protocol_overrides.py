# Overriding __index__/__bool__/__int__/__float__ on an int subclass: which
# builtins consult the override and which read the int value directly.
import math

class I(int):
    def __index__(self):
        print("  I.__index__")
        return 1
    def __int__(self):
        print("  I.__int__")
        return 2
    def __float__(self):
        print("  I.__float__")
        return 3.0
    def __bool__(self):
        print("  I.__bool__")
        return False
i = I(7)
print("index uses the value:", list(range(0, 100, 10))[i], hex(i), bin(i), oct(i), range(i))
print("operator.index-like:", i.__index__(), int.__index__(i))
print("bool:", bool(i), "if:", "yes" if i else "no")
print("math.factorial:", math.factorial(I(4)))
print("format:", f"{i}", f"{i:d}", "%d" % i, "%x" % i, "%s" % i)
print("arith:", i + 1, i * 2, -i, i.bit_length())

class Index(int):
    def __index__(self):
        return 5
print(list(range(10))[Index(1):Index(3)], "abcdefgh"[Index(2)])
class BadIndex(int):
    def __index__(self):
        return "nope"
print([0, 1, 2][BadIndex(1)], hex(BadIndex(255)))
