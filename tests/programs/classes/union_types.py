# X | Y of types: types.UnionType, its repr, members, equality and hash,
# and isinstance/issubclass with it.

class A:
    pass


IntOrNone = int | None
print(IntOrNone, type(IntOrNone).__name__, IntOrNone.__args__)
print(isinstance(3, IntOrNone), isinstance(None, IntOrNone), isinstance("s", IntOrNone))
print(issubclass(bool, int | str), issubclass(float, int | str))
print(int | str == str | int, int | str == int | float, hash(int | str) == hash(str | int))
print(int | int, (int | str) | (str | bytes), A | None, list[int] if False else "skip")
print(isinstance(A(), (str, A | int)))
try:
    int | "str"
except TypeError as error:
    print("TypeError:", error)
try:
    3 | int
except TypeError as error:
    print("TypeError:", error)


def f(x: int | None = None) -> str | bytes:
    return repr(x)


print(f.__annotations__, f(4))
print({int | str: 1}[str | int])
match 5:
    case int() | str():
        print("matched")
