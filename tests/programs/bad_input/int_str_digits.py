# int <-> str conversions of more than 4300 decimal digits raise ValueError
# (sys.set_int_max_str_digits), whatever converts them.
import sys

big = 10**5000
for label, action in [
    ("str", lambda: str(big)),
    ("repr", lambda: repr(big)),
    ("f-string", lambda: f"{big}"),
    ("format d", lambda: format(big, "d")),
    ("format ,", lambda: format(big, ",")),
    ("percent", lambda: "%d" % big),
    ("print", lambda: print(big)),
    ("int(str)", lambda: int("1" * 5000)),
    ("int(bytes)", lambda: int(b"2" * 4301)),
    ("list repr", lambda: repr([big])),
]:
    try:
        action()
        print(label, "ok")
    except ValueError as error:
        print(label, type(error).__name__, error)

print(len(hex(big)), len(bin(big)), big.bit_length())
print(len(str(10**4299)), int("9" * 4300) % 1000)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0)
print(len(str(big)), int("1" * 5000) % 97)
sys.set_int_max_str_digits(6000)
print(len(str(big)))
try:
    str(10**7000)
except ValueError as error:
    print(error)
try:
    sys.set_int_max_str_digits(100)
except ValueError as error:
    print(error)
