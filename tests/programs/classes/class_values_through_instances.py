# Class attributes read through instances, in loops so that the reads
# are cached: an instance attribute of the same name shadows the class's
# value and uncovers it again when deleted, a change to the class (or a
# base) is seen at once, and values that are descriptors are not plain
# data.
import gc


class Base:
    LIMIT = 10
    label = "base"


class Config(Base):
    label = "config"
    tags = ("a", "b")


class Slotted:
    __slots__ = ("x",)
    SCALE = 3

    def __init__(self):
        self.x = 1


class Getting(str):
    def __get__(self, obj, owner):
        return "descriptor read via " + ("class" if obj is None else "instance")


class Fallback:
    known = 1

    def __getattr__(self, name):
        return "fallback " + name


class WithDescriptorLike:
    name = Getting("raw text")


def read_all(obj, rounds=3):
    return [(obj.LIMIT, obj.label, obj.tags) for _ in range(rounds)]


c = Config()
print(read_all(c))
c.label = "instance"
print(read_all(c))
del c.label
print(read_all(c))

Config.label = "changed"
print(read_all(c))
del Config.label
print(read_all(c))
Base.LIMIT = 20
print(read_all(c))
Config.tags = ["now", "a", "list"]
print(read_all(c))

# Another key in the instance dict shadows nothing.
d = Config()
d.__dict__["x" * 3] = "other key"
print(read_all(d, 2))
d.__dict__["tags"] = "shadow set through __dict__"
print(read_all(d, 2))

s = Slotted()
print([s.SCALE * s.x for _ in range(3)])
Slotted.SCALE = 5
print([s.SCALE * s.x for _ in range(3)])

w = WithDescriptorLike()
print([w.name for _ in range(3)], WithDescriptorLike.name)

f = Fallback()
print([f.known for _ in range(3)])
del Fallback.known
print([f.known for _ in range(3)])
Fallback.known = 2
print([f.known for _ in range(3)])


class Other(Base):
    label = "other"
    tags = ()


# One read site sees instances of several classes, and an instance whose
# class changes.
objects = [Config(), Other(), Config(), Other()]
print([(o.label, o.tags) for o in objects])
objects[0].__class__ = Other
print([(o.label, o.tags) for o in objects])

# Collections between reads change nothing.
for _ in range(3):
    gc.collect()
    print(c.LIMIT, c.tags, objects[1].label)

# Deleting a value from every class on the way is an AttributeError.
del Base.LIMIT
try:
    for _ in range(2):
        print(c.LIMIT)
except AttributeError as error:
    print("AttributeError:", error)
