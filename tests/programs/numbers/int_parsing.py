# int() from strings and numbers, with bases and errors.
print(int("42"), int("  -17  "), int("+5"), int("1_000_000"), int("0"))
print(int("ff", 16), int("0xff", 16), int("0o17", 0), int("0b101", 0), int("z", 36))
print(int("0x1F", 0), int("-0b11", 0), int("10", 2), int("777", 8))
print(int(3.99), int(-3.99), int(True), int(), int(1e20))
for text, base in [("abc", 10), ("", 10), ("1.5", 10), ("12", 2), ("0x", 16), ("1__0", 10), ("08", 0)]:
    try:
        int(text, base)
    except ValueError as e:
        print(e)
for bad in [float("inf"), float("nan")]:
    try:
        int(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    int("10", 1)
except ValueError as e:
    print(e)
try:
    int(None)
except TypeError as e:
    print(e)
try:
    int(5, 10)
except TypeError as e:
    print(e)
