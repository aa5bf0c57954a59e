# Calling a built-in type's __new__ with an unrelated class (or a non-class)
# is rejected with a message naming that built-in type.
cases = [
    ("int.__new__(str, 3)", lambda: int.__new__(str, 3)),
    ("float.__new__(int, 3)", lambda: float.__new__(int, 3)),
    ("list.__new__(int)", lambda: list.__new__(int)),
    ("str.__new__(int)", lambda: str.__new__(int)),
    ("tuple.__new__(dict)", lambda: tuple.__new__(dict)),
    ("dict.__new__(list)", lambda: dict.__new__(list)),
    ("bytes.__new__(str)", lambda: bytes.__new__(str)),
    ("int.__new__(3)", lambda: int.__new__(3)),
    ("str.__new__('x')", lambda: str.__new__("x")),
    ("object.__new__(3)", lambda: object.__new__(3)),
    ("object.__new__(int)", lambda: object.__new__(int)),
]
for label, fn in cases:
    try:
        r = fn()
        print(label, "->", repr(r), type(r).__name__)
    except TypeError as e:
        print(label, "->", type(e).__name__, e)

class MyInt(int):
    pass
print(int.__new__(MyInt, 5), type(int.__new__(MyInt, 5)).__name__)
try:
    MyInt.__new__(int, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list.__new__(MyInt)
except TypeError as e:
    print(type(e).__name__, e)
for label, fn in [("int.__new__(bool, 1)", lambda: int.__new__(bool, 1)), ("object.__new__(list)", lambda: object.__new__(list))]:
    try:
        print(label, repr(fn()))
    except TypeError as e:
        print(label, type(e).__name__, e)
