for x in [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-5, 1e-4, 0.0001234,
          5e-324, 1.7976931348623157e308, -0.0, 100.0, 1e22, 1e23, 3.14159]:
    print(repr(x), str(x), float(repr(x)) == x)
for text in ["1.5", "  -2.25  ", "1e3", "inf", "-Infinity", "nan", "1_000.5", ".5", "5.", "+1E-2"]:
    print(repr(text), float(text))
for bad in ["", "1..5", "abc", "1e", "1_", "0x10"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError", e)
print(float(10**308), (0.1).hex(), float.fromhex("0x1.8p1"), (2.5).as_integer_ratio())
print((3.0).is_integer(), (3.5).is_integer(), float("nan") == float("nan"))
try:
    float(10**309)
except OverflowError as e:
    print("OverflowError", e)
print(int(3.99), int(-3.99), int(1e20), int(-0.5))
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError", e)
print(1e300 * 1e10, -1e300 * 1e10, 1e-300 * 1e-300)
print(0.1 + 0.7, 1.1 * 3, 2.0 - 1.1, 7 / 2, -7 / 2, 1 / 7)
print(10 ** 16 + 1.0, float(2**53 + 1), 2**53 + 1 == float(2**53 + 1))
print(1 == 1.0, 2**53 + 1 > float(2**53), 10**400 > float("inf"), -(10**400) < -1e308)
