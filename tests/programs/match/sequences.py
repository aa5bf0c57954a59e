# Sequence patterns: fixed length, starred, nested, and which subjects
# are sequences.


def shape(subject):
    match subject:
        case []:
            return "empty"
        case [x]:
            return f"one: {x!r}"
        case [x, y]:
            return f"two: {x!r} {y!r}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long: {first!r} ... {last!r} ({len(middle)} between)"
        case [0, *rest]:
            return f"starts at zero, then {rest}"
        case [*init, 9]:
            return f"ends with nine after {init}"
        case [[a, b], [c, d]]:
            return f"matrix {a} {b} {c} {d}"
        case (x, y, z):
            return f"three: {x} {y} {z}"
        case _:
            return "something else"


class MyList(list):
    pass


class MyTuple(tuple):
    pass


for subject in [[], [1], (1,), [1, 2], (1, 2, 3), [1, 2, 3, 4, 5, 6], [0, 1, 2, 3],
                [5, 9, 9], [7, 8, 9], [[1, 2], [3, 4]], range(3), range(0),
                MyList([4, 5]), MyTuple((6,)), "ab", b"ab", bytearray(b"ab"),
                {1: 2}, {1, 2}, 42, iter([1, 2]), memoryview(b"xy")]:
    print(type(subject).__name__, "->", shape(subject))


def star_types(subject):
    match subject:
        case (*items,):
            return type(items).__name__, items
    return None


print(star_types((1, 2, 3)))
print(star_types(range(2)))
print(star_types([]))


def nested(command):
    match command:
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["pick", "up", *objects] if objects:
            return f"picking up {', '.join(objects)}"
        case ["drop", *_]:
            return "dropping"
        case [("a" | "b"), [x, *_], *_]:
            return f"nested {x}"
    return "unknown"


for command in [["go", "north"], ["go", "up"], ["pick", "up", "key", "lamp"],
                ["pick", "up"], ["drop"], ["drop", "all", "now"], ["a", [1, 2], 3],
                ["b", [], 3]]:
    print(command, "->", nested(command))


class Sized(list):
    def __len__(self):
        print("len called")
        return super().__len__()


match Sized([1, 2]):
    case [a, b]:
        print("sized", a, b)
