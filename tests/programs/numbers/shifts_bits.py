print(1 << 0, 1 << 1, 1 << 63, 1 << 64, 1 << 100)
print(-1 << 10, -5 >> 1, -1 >> 100, 5 >> 100, (1 << 200) >> 199)
print(0b1010 & 0b0110, 0b1010 | 0b0110, 0b1010 ^ 0b0110, ~0, ~5, ~-6)
print(-12 & 0xff, -12 | 3, -12 ^ 7, (1 << 70) & -(1 << 65), (-(1 << 70)) | 1)
for a, b in [(1, -1), (1, -100)]:
    for op in ("<<", ">>"):
        try:
            print(eval(f"{a} {op} {b}"))
        except ValueError as e:
            print("ValueError", e)
try:
    1 << 1.0
except TypeError as e:
    print("TypeError", e)
try:
    1.0 >> 1
except TypeError as e:
    print("TypeError", e)
try:
    1 & 2.5
except TypeError as e:
    print("TypeError", e)
print(True << 3, True & False, True | False, True ^ True, type(True ^ True))
for n in [0, 1, 7, 8, 255, 256, -1, -256, 2**64 - 1, 2**64]:
    print(n, n.bit_length(), bin(n), hex(n), oct(n), n.bit_count())
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print((1024).to_bytes(2, "big"), (-1).to_bytes(2, "big", signed=True))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError", e)
