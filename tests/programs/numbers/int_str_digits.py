# int <-> str beyond 4300 digits raises ValueError; other bases and paths are unlimited.
import sys
n = 10 ** 5000
for action, call in [("str", lambda: str(n)), ("repr", lambda: repr(n)), ("f-string", lambda: f"{n}"), ("format", lambda: format(n, ",")), ("%d", lambda: "%d" % n), ("int()", lambda: int("7" * 5000)), ("print", lambda: print(n))]:
    try:
        call()
        print(action, "ok")
    except ValueError as e:
        print(action, "ValueError:", e)
print(len(hex(n)), len(bin(n)), len(oct(n)), int("f" * 5000, 16) > 0, int("1" * 5000, 2) > 0)
print(len(str(-(10 ** 4299))), len(str(10 ** 4299)))
try:
    str(-(10 ** 4300))
except ValueError as e:
    print("ValueError:", e)
try:
    int("-" + "1" * 4301)
except ValueError as e:
    print("ValueError:", e)
print(int("0" * 5000 + "1") if False else "skip", int("1_0" * 2000) > 0)
old = sys.get_int_max_str_digits()
sys.set_int_max_str_digits(640)
try:
    str(10 ** 640)
except ValueError as e:
    print("ValueError:", e)
print(len(str(10 ** 639)))
sys.set_int_max_str_digits(old)
