# Or-patterns: alternatives tried left to right, each alternative binding
# the same names, nested or-patterns, or with class/sequence/mapping
# alternatives.


def kind(cmd):
    match cmd:
        case "quit" | "exit" | "q":
            return "leave"
        case ["go" | "move", ("north" | "south" | "east" | "west") as d]:
            return f"move {d}"
        case ["pick" | "take", item] | ["pick" | "take", "up", item]:
            return f"take {item}"
        case {"cmd": "say", "text": text} | ["say", text]:
            return f"say {text!r}"
        case (int(n) | float(n)) if n > 0:
            return f"positive {n}"
        case int() | float():
            return "non-positive number"
        case [x, y] | (x, y, _):
            return f"pair-ish {x} {y}"
        case _:
            return "unknown"


for cmd in ["quit", "q", "exit", ["go", "north"], ("move", "west"), ["go", "up"],
            ["pick", "lamp"], ["take", "up", "key"], {"cmd": "say", "text": "hi"},
            ["say", "yo"], 5, 2.5, 0, -1.5, [1, 2], (3, 4, 5), "other"]:
    print(repr(cmd), "->", kind(cmd))


class Eq:
    def __init__(self, name, result):
        self.name, self.result = name, result

    def __eq__(self, other):
        print(f"  compare with {self.name}")
        return self.result


class Const:
    A = Eq("A", False)
    B = Eq("B", True)
    C = Eq("C", True)


print("alternatives stop at the first success:")
match 0:
    case Const.A | Const.B | Const.C:
        print("matched")


def nested(x):
    match x:
        case [(1 | 2) | (3 | 4), (("a" | "b") | "c")]:
            return "nested ors"
        case [1 | [2 | [3 | 4]]]:
            return "deep ors"
    return "no"


for x in [[3, "c"], [1, "a"], [5, "a"], [[[4]]], [[2]], [1], [[[5]]]]:
    print(x, nested(x))


# A later alternative may bind names in a different order.
def order(v):
    match v:
        case (a, 1, b) | (b, 2, a):
            return a, b


print(order((10, 1, 20)), order((10, 2, 20)), order((0, 3, 0)))


# Or-pattern of literals with None/True identity.
def ident(v):
    match v:
        case None | False:
            return "falsy singleton"
        case 0 | "" | ():
            return "falsy value"
    return "truthy"


for v in [None, False, 0, 0.0, "", (), [], 1]:
    print(repr(v), ident(v))


# Syntax errors for mismatched bindings.
for src in ["match 1:\n case a | b: pass",
            "match 1:\n case [a, 1] | [1, b]: pass",
            "match 1:\n case a | 1: pass",
            "match 1:\n case _ | 1: pass"]:
    try:
        compile(src, "<case>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
