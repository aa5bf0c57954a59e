# math.erf and math.erfc: exact at the special values, and to 14
# significant digits elsewhere (the last bit comes from the platform's C
# library in CPython too).
import math

inf = float("inf")
nan = float("nan")
for x in (0.0, -0.0, inf, -inf, nan):
    print(repr(x), repr(math.erf(x)), repr(math.erfc(x)))

points = [1e-300, 1e-20, 1e-8, 0.1, 0.25, 0.5, 0.75, 0.84375, 0.9, 1.0,
          1.1, 1.25, 1.5, 2.0, 2.5, 2.857142, 3.0, 4.0, 5.0, 5.9, 6.0,
          8.0, 10.0, 20.0, 26.5, 27.5, 30.0, 1e300]
for x in points:
    for v in (x, -x):
        print(f"{v!r:>24} {math.erf(v):.14g} {math.erfc(v):.14g}")

# erf(x) + erfc(x) == 1 where neither underflows.
print(all(abs(math.erf(x) + math.erfc(x) - 1) < 1e-15 for x in points[:20]))
print(math.erf(True), math.erfc(1))
for bad in ("1", None, [1.0]):
    try:
        math.erf(bad)
    except TypeError as error:
        print(type(error).__name__, error)
try:
    math.erfc()
except TypeError as error:
    print(type(error).__name__, error)
