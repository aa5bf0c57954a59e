print(abs(-5), abs(-2.5), abs(3 + 4j), abs(-0.0), abs(True))
print(divmod(17, 5), divmod(-17, 5), divmod(17.0, -5), divmod(True, 2))
print(pow(2, 8), pow(2, -2), pow(2, 8, 5), pow(-2, 3, 7), pow(5, -1, 13), pow(2.5, 2))
print(round(3.14159, 2), round(2.5), round(-2.5), round(1234, -2), round(0.5 + 1e-9))
print(sum([1, 2, 3]), sum([1.5, 2.5]), sum([[1], [2]], []), sum(range(10), start=100), sum(()))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError", e)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError", e)
print(bin(10), oct(10), hex(10), bin(-10), hex(2**70))
print(int("42"), int("-0x1f", 16), int(3.9), float("1e3"), float(7), complex(1, 1), bool(0.0), bool("0"))
print(chr(65), chr(0x1F600), ord("A"), ord("€"), ascii("ü"), repr("ü"), format(3.14159, ".3"), format(42, "x"))
print(max(1, 2, 3), min("b", "a"), len(range(0, 100, 7)), len({1: 2}), len(""), len(b"abc"))
try:
    len(5)
except TypeError as e:
    print("TypeError", e)
class Sized:
    def __len__(self):
        return -1
try:
    len(Sized())
except ValueError as e:
    print("ValueError", e)
class Big:
    def __len__(self):
        return 2**64
try:
    len(Big())
except OverflowError as e:
    print("OverflowError", e)
for bad in [lambda: divmod(1, 0), lambda: pow(0, -1), lambda: pow(2, 3, 0), lambda: chr(1.5), lambda: ord(""),
            lambda: int("1", 37), lambda: divmod("a", 1), lambda: abs("x"), lambda: round(1, "2")]:
    try:
        print(bad())
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(all([]), any([]), all([1, 2]), any([0, None, 3]), all(x > 0 for x in [1, -1]))
print(isinstance(1, (float, int)), isinstance(True, int), type(1.0)(3), type("")(5))
