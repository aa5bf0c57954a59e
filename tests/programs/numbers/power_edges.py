print(2 ** 10, 2 ** -1, 2 ** -3, (-2) ** 3, (-2) ** -2, 0 ** 0, 0.0 ** 0)
print(10 ** 20, 10 ** -20, 2 ** 0.5, 4 ** 0.5, 8 ** (1 / 3))
print((-8) ** (1 / 3))
print((-1) ** 0.5)
print(pow(2, 100), pow(-3, 5), pow(3, 4, 5), pow(-3, 4, 5), pow(3, -1, 7), pow(38, -1, 97))
print(pow(2, 10, -7), pow(-2, 3, 5), pow(7, 0, 1), pow(0, 0, 3))
for args in [(2, -1, 4), (2, 3, 0), (2.0, 3, 5), (2, 0.5, 3)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    10.0 ** 400
except OverflowError as e:
    print("OverflowError", e)
print(1.5 ** 2, (-1.5) ** 2, 2 ** -1074 > 0, 2.0 ** -1075)
print(float("inf") ** 0, 1 ** float("nan"), float("nan") ** 0)
print(type(2 ** 2), type(2 ** -2), type(2.0 ** 2))
print(pow(2, 3), pow(base=2, exp=5), pow(base=5, exp=3, mod=7))
x = 3
x **= 4
print(x)
print(-2 ** 2, (-2) ** 2, 2 ** 3 ** 2)
