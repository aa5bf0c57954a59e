# Literal patterns: None/True/False compare by identity, everything else by
# equality (so 1 == 1.0 == True for numbers), plus negative, complex, string
# and bytes literals.


def classify(x):
    match x:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 0:
            return "zero"
        case 1:
            return "one"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case 3 + 4j:
            return "complex 3+4j"
        case -2j:
            return "complex -2j"
        case "":
            return "empty str"
        case "ab" "cd":
            return "implicitly concatenated abcd"
        case b"raw":
            return "bytes raw"
        case _:
            return "other " + type(x).__name__


for value in [None, True, False, 0, 0.0, -0.0, 1, 1.0, 1 + 0j, -1, -1.0,
              2.5, 5 / 2, 3 + 4j, -2j, 0 - 2j, "", "abcd", "ab", b"raw",
              bytearray(b"raw"), "raw", [], (), 0 == 0, 1 == 2, 7]:
    print(repr(value), "->", classify(value))


class Weird:
    """Equal to everything, but not identical to the singletons."""

    def __eq__(self, other):
        print("  Weird.__eq__ called with", repr(other))
        return True


print("weird ->", classify(Weird()))


class CountEq:
    calls = 0

    def __eq__(self, other):
        CountEq.calls += 1
        return other == 42


match CountEq():
    case None | True | False:
        print("identity patterns never call __eq__")
    case 1 | 2 | 42:
        print("matched 42 after", CountEq.calls, "__eq__ calls")


def bool_vs_int(x):
    match x:
        case 1:
            return "1 (by equality)"
        case True:
            return "True (by identity)"
    return "none"


print(bool_vs_int(True), "|", bool_vs_int(1), "|", bool_vs_int(1.0))


def literal_order(x):
    match x:
        case True:
            return "True"
        case 1:
            return "1"
    return "none"


print(literal_order(True), literal_order(1), literal_order(1.0))

nan = float("nan")
match nan:
    case 0.0:
        print("nan is zero?")
    case _:
        print("nan matches no numeric literal")

match "é":
    case "\u00e9":
        print("unicode escapes in literal patterns work")

match b"\x00\xff":
    case b"\x00\xff":
        print("bytes escape literal matched")

match -0.0:
    case 0:
        print("-0.0 == 0 matches")
