# Comparisons between bytes-like types, hashing, iteration, `in`, subclasses.
def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

ba = bytearray(b"abc")
print(ba == b"abc", b"abc" == ba, ba != b"abd", ba < b"abd", b"abd" > ba, ba <= bytearray(b"abc"), ba >= b"ab")
print(ba == "abc", ba != "abc", ba == [97, 98, 99], bytearray() == b"", ba < memoryview(b"b"))
print(sorted([bytearray(b"b"), b"a", bytearray(b"c")]), max(b"x", bytearray(b"y")))
print(list(ba), [x for x in bytearray(b"\x00\xff")], list(reversed(bytearray(b"xyz"))), tuple(iter(ba)))
print(type(iter(ba)).__name__, type(iter(b"")).__name__, type(iter(memoryview(b""))).__name__)
print(97 in ba, b"bc" in ba, bytearray(b"ab") in b"xaby", memoryview(b"c") in ba, b"" in ba, 120 in ba)
print(len(set([b"a", b"a", b"b"])), hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"])
a, b, c = bytearray(b"xyz")
print(a, b, c, *bytearray(b"hi"))
it = iter(ba)
next(it)
ba.append(100)
print(list(it))
print(str(ba), str(b"s"), f"{ba}", f"{ba!r}", "%s" % bytearray(b"pct"), ascii(bytearray(b"\xe9")))
print(isinstance(ba, bytearray), isinstance(ba, bytes), issubclass(bytearray, object), bytearray.__name__)

class MyArray(bytearray):
    def first(self):
        return self[0]

class MyBytes(bytes):
    pass

mine = MyArray(b"sub")
mine.append(33)
print(mine, repr(mine), mine.first(), type(mine).__name__, type(mine + b"x").__name__, len(mine))
print(MyBytes(b"mb"), type(MyBytes(b"mb")).__name__, type(MyBytes.fromhex("41")).__name__, MyArray.fromhex("4142"))
print(bytearray.fromhex("41") == b"A", type(bytearray.fromhex("41")).__name__)

for label, thunk in [
    ("order str", lambda: ba < "x"),
    ("order bytes mv", lambda: b"a" < memoryview(b"b")),
    ("in str", lambda: "a" in ba),
    ("in 256", lambda: 256 in ba),
    ("hash", lambda: hash(ba)),
    ("unhashable sub", lambda: hash(mine)),
]:
    show(label, thunk)
for value in (b"abc", bytearray(b"abc")):
    for index in (2**70, -(2**70)):
        try:
            value[index]
        except IndexError as error:
            print(type(value).__name__, "IndexError", error)
    print(value[-1], value[0])
