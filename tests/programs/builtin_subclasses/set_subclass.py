# set subclasses: set operators return plain set, in-place operators keep
# the subclass, and the default repr names the subclass.
class Tags(set):
    def __init__(self, items=(), owner="?"):
        super().__init__(items)
        self.owner = owner
    def add_all(self, *items):
        for item in items:
            self.add(item)
        return self

t = Tags([3, 1], owner="me")
print(t, repr(t), type(t).__name__, t.owner, len(t))
print(Tags(), repr(Tags()), str(Tags([5])))
t.add_all(2, 3)
print(sorted(t))
for label, value in [("or", t | {9}), ("and", t & {1, 2}), ("sub", t - {1}), ("xor", t ^ {1, 7}),
                     ("ror", {9} | t), ("union", t.union([8])), ("intersection", t.intersection([1])),
                     ("difference", t.difference([1])), ("symmetric", t.symmetric_difference([1])),
                     ("copy", t.copy()), ("set()", set(t)), ("frozenset()", frozenset(t))]:
    print(f"{label:12} {sorted(value)} {type(value).__name__}")
u = t
t |= {10}
t &= {1, 2, 3, 10}
t -= {3}
t ^= {4}
print(sorted(t), type(t).__name__, t is u, t.owner)
t.update([20])
t.discard(20)
t.difference_update([4])
print(sorted(t), t == {1, 2, 10}, t <= {1, 2, 10, 11}, t.issubset(range(11)), 2 in t)
print(t.pop() in {1, 2, 10}, len(t))
t.clear()
print(repr(t), bool(t))

class NoInit(set):
    pass
n = NoInit("abca")
print(sorted(n), type(n).__name__, repr(NoInit([1])))

class Strict(set):
    def add(self, item):
        if not isinstance(item, int):
            raise TypeError(f"ints only: {item!r}")
        super().add(item)
s = Strict()
s.add(1)
try:
    s.add("x")
except TypeError as e:
    print(type(e).__name__, e)
s.update(["y"])
s |= {"z"}
print(sorted(s, key=str), "add override not used by update/|=")
try:
    hash(Tags())
except TypeError as e:
    print(type(e).__name__, e)
try:
    {Tags([1]): 1}
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(t, set), isinstance(t, frozenset), issubclass(Tags, set))
class Recursive(set):
    pass
r = Recursive([1])
print(repr([r, {r.__class__.__name__: r}]))
