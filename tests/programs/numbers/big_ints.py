# Arbitrary-precision ints: arithmetic, comparison, conversion.
a = 2 ** 100
b = 3 ** 70
print(a, b, a + b, a - b, a * b)
print(a // b, a % b, b // 7, -a // 7, -a % 7)
print(a == 2 ** 100, a > b, a < b, -a < 0, a == float(a))
print(a * 0, a - a, (a + 1) - a, type(a - a + 5).__name__)
f = 1
for i in range(1, 31):
    f *= i
print(f, len(str(f)))
print(-(2 ** 63), 2 ** 63 - 1, -(2 ** 63) - 1, 2 ** 64)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(abs(-a), -(-a), +a, int(float(2**80)))
print(str(a)[::-1], hex(a), oct(b), bin(2**70 + 5))
print(int("1" * 40) % 97, 10 ** 40 // 10 ** 20)
print(a.bit_length(), (a - 1).bit_length(), (2 ** 64) >> 1)
