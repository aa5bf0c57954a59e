records = [("bob", 25, 3.5), ("amy", 31, 3.9), ("cat", 25, 3.1), ("dan", 31, 3.9), ("eve", 19, 2.8)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: (-r[2], r[0])))
by_age = sorted(sorted(records, key=lambda r: r[0], reverse=True), key=lambda r: r[1])
print([r[0] for r in by_age])
print(sorted("Banana apple Cherry".split(), key=str.lower), sorted([3, -1, 2], key=abs, reverse=True))
print(min(records, key=lambda r: r[1]), max(records, key=lambda r: r[1]))
print(max([], default="empty"), min([], key=len, default=None), max([5], default=0), min(4, 2, 8, key=lambda x: -x))
print(max("abc", "abd", "ab"), min([[2], [1, 5], [1]]), max({1: "a", 3: "b"}), min(x * x for x in range(-3, 3)))
for call in [lambda: min(), lambda: max([]), lambda: min(1), lambda: max(1, 2, default=0),
             lambda: min([1, "a"]), lambda: sorted([1, None]), lambda: max([], key=len),
             lambda: sorted(5), lambda: min([1], foo=1), lambda: sorted([], reverse=1, key=None, x=1)]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(sorted([2, 1], reverse=True), sorted((), reverse=True), sorted({"b": 1, "a": 2}), sorted(range(5, 0, -2)))
class Item:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"Item({self.v})"
print(sorted([Item(3), Item(1), Item(2)]), max([Item(3), Item(9)]), min(Item(5), Item(4)))
stable = sorted([(1, "b"), (0, "z"), (1, "a"), (0, "y")], key=lambda p: p[0])
print(stable)
