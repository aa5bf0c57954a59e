# __index__ lets an object be used where an integer is required: indexing,
# slicing, range, hex/oct/bin, repetition, int(), bytes, and more.
import math

class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
    def __repr__(self):
        return "I(%d)" % self.v

def t(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

two, three, neg = I(2), I(3), I(-1)
data = [10, 20, 30, 40, 50]
print(data[two], data[neg], "hello"[three], (1, 2, 3, 4)[two], b"abc"[two])
print(data[two:], data[:three], data[::two], data[neg:], "abcdef"[I(1):I(5):I(2)])
print(list(range(three)), list(range(two, I(8), three)), range(10)[three], range(10)[I(1):I(4)])
print(hex(I(255)), oct(I(8)), bin(I(5)), hex(I(-16)), hex(I(0)))
print([0] * three, "ab" * two, (1,) * I(0), b"z" * three)
t("int/float/complex", lambda: (int(I(7)), float(I(7)), complex(I(7))))
t("bytes/bytearray", lambda: (bytes(I(3)), bytearray(I(2)), bytes([I(65), I(66)])))
t("chr", lambda: chr(I(65)))
t("round ndigits", lambda: round(3.14159, I(2)))
t("list.index start", lambda: [1, 2, 3].index(3, I(1)))
t("str.find start", lambda: "abcabc".find("c", I(3)))
t("center/zfill", lambda: ("x".center(I(5), "*"), "7".zfill(I(3))))
t("int base", lambda: int("ff", I(16)))
t("to_bytes", lambda: (255).to_bytes(I(2), "big"))
t("math", lambda: (math.comb(I(5), I(2)), math.factorial(I(5)), math.isqrt(I(17)), math.gcd(I(12), I(18))))
t("slice.indices", lambda: slice(I(1), I(4)).indices(I(10)))
t("list.pop", lambda: [1, 2, 3].pop(I(1)))
t("split maxsplit", lambda: "a b c".split(" ", I(1)))
t("enumerate start", lambda: list(enumerate("ab", I(5))))
t("len(range)", lambda: len(range(I(5))))
t("in range", lambda: I(3) in range(5))
t("%x %d %c", lambda: "%x %d %c" % (I(255), I(255), I(65)))
t("memoryview", lambda: memoryview(b"abc")[I(1)])
t("math.floor", lambda: math.floor(I(3)))
t("isinstance int", lambda: isinstance(I(1), int))
t("abs", lambda: abs(I(3)))
t("sum", lambda: sum([1], I(0)))
t("divmod", lambda: divmod(I(7), 2))
t("pow", lambda: pow(2, I(10)))
d = list(data)
d[two] = "x"
del d[I(0)]
print(d)
d[I(0):I(2)] = ["a", "b", "c"]
print(d)
ba = bytearray(b"a")
ba[I(0)] = I(66)
print(ba)

# bool and int subclasses are indexes too
class MyInt(int):
    pass
print(data[True], data[MyInt(3)], hex(MyInt(31)), [1, 2][False])

# __index__ is looked up on the type
class J:
    pass
j = J()
j.__index__ = lambda: 1
t("instance attribute", lambda: data[j])

# a tiny ring buffer using __index__ for wrap-around
class Wrap:
    def __init__(self, n, size):
        self.n, self.size = n, size
    def __index__(self):
        return self.n % self.size
ring = ["a", "b", "c"]
print([ring[Wrap(k, 3)] for k in range(-4, 5)])
