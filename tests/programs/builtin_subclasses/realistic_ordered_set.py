# An insertion-ordered set built on a dict subclass (keys only), plus a
# frozen variant that is hashable.
class OrderedSet(dict):
    def __init__(self, items=()):
        super().__init__()
        for item in items:
            self.add(item)
    def add(self, item):
        self[item] = None
    def discard(self, item):
        self.pop(item, None)
    def __or__(self, other):
        return type(self)(list(self) + list(other))
    def __and__(self, other):
        return type(self)(x for x in self if x in other)
    def __sub__(self, other):
        return type(self)(x for x in self if x not in other)
    def __le__(self, other):
        return all(x in other for x in self)
    def __eq__(self, other):
        if isinstance(other, OrderedSet):
            return list(self) == list(other)
        if isinstance(other, (set, frozenset)):
            return set(self) == other
        return NotImplemented
    __hash__ = None
    def __repr__(self):
        return f"{type(self).__name__}({list(self)!r})"

s = OrderedSet("mississippi")
print(s, len(s), "s" in s, "z" in s, list(s))
s.add("x")
s.discard("i")
s.discard("nope")
print(s)
t = OrderedSet("spam")
print(s | t, s & t, s - t, t - s)
print(OrderedSet("ab") <= OrderedSet("cba"), OrderedSet("ab") == OrderedSet("ba"), OrderedSet("ab") == {"b", "a"})
print(OrderedSet("ab") == OrderedSet("ab"), OrderedSet() == {}, OrderedSet([1]) != OrderedSet([1]))
try:
    hash(s)
except TypeError as e:
    print(type(e).__name__, e)

class FrozenOrderedSet(OrderedSet):
    def __init__(self, items=()):
        super().__init__(items)
        self._frozen = True
    def __setitem__(self, key, value):
        if getattr(self, "_frozen", False):
            raise TypeError("FrozenOrderedSet is immutable")
        super().__setitem__(key, value)
    def __hash__(self):
        return hash(tuple(self))

f = FrozenOrderedSet([3, 1, 3, 2])
print(f, hash(f) == hash((3, 1, 2)), {f: "ok"}[FrozenOrderedSet([3, 1, 2])])
try:
    f.add(9)
except TypeError as e:
    print(type(e).__name__, e)
f.update({9: None})
print(f, "dict.update bypasses __setitem__")
print(f | [0], type(f | [0]).__name__, f - {1}, f & [2, 3])
dedup = lambda seq: list(OrderedSet(seq))
print(dedup([5, 3, 5, 1, 3, 9]), dedup("hello world"))
