# Shortest float repr round-trips; str() of ints and floats at boundaries.
values = [0.1, 0.2, 0.3, 1 / 3, 2 / 3, 1e15, 1e16, 1e-4, 1e-5, 123456789012345678.0, 9007199254740993.0, 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308, 100.0, 1e22, 1e23]
for v in values:
    assert float(repr(v)) == v
    print(repr(v), str(v), v.__repr__() == repr(v))
print([0.1, 1e100, -0.0], (1.0,), {1.5: 2.5})
print(repr(10 ** 18), repr(-10 ** 18), repr(2 ** 63), repr(True + 0.5), repr(1 - 1e-16), repr(1 + 2e-16))
print(3.0 * 1.1, 1.1 + 2.2, 0.1 * 3, 4.35 * 100, 1.15 * 100, 2.675 * 100)
