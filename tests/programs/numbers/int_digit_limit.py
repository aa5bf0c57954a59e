import sys
print(sys.get_int_max_str_digits())
s = "9" * 4300
n = int(s)
print(len(str(n)))
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError", e)
big = 10 ** 4300
try:
    str(big)
except ValueError as e:
    print("ValueError", e)
try:
    repr(big)
except ValueError as e:
    print("ValueError", e)
print(len(hex(big)), hex(big)[:10])
print(int("0x" + "f" * 5000, 16).bit_length())
try:
    f"{big}"
except ValueError as e:
    print("ValueError", e)
sys.set_int_max_str_digits(5000)
print(len(str(big)))
sys.set_int_max_str_digits(0)
print(len(str(10 ** 6000)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print("ValueError", e)
sys.set_int_max_str_digits(4300)
print(int("-" + "1" * 4300) < 0)
print(int(" 12_345 "), int("0b1_0", 0), int("0o17", 0), int("z", 36))
for bad in ["", "1__0", "_1", "0x", "12a", "1.5", "٣"]:
    try:
        print(repr(bad), int(bad))
    except ValueError as e:
        print("ValueError", e)
try:
    int("10", 1)
except ValueError as e:
    print("ValueError", e)
try:
    int(10, 2)
except TypeError as e:
    print("TypeError", e)
