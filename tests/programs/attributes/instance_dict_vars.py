# Instance __dict__ and vars(): identity, mutation, replacement, errors.
class Point:
    kind = "point"
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(p.__dict__, vars(p), vars(p) is p.__dict__, type(vars(p)).__name__)
print("kind" in vars(p), "kind" in vars(Point))
d = vars(p)
d["z"] = 3
print(p.z, sorted(d))
p.w = 4
print(list(d))
del d["x"]
try:
    p.x
except AttributeError as e:
    print("AttributeError", e)
d.update(x=10, y=20)
print(p.x, p.y, d)

# Attribute order follows insertion order.
class Bag:
    pass
b = Bag()
for name in ["c", "a", "b", "a2"]:
    setattr(b, name, len(name))
print(list(vars(b)), list(vars(b).values()))
del b.a
b.a = "again"
print(list(vars(b)))

# Non-identifier keys are allowed in __dict__ and reachable with getattr.
setattr(b, "with space", 1)
setattr(b, "1digit", 2)
print(getattr(b, "with space"), getattr(b, "1digit"), sorted(k for k in vars(b) if not k.isidentifier()))

# vars() errors and vars() without arguments.
for obj in (1, "s", [1], None):
    try:
        vars(obj)
    except TypeError as e:
        print("TypeError", e)
def local_scope():
    a = 1
    b = "two"
    return sorted(vars().items())
print(local_scope())
try:
    vars(1, 2)
except TypeError as e:
    print("TypeError", e)

# Objects from classes with __dict__ have it even when empty; a fresh object's dict is empty.
class E:
    pass
e = E()
print(e.__dict__, vars(e) == {}, hasattr(e, "__dict__"))
# Functions have a __dict__ too.
def f():
    pass
f.attr = 1
print(vars(f), f.__dict__ is vars(f))
