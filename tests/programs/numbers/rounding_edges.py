# round() with ndigits on ints and floats, banker's rounding, and negative ndigits.
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 0.125, 0.375, 2.675, 1.005, 123.456]:
    print(v, round(v), round(v, 1), round(v, 2), round(v, -1), type(round(v)).__name__, type(round(v, 0)).__name__)
for n in [5, 15, 25, -25, 149, 150, 151, 10 ** 20 + 5]:
    print(n, round(n, -1), round(n, -2), round(n, 2), type(round(n, -1)).__name__)
print(round(1e300, -300), round(-0.0), round(-0.4), round(0.5e-300, 300), round(123, -5), round(-123, -3))
print(round(True), round(False, 2), round(7, None), round(2.5, None))
