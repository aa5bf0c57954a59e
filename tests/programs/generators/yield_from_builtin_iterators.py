def g():
    r = yield from [1, 2, 3]
    print("r", r)
    yield from range(2)
    yield from (7, 8)
    return "done"
it = g()
print(next(it))
try:
    it.send(5)
except AttributeError as e:
    print("AttributeError:", e)
print(list(it))
it = g()
print(list(it))
print(int("12"), int(" 13 "), int("-4"), int(7), int("1_000"), int(True), int(2.5))
try:
    int("x1")
except ValueError as e:
    print(e)
class S(str):
    def __int__(self):
        return 99
print(int(S("5")))


class Empty:
    __slots__ = ()


class Plain:
    pass


print(type(Empty()).__name__, type(Plain()).__name__)
for cls in (Empty, Plain):
    try:
        cls(1)
    except TypeError as e:
        print("TypeError:", e)
    try:
        cls(x=1)
    except TypeError as e:
        print("TypeError:", e)
