# float methods and constructors with unusual arguments.
print(float("  1.5  "), float("1_000.5"), float("-inf"), float("+InFiNiTy"), float("nan") != float("nan"), float(".5"), float("5."), float("1e-3"))
for text in ["", "1.5.5", "1__0", "_1", "0x10", "inf inf", "1e", "--1"]:
    try:
        float(text)
    except ValueError as e:
        print("ValueError:", e)
try:
    float([])
except TypeError as e:
    print("TypeError:", e)
print((0.5).as_integer_ratio(), (-0.75).as_integer_ratio(), (1e20).as_integer_ratio(), (3.0).is_integer(), (3.5).is_integer())
for v in [float("inf"), float("nan")]:
    try:
        v.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print((1.0).hex(), (0.1).hex(), (-2.5).hex(), (0.0).hex(), float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("inf"))
print((2.5).__round__(), (3.5).__round__(), (2.675).__round__(2), round(1234.5, -2), round(-1234.5, -1), round(0.5, 0))
print((1.7).__trunc__(), (-1.7).__floor__() if hasattr(1.0, "__floor__") else "nofloor", (1.5).__int__(), (1.5).real, (1.5).imag, (1.5).conjugate())
print(float.__name__, (1.5).__add__(1), (1.5).__radd__(1), (1.5).__eq__(1.5), (1.5).__lt__("x"), (1.5).__mod__(1))
print(round(float("inf")) if False else "skip", round(1e300, 2), round(123.456, 1), round(5, -1), round(15, -1), round(25, -1))
for v in [float("inf"), float("-inf"), float("nan")]:
    try:
        round(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(float(True), float(-0), float(10 ** 20), float("1e400"), float("-1e400"), float("1e-400"))
