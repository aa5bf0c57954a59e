# Literal, capture, wildcard, value, or- and as-patterns, and guards.

import math


class Color:
    RED = "red"
    GREEN = "green"


def describe(value):
    match value:
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2j:
            return "imaginary"
        case "hello" | "hi":
            return "greeting"
        case b"raw":
            return "bytes"
        case Color.RED:
            return "the red one"
        case Color.GREEN as green:
            return "green as " + green
        case math.pi:
            return "pi"
        case int(n) if n > 100:
            return f"big {n}"
        case str() as text if len(text) > 5:
            return f"long text {text!r}"
        case other:
            return f"other {other!r}"


for value in [None, True, False, 0, 1, 2, 3, -1, 1.5, 2j, "hello", "hi", b"raw",
              "red", "green", math.pi, 101, 50, "abcdefgh", "abc", 1.0, 0.0, [1]]:
    print(repr(value), "->", describe(value))


def guard_order(x):
    calls = []

    def check(label, result):
        calls.append(label)
        return result

    match x:
        case int() if check("first", x > 10):
            outcome = "first"
        case int() if check("second", x > 5):
            outcome = "second"
        case _ if check("third", True):
            outcome = "third"
    return outcome, calls


print(guard_order(20))
print(guard_order(7))
print(guard_order(1))

match 42:
    case x:
        pass
print("captured", x)

match (1, 2):
    case (a, b) if a > b:
        print("no")
    case (a, b):
        print("bound after failed guard", a, b)

# A capture in a failed alternative does not leak a wrong value.
y = "before"
match 5:
    case 1 | 2:
        y = "matched"
print(y)

# No case matches: nothing happens.
match "unmatched":
    case 1:
        print("no")
print("done")
