# As-patterns: binding the whole of a sub-pattern, with or-patterns,
# sequences, mappings and classes, and the rules about the name.


class Node:
    __match_args__ = ("value", "children")

    def __init__(self, value, children=()):
        self.value, self.children = value, list(children)


def show(x):
    match x:
        case [int() as first, *_] as whole:
            return f"list starting with int {first}, len {len(whole)}"
        case (("+" | "-") as op, left, right):
            return f"additive {op} on {left}, {right}"
        case {"id": (int() | str()) as ident, **rest} as record:
            return f"record {ident!r} keys={sorted(record)} rest={rest}"
        case Node(value=str() as label, children=[]) as leaf:
            return f"leaf {label} ({type(leaf).__name__})"
        case Node(v, [Node() as only]):
            return f"node {v} with one child {only.value}"
        case Node(v, [_, _, *more] as kids):
            return f"node {v} with {len(kids)} children"
        case str() as s if len(s) > 3:
            return f"long string {s}"
        case (1 | 2 | 3) as small:
            return f"small {small}"
        case _ as anything:
            return f"anything: {anything!r}"


for x in [[1, "a"], ["a", 1], ("+", 1, 2), ("-", "x", "y"), {"id": 7, "n": 1},
          {"id": "k"}, {"id": 1.5}, Node("leaf"), Node(1, [Node(2)]),
          Node(3, [Node(4), Node(5), Node(6)]), "hello", "hi", 2, 9]:
    print(show(x))


# As binds the same object, not a copy.
data = [1, [2, 3]]
match data:
    case [_, [_, _] as inner]:
        print("same object:", inner is data[1])

# As in every or-alternative.
for v in [(1, "x"), ["y", 2]]:
    match v:
        case (int() as n, str() as s) | [str() as s, int() as n]:
            print("n, s =", n, s)

# Chained as-patterns via parentheses.
match 5:
    case (int() as a) as b:
        print("chained:", a, b)

# Errors at compile time.
for src in ["match 1:\n case 1 as a.b: pass",
            "match 1:\n case [1 as x, 2 as x]: pass",
            "match 1:\n case x as x: pass"]:
    try:
        compile(src, "<case>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
