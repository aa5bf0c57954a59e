# __slots__ instances: no __dict__, unset slots, error messages, deletion.
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm1(self):
        return abs(self.x) + abs(self.y)
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

v = Vec(3, -4)
print(v, v.norm1(), hasattr(v, "__dict__"), Vec.__slots__)
try:
    v.__dict__
except AttributeError as e:
    print("AttributeError", e)
try:
    vars(v)
except TypeError as e:
    print("TypeError", e)
try:
    v.z = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    setattr(v, "z", 1)
except AttributeError as e:
    print("AttributeError", e)
try:
    v.z
except AttributeError as e:
    print("AttributeError", e)
print(getattr(v, "z", "no z"), hasattr(v, "x"))

# Unset and deleted slots.
empty = Vec.__new__(Vec)
for name in ("x", "y"):
    try:
        getattr(empty, name)
    except AttributeError as e:
        print("AttributeError", e)
print(hasattr(empty, "x"), getattr(empty, "x", "dflt"))
empty.x = 1
print(empty.x, hasattr(empty, "y"))
del empty.x
try:
    del empty.x
except AttributeError as e:
    print("AttributeError", e)
try:
    empty.x
except AttributeError as e:
    print("AttributeError", e)
empty.x = "back"
print(empty.x)

# Class attributes still readable; instances can't set them without a slot.
class Config:
    __slots__ = ("value",)
    default = 10
    def get(self):
        try:
            return self.value
        except AttributeError:
            return self.default
c = Config()
print(c.get(), c.default)
c.value = 3
print(c.get())
Config.default = 20
del c.value
print(c.get())

# Slots given as a list, a single string, or a dict-like iterable.
class L:
    __slots__ = ["a", "b"]
class S:
    __slots__ = "only"
class G:
    __slots__ = iter(["p", "q"])
for cls, names in ((L, ["a", "b"]), (S, ["only"]), (G, ["p", "q"])):
    obj = cls()
    for n in names:
        setattr(obj, n, n.upper())
    print(cls.__name__, [getattr(obj, n) for n in names], hasattr(obj, "__dict__"))
print(type(G.__slots__).__name__)

# Slot values behave like regular attributes for augmented assignment.
class Counter:
    __slots__ = ("n",)
    def __init__(self):
        self.n = 0
ct = Counter()
for _ in range(5):
    ct.n += 2
print(ct.n)
