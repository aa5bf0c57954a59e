cases = [
    ("d", 1.5), ("s", 3), ("x", "hi"), ("c", -1), ("c", "ab"), (",s", "abc"), ("=s", "abc"),
    ("+s", "x"), ("#s", "x"), ("z", 1), ("10.2.3f", 1.0), (".2d", 5), ("_,", 5), (",_", 5),
    ("<<<", 1), ("%", "x"), ("b", 2.5), ("n", "x"), ("0=10", "x"), ("=5", "ab"), ("xx", 1),
    ("1000000000000000000000d", 1), ("c", 0x110000), ("e", 10**400), (".", 1.5),
]
for spec, value in cases:
    try:
        print(repr(spec), repr(value), repr(format(value, spec)))
    except (ValueError, TypeError, OverflowError) as e:
        print(repr(spec), repr(value), type(e).__name__, e)
print(format(65, "c"), format("x", "^5"), format(True, "d"), format(True, ""), format(None, ""))
try:
    format(None, "d")
except TypeError as e:
    print("TypeError", e)
try:
    format(object(), "x")
except TypeError as e:
    print("TypeError", e)
try:
    format([], "5")
except TypeError as e:
    print("TypeError", e)
