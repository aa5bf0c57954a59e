# `match`, `case` and `_` are soft keywords: they still work as ordinary
# names, calls, attributes and subscripts outside a match statement.

match = [1, 2, 3]
case = "case value"
print(match, case)
print(match[0], match[-1], match[1:])

match[0] = 10
print(match)


def match_fn(*args):
    return ("called", args)


class Obj:
    match = "attr match"
    case = "attr case"


print(Obj.match, Obj().case)
print(match_fn(1), len(match))

# A match statement whose subject is the variable named match.
match match:
    case [10, *rest]:
        print("matched variable named match, rest", rest)

# Subject named case, pattern capturing into `case`.
match case:
    case str() as case:
        print("captured into case:", case)


def match(x):
    return f"match({x})"


print(match(5))
print(match (6))
match = {"k": "v"}
print(match["k"])

# A tuple subject without parentheses.
a, b = 1, 2
match a, b:
    case (1, 2):
        print("tuple subject", (a, b))

# Starred subject.
rest = [3, 4]
match a, *rest:
    case [1, 3, 4]:
        print("starred subject builds a tuple")

# `_` as a normal variable name.
_ = 42
print(_ + 1)

# match as an expression statement start.
match = 3
match * 2
print(match * 2, match - 1, -match)

# match as a keyword-argument name and dict key.
def f(match=None, case=None):
    return match, case


print(f(match=1, case=2), {"match": 0})

# Names inside a match statement body named like keywords.
match 1:
    case 1:
        match = "inner"
        print("assigned inside case:", match)

for case in range(2):
    match case:
        case 0:
            print("loop var named case is 0")
        case _:
            print("loop var named case is", case)
