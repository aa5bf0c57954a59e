# Arithmetic and comparisons on small ints and floats, including the edges
# where a result leaves the small-int range or needs an error.
import sys

big = sys.maxsize
values = [0, 1, -1, 7, -7, 3, 2**31, -(2**31), big, -big - 1, 2**53, 2**53 + 1]
floats = [0.0, -0.0, 1.5, -2.25, 1e300, float("inf"), float("nan"), 2.0**53]

for a in values:
    for b in values:
        row = [a + b, a - b, a * b, a & b, a | b, a ^ b]
        if b:
            row += [a // b, a % b, a / b]
        if 0 <= b < 70:
            row += [a << b, a >> b]
        if 0 <= b < 40 and abs(a) < 2**20:
            row.append(a ** b)
        print(a, b, row)

for a in values[:6]:
    print(a, -3, a ** -3 if a else "skip", 2 ** -1, (-2) ** 3)

for a in values + floats:
    for b in floats:
        cells = []
        for op in ("+", "-", "*", "/", "//", "%", "**"):
            try:
                cells.append(repr(eval(f"a {op} b")))
            except (ZeroDivisionError, OverflowError, ValueError) as error:
                cells.append(type(error).__name__ + ": " + str(error))
        print(repr(a), repr(b), cells)

for a in values + floats:
    for b in values + floats:
        print(repr(a), repr(b), a < b, a <= b, a == b, a != b, a > b, a >= b)

x = 2**53 + 1
print(x == float(x), x > float(x), float(x) < x, x - 1 == float(x - 1))
print(big + 1, -big - 2, big * 2, (-big - 1) // -1, (-big - 1) % -1)
print(1 << 63, 1 << 64, -1 >> 100, 5 >> 1000, 3 ** 40, (-3) ** 41)
print((-2.0) ** 0.5)
for expression in ("1 << -1", "1 >> -1", "1 // 0", "1 % 0", "1 / 0", "0.0 ** -1", "1e308 * 10 ** 1"):
    try:
        print(expression, eval(expression))
    except (ValueError, ZeroDivisionError, OverflowError) as error:
        print(expression, type(error).__name__, error)
total = 0
i = 0
while i < 1000:
    total += i % 7 * (i & 15) - (i >> 2)
    total /= 1.0001
    i += 1
print(total)
