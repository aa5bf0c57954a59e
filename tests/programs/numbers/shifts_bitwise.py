# Shifts and bitwise operators on small, negative and big ints.
print(1 << 10, 1 << 64, 1 << 100, -1 << 3)
print(1024 >> 3, -1024 >> 3, -1 >> 100, 5 >> 1, (1 << 100) >> 98)
print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010, ~5, ~-1)
print(-6 & 0xFF, -6 | 1, -6 ^ -1, (2**70) & (2**70 - 1), (2**70) | 1)
print(True & False, True | False, True ^ True, ~True)
print(type(True & True).__name__, type(True + True).__name__)
x = 0xF0
x &= 0x3C
x |= 1
x ^= 0xFF
x <<= 2
x >>= 1
print(x)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1.0 << 2
except TypeError as e:
    print("TypeError:", e)
try:
    1 & 2.0
except TypeError as e:
    print("TypeError:", e)
print((255).bit_length(), (-255).bit_length(), (0).bit_length(), (2**100).bit_length())
