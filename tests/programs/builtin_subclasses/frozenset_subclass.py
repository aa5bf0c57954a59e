# frozenset subclasses: value fixed in __new__, hashable, operators return
# plain frozenset, repr names the subclass.
class Letters(frozenset):
    def __new__(cls, text=""):
        return super().__new__(cls, (ch for ch in text.lower() if ch.isalpha()))
    def __init__(self, text=""):
        self.source = text
    def pretty(self):
        return "".join(sorted(self))

a = Letters("Hello, World")
print(a.pretty(), a.source, type(a).__name__, len(a), "h" in a, "H" in a)
print(repr(Letters("ba")), repr(Letters()), str(Letters("q")))
for label, value in [("or", a | {"z"}), ("and", a & set("low")), ("sub", a - {"l"}), ("xor", a ^ {"h", "q"}),
                     ("copy", a.copy()), ("union", a.union("xy")), ("frozenset()", frozenset(a))]:
    print(f"{label:12} {''.join(sorted(value))} {type(value).__name__}")
print(a.copy() is a, frozenset(a) is a, type(a.copy()).__name__)
b = a
a |= {"!"}
print(type(a).__name__, b is a, type(b).__name__, "".join(sorted(a)))
print(hash(Letters("ab")) == hash(frozenset("ab")), {Letters("ab"): 1}[frozenset("ba")])
print(Letters("abc") == frozenset("cab"), Letters("ab") == {"a", "b"}, Letters("ab") < frozenset("abc"))
cache = {Letters("listen"): "listen"}
print(cache.get(Letters("silent")), cache.get(Letters("enlist!")))

class Plain(frozenset):
    pass
p = Plain([1, 2])
print(repr(p), sorted(p), repr(Plain()), repr(Plain(range(3))))
try:
    p.add(3)
except AttributeError as e:
    print(type(e).__name__, e)

class InitOnly(frozenset):
    def __init__(self, items):
        super().__init__()
        print("  init saw", sorted(items), "contents", sorted(self))
io = InitOnly([3, 4])
print(sorted(io))

class Bounded(frozenset):
    def __new__(cls, items, limit):
        items = list(items)
        if len(items) > limit:
            raise ValueError(f"{len(items)} items exceed limit {limit}")
        return super().__new__(cls, items)
    def __init__(self, items, limit):
        self.limit = limit
bd = Bounded([1, 2], 3)
print(sorted(bd), bd.limit)
try:
    Bounded(range(5), 2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    frozenset.__new__(Plain, 1)
except TypeError as e:
    print(type(e).__name__, e)
print(frozenset.__new__(Plain, "xy") == {"x", "y"})
