# Which objects are sequences for match: list, tuple, range, memoryview and
# their subclasses are; str, bytes, bytearray, dict, set, iterators and
# generators are not.


def kind(x):
    match x:
        case [a, b]:
            return f"sequence of two: {a!r} {b!r}"
        case [*items]:
            return f"sequence of {len(items)}"
        case _:
            return "not a sequence"


class MyList(list):
    pass


class MyTuple(tuple):
    pass


class MyStr(str):
    pass


class FakeSeq:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        if i < 2:
            return i
        raise IndexError(i)


subjects = [
    ("list", [1, 2]),
    ("tuple", (1, 2)),
    ("range", range(2)),
    ("memoryview", memoryview(b"ab")),
    ("MyList", MyList([1, 2, 3])),
    ("MyTuple", MyTuple("xy")),
    ("str", "ab"),
    ("MyStr", MyStr("ab")),
    ("bytes", b"ab"),
    ("bytearray", bytearray(b"ab")),
    ("dict", {1: 2, 3: 4}),
    ("set", {1, 2}),
    ("frozenset", frozenset([1, 2])),
    ("iterator", iter([1, 2])),
    ("generator", (i for i in range(2))),
    ("FakeSeq", FakeSeq()),
    ("int", 12),
    ("None", None),
    ("zip", zip([1], [2])),
    ("dict keys", {1: 0, 2: 0}.keys()),
]
for name, subject in subjects:
    print(f"{name:10} {kind(subject)}")

# Strings can still be matched with literal and class patterns.
for s in ["ab", "xyz", b"ab"]:
    match s:
        case "ab":
            print(repr(s), "literal string")
        case str(text):
            print(repr(s), "str() with", text)
        case bytes() as raw:
            print(repr(s), "bytes", list(raw))

# A memoryview of ints matched elementwise.
match memoryview(bytes([7, 8, 9])):
    case [first, *rest]:
        print("memoryview items:", first, rest)

# Tuple of strings: elements are matched, strings inside are fine.
match ("go", "north"):
    case ("go", direction):
        print("going", direction)

# Sequence patterns index items; a list subclass's __getitem__ is bypassed
# or not, but the items are right either way.
class Doubling(list):
    def __getitem__(self, i):
        return super().__getitem__(i)

match Doubling([1, 2]):
    case [a, b]:
        print("subclass items:", a, b)
