# Arithmetic on an int subclass yields plain int; the subclass survives only
# where CPython keeps it (identity-like operations do not copy).
class MyInt(int):
    pass

a = MyInt(7)
print(a, repr(a), type(a).__name__, isinstance(a, int), type(a) is int)
results = {
    "a + 1": a + 1,
    "1 + a": 1 + a,
    "a - 2": a - 2,
    "a * 3": a * 3,
    "a // 2": a // 2,
    "a % 4": a % 4,
    "a ** 2": a ** 2,
    "-a": -a,
    "+a": +a,
    "abs(a)": abs(a),
    "~a": ~a,
    "a << 2": a << 2,
    "a >> 1": a >> 1,
    "a & 3": a & 3,
    "a | 8": a | 8,
    "a ^ 5": a ^ 5,
    "a / 2": a / 2,
    "int(a)": int(a),
    "round(a)": round(a),
    "a.real": a.real,
    "a.numerator": a.numerator,
    "a.conjugate()": a.conjugate(),
    "divmod(a, 3)": divmod(a, 3),
    "pow(a, 2, 5)": pow(a, 2, 5),
    "a.__trunc__()": a.__trunc__(),
    "a.__index__()": a.__index__(),
    "float(a)": float(a),
}
for label, value in results.items():
    print(f"{label:15} -> {value!r:8} {type(value).__name__}")

b = MyInt(-3)
print(abs(b), type(abs(b)).__name__, -b, type(-b).__name__)
print(a == 7, a != 7, a < 8, hash(a) == hash(7), a.bit_length(), a.to_bytes(2, "big"))
print(bool(MyInt(0)), bool(MyInt(5)), str(a), format(a, "04d"), f"{a:x}", hex(a), bin(a), oct(a))
x = MyInt(10)
y = x
x += 1
print(x, type(x).__name__, y, type(y).__name__)
print([1, 2, 3, 4, 5, 6, 7, 8][MyInt(2)], "abcdef"[MyInt(1):MyInt(4)], range(MyInt(3)))
print(MyInt(), MyInt("12"), MyInt("ff", 16), MyInt(3.9), MyInt(True), type(MyInt(True)).__name__)
try:
    MyInt("zz")
except ValueError as e:
    print(type(e).__name__, e)
try:
    MyInt([1])
except TypeError as e:
    print(type(e).__name__, e)
print(sum([MyInt(1), MyInt(2)]), type(sum([MyInt(1), MyInt(2)])).__name__)
print(max(MyInt(3), 2), type(max(MyInt(3), 2)).__name__)
print(sorted([MyInt(3), 1, MyInt(2)]), [type(v).__name__ for v in sorted([MyInt(3), 1, MyInt(2)])])
