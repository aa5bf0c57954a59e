# float repr and str: shortest round-trip digits, exponents, specials.
for x in [0.1, 1.0, 1e16, 1e15, 123456789012345678.0, 1e-5, 0.0001, 1.5e-10, -0.0, 2.5, 1/3]:
    print(repr(x), str(x))
print(float("1e500"), float("-inf"), float("nan"), float("  3.25  "), float("1_0.5"))
print(float("infinity"), float("-Infinity"), float("+nan"))
print(float(10), float(True), float(2**60))
print(1e22, 1e21, 1e-4, 12345.678e3)
try:
    float("abc")
except ValueError as e:
    print(e)
try:
    float(2 ** 2000)
except OverflowError as e:
    print(e)
print((0.5).as_integer_ratio(), (2.0).is_integer(), (2.5).is_integer())
print(float.fromhex("0x1.8p1"), (3.0).hex())
