# int methods and attributes with unusual arguments.
print((255).to_bytes(2, "big"), (255).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
print((0).to_bytes(0, "big"), int.from_bytes(b"", "big"), (1024).to_bytes(length=3, byteorder="big"))
for call in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (1).to_bytes(1, "middle"), lambda: (1).to_bytes(-1, "big")]:
    try:
        call()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print((0).bit_length(), (-1).bit_length(), (-256).bit_length(), (2 ** 100).bit_length())
print((5).bit_count(), (-5).bit_count(), (0).bit_count(), (2 ** 100 - 1).bit_count())
print((10).as_integer_ratio(), (-3).as_integer_ratio(), True.as_integer_ratio())
print((7).real, (7).imag, (7).numerator, (7).denominator, (7).conjugate(), True.real)
print(int.__name__, (5).__index__(), (5).__int__(), (5).__float__(), (5).__abs__(), (-5).__neg__())
print((3).__add__(4), (3).__add__(4.0), (3).__radd__(1), (2).__pow__(10), (7).__floordiv__(2), (7).__mod__(0) if False else "skip")
print(int.__add__(3, 4), (3).__lt__(4), (3).__eq__("3"), (3).__truediv__(2))
print(pow(3, 4, 5), pow(3, -1, 7), pow(-3, 3, 5), pow(2, 10, -3), pow(0, 0, 1))
for args in [(3, -1, 6), (2, 3, 0), (2.0, 3, 5), (2, 0.5, 3)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
