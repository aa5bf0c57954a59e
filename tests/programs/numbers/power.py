# ** with negative, zero and float exponents, and three-argument pow.
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, -2 ** 2)
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -3)
print(4 ** 0.5, 8 ** (1 / 3), 2.0 ** 3, 2 ** 3.0)
print(2 ** 100, (-3) ** 41)
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 7), pow(-3, 3, 5))
print(pow(3, -1, 7), pow(2, -2, 11))
print(1.5 ** 2, (-8) ** 2.0, 0.0 ** 0)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
