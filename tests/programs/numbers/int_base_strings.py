# int(str, base) corner cases: prefixes, underscores, whitespace, unicode digits.
cases = [("0x_ff", 0), ("0X1f", 16), ("0b_1_0", 0), ("0o_7", 8), ("00", 0), ("000", 10), ("0_0", 0), (" \t12\n", 10), ("١٢٣", 10), ("-0", 0), ("+0x10", 0), ("Z", 36), ("10", 36), ("1" * 30, 2)]
for text, base in cases:
    print(repr(text), base, int(text, base))
for text, base in [("0x", 0), ("0b2", 0), ("012", 0), ("1_", 10), ("_1", 10), ("0x_", 16), ("1 2", 10), ("", 0), ("٫1", 10), ("0o8", 8)]:
    try:
        int(text, base)
    except ValueError as e:
        print("ValueError:", e)
for base in [-1, 37, 1]:
    try:
        int("1", base)
    except ValueError as e:
        print("ValueError:", e)
try:
    int(1.5, 10)
except TypeError as e:
    print("TypeError:", e)
print(int(b"42"), int(b" -7 "), int("10", base=16), int(x="5") if False else int("5"))
try:
    int(b"4x")
except ValueError as e:
    print("ValueError:", e)
class WithIndex:
    def __index__(self):
        return 12
class WithInt:
    def __int__(self):
        return 34
class WithTrunc:
    def __trunc__(self):
        return 56
print(int(WithInt()), int("1", WithIndex()) if False else int("11", base=WithIndex()), bin(WithIndex()), hex(WithIndex()))
