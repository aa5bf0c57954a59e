# The built-in classes bool, bytearray, bytes, dict, float, frozenset, int,
# list, set, str and tuple match the whole subject with one positional
# sub-pattern; other classes need __match_args__.


def probe(x):
    match x:
        case bool(b):
            return f"bool {b}"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case complex():
            return "complex (no positional)"
        case str(s):
            return f"str {s!r}"
        case bytes(b):
            return f"bytes {b!r}"
        case bytearray(b):
            return f"bytearray {b!r}"
        case list(items):
            return f"list {items}"
        case tuple(items):
            return f"tuple {items}"
        case dict(d):
            return f"dict {d}"
        case frozenset(s):
            return f"frozenset {sorted(s)}"
        case set(s):
            return f"set {sorted(s)}"
    return "other"


for value in [True, 3, 2.0, 1j, "s", b"b", bytearray(b"ba"), [1], (2,), {"k": 1},
              frozenset({3, 1}), {2, 1}, None]:
    print(repr(value), "->", probe(value))


# The sub-pattern can be any pattern applied to the subject itself.
for value in [0, 1, 5, -3, "abc", "", [1, 2], (1, 2, 3)]:
    match value:
        case int(0 | 1 as small):
            print(value, "small int", small)
        case int(n) if n < 0:
            print(value, "negative")
        case int():
            print(value, "other int")
        case str("" as e):
            print(repr(value), "empty string", repr(e))
        case str([*chars]):
            print("never: a str is not a sequence", chars)
        case str(s):
            print(repr(value), "string of", len(s))
        case list([a, b]):
            print(value, "list of two", a, b)
        case tuple((a, *rest)):
            print(value, "tuple head", a, rest)


class MyInt(int):
    pass


class MyStr(str):
    pass


class MyBox:
    pass


match MyInt(9):
    case int(n):
        print("subclass of int:", n, type(n).__name__)

match MyStr("hi"):
    case str(s):
        print("subclass of str:", s, type(s).__name__)

match True:
    case int(n):
        print("bool is an int:", n)

match 3:
    case float(f):
        print("no: int is not a float")
    case _:
        print("int does not match float()")


def err(func):
    try:
        func()
    except TypeError as e:
        print("TypeError:", e)


def two_positional():
    match 1:
        case int(a, b):
            pass


def box_positional():
    match MyBox():
        case MyBox(a):
            pass


def keyword_on_builtin():
    match 5:
        case int(real=r, imag=i):
            print("keywords work on builtins:", r, i)


err(two_positional)
err(box_positional)
err(keyword_on_builtin)

match MyInt(4):
    case MyInt(n):
        print("subclass of int also matches itself:", n)

match 1.5:
    case float(real=r):
        print("float real attribute:", r)
