# round(): banker's rounding, ndigits positive and negative, types.
for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 2.675, 0.125, 1.0]:
    print(x, round(x), round(x, 1), round(x, 2))
print(round(12345, -2), round(12355, -1), round(12345, -1), round(-12345, -1))
print(round(15, -1), round(25, -1), round(150, -2), round(250, -2))
print(round(7), round(7, 0), round(7, 2), type(round(7.0)).__name__, type(round(7.0, 0)).__name__)
print(round(1234.5678, -2), round(1234.5678, 3), round(-0.0), round(0.5, 0))
print(round(2**70 + 1, -10))
print(round(True), type(round(True)).__name__)
for bad in [float("inf"), float("nan")]:
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 2))
