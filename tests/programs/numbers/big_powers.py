# Big powers, shifts and their limits.
print(len(str(2 ** 10000)), (2 ** 10000) % 999983, (3 ** 3 ** 7) % 1000003, len(bin(10 ** 1000)))
x = 10 ** 10 ** 4
print(x.bit_length(), x % 12345, (x + 1) // x, x // (x - 1))
print((1 << 100000).bit_length(), (1 << 100000) >> 99990, -1 >> 1000, 1 >> 10 ** 20, 0 << 10 ** 20)
try:
    1 << 10 ** 20
except (OverflowError, MemoryError) as e:
    print(type(e).__name__, e)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
print(pow(2, 10 ** 18, 10 ** 9 + 7), pow(3, 2 ** 64, 97), pow(-2, 101), pow(2, -3), (-8) ** (1 / 3) == (-8) ** (1 / 3))
print(10 ** -400 == 0.0, 2 ** 0.5, 4 ** 0.5, (-1) ** 2 ** 100, 0 ** 10 ** 9, 1 ** -10 ** 9)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    2.0 ** 10 ** 5
except OverflowError as e:
    print("OverflowError:", e)
print(2 ** 1023 * 2.0 if False else "skip", float(2 ** 1023), 2 ** 1024 / 2 ** 1000)
