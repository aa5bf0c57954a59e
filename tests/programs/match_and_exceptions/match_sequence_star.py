# Sequence patterns with a star: position of *rest, its type (always a
# list), list/tuple pattern syntax being interchangeable, lengths.


def shape(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one {x!r}"
        case [first, *middle, last] if not middle:
            return f"pair {first!r},{last!r}"
        case (first, *middle, last) if len(middle) == 1:
            return f"triple around {middle!r}"
        case [*init, 0]:
            return f"ends in zero after {init!r}"
        case [0, *tail]:
            return f"starts with zero then {tail!r}"
        case [a, b, *rest]:
            return f"long: {a!r} {b!r} rest={rest!r} ({type(rest).__name__})"


for s in [[], (), [1], (1,), [1, 2], (1, 2), [1, 2, 3], (1, 2, 3),
          [5, 6, 7, 0], [0, 6, 7, 8], (9, 8, 7, 6, 5), range(4), range(0, 10, 3)]:
    print(repr(s), "->", shape(s))


def star_types(seq):
    match seq:
        case (*all_items,):
            return all_items


print(star_types((1, 2)), star_types([3]), star_types(()), star_types(range(3)))

# [a, b] and (a, b) patterns both match tuples and lists.
for subject in [(1, 2), [1, 2]]:
    match subject:
        case (a, b):
            print("paren pattern matched", type(subject).__name__, a, b)
    match subject:
        case [a, b]:
            print("bracket pattern matched", type(subject).__name__, a, b)

# A parenthesised single name is not a sequence pattern.
match [1, 2]:
    case (whole):
        print("(whole) is just a capture:", whole)

# Star in the middle with fixed parts around it.
match list(range(10)):
    case [a, b, *mid, y, z]:
        print(a, b, mid, y, z)

# Star with wildcard name matches any length >= fixed parts.
for n in range(4):
    match list(range(n)):
        case [_, _, *_]:
            print(n, "has at least two")
        case _:
            print(n, "has fewer than two")

# Nested stars in nested sequences.
match [[1, 2, 3], [4], []]:
    case [[h, *t], [*u], [*v]]:
        print("nested:", h, t, u, v)

# Star captures a new list each time.
data = [1, 2, 3]
match data:
    case [*copy]:
        print(copy == data, copy is data)

# Length checks happen before element matching.
class Loud(list):
    def __len__(self):
        print("  __len__ called")
        return super().__len__()

match Loud([1, 2, 3]):
    case [x, y]:
        print("no")
    case [x, y, z]:
        print("matched three:", x, y, z)
