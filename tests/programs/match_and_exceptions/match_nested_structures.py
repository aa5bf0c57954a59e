# Deeply nested patterns over JSON-like data: lists of dicts of tuples,
# class patterns inside mapping patterns, and mixed stars.


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Line:
    __match_args__ = ("start", "end")

    def __init__(self, start, end):
        self.start, self.end = start, end


def describe(event):
    match event:
        case {"type": "click", "pos": Point(0, 0)}:
            return "click at origin"
        case {"type": "click", "pos": Point(x, y), "buttons": [*_, "right"]}:
            return f"right click at {x},{y}"
        case {"type": "click", "pos": Point(x=x)}:
            return f"click with x={x}"
        case {"type": "draw", "shapes": [Line(Point(a, b), Point(c, d)), *more]}:
            return f"draw from ({a},{b}) to ({c},{d}) and {len(more)} more"
        case {"type": "batch", "events": [{"type": t1}, {"type": t2}, *_]}:
            return f"batch starting {t1}, {t2}"
        case {"type": "key", "keys": (("ctrl" | "cmd"), key)}:
            return f"shortcut {key}"
        case {"type": "key", "keys": [single]} | {"type": "key", "keys": single}:
            return f"key {single}"
        case {"type": str(t), **rest}:
            return f"unknown event {t} with {sorted(rest)}"
        case _:
            return "malformed"


events = [
    {"type": "click", "pos": Point(0, 0)},
    {"type": "click", "pos": Point(3, 4), "buttons": ["left", "right"]},
    {"type": "click", "pos": Point(5, 6), "buttons": ["left"]},
    {"type": "draw", "shapes": [Line(Point(0, 1), Point(2, 3)), Line(Point(0, 0), Point(1, 1))]},
    {"type": "draw", "shapes": []},
    {"type": "batch", "events": [{"type": "a"}, {"type": "b"}, {"type": "c"}]},
    {"type": "batch", "events": [{"type": "a"}]},
    {"type": "key", "keys": ("ctrl", "s")},
    {"type": "key", "keys": ["cmd", "q"]},
    {"type": "key", "keys": ["x"]},
    {"type": "key", "keys": "y"},
    {"type": 5},
    ["not", "a", "dict"],
]
for e in events:
    print(describe(e))


def tree_sum(t):
    match t:
        case None:
            return 0
        case (left, int(v), right):
            return tree_sum(left) + v + tree_sum(right)
        case [*children]:
            return sum(tree_sum(c) for c in children)
        case int(v):
            return v


print(tree_sum(((None, 1, None), 2, ((None, 3, None), 4, None))))
print(tree_sum([1, [2, 3], (None, 4, [5, 6])]))


def flatten(x):
    match x:
        case []:
            return []
        case [[*inner], *rest]:
            return flatten(inner) + flatten(rest)
        case [head, *rest]:
            return [head] + flatten(rest)


print(flatten([1, [2, [3, [4]], 5], [], [[6]]]))


def zip_pairs(a, b):
    match a, b:
        case ([], _) | (_, []):
            return []
        case [x, *xs], [y, *ys]:
            return [(x, y)] + zip_pairs(xs, ys)


print(zip_pairs([1, 2, 3], "ab"))
print(zip_pairs([1, 2], [3, 4]))
