# __slots__ with inheritance: mixing slotted and dict-based classes.
class Base:
    __slots__ = ("a",)
    def __init__(self):
        self.a = "base a"

class NoSlots(Base):
    def __init__(self):
        super().__init__()
        self.free = "free attr"

class MoreSlots(Base):
    __slots__ = ("b",)
    def __init__(self):
        super().__init__()
        self.b = "more b"

class EmptySlots(Base):
    __slots__ = ()

n = NoSlots()
print(n.a, n.free, hasattr(n, "__dict__"), "free" in vars(n))
m = MoreSlots()
print(m.a, m.b, hasattr(m, "__dict__"))
try:
    m.c = 1
except AttributeError as e:
    print("AttributeError", e)
e = EmptySlots()
print(e.a, hasattr(e, "__dict__"))
try:
    e.other = 1
except AttributeError as e2:
    print("AttributeError", e2)

# Slots in a dict-based base: subclass slots don't remove the inherited __dict__.
class DictBase:
    pass
class SlotsOnDict(DictBase):
    __slots__ = ("s",)
sd = SlotsOnDict()
sd.s = 1
sd.anything = 2
print(sd.s, sd.anything, hasattr(sd, "__dict__"))

# Redundant slot names in subclasses are allowed.
class Redundant(Base):
    __slots__ = ("a", "r")
r = Redundant()
r.a = "sub a"
r.r = "r"
print(r.a, r.r)

# Multiple inheritance with non-empty slots in two bases conflicts.
class Other:
    __slots__ = ("o",)
class EmptyA:
    __slots__ = ()
class EmptyB:
    __slots__ = ()
class Fine(EmptyA, EmptyB):
    __slots__ = ("f",)
fi = Fine()
fi.f = "fine"
print(fi.f, hasattr(fi, "__dict__"))
class Fine2(Base, EmptyA):
    pass
f2 = Fine2()
f2.a = 1
f2.extra = 2
print(f2.a, f2.extra)

# Methods and properties coexist with slots.
class Temperature:
    __slots__ = ("_c",)
    def __init__(self, c):
        self._c = c
    @property
    def f(self):
        return self._c * 9 / 5 + 32
    @f.setter
    def f(self, value):
        self._c = (value - 32) * 5 / 9
t = Temperature(100)
print(t.f)
t.f = 32
print(t._c, t.f)

# __slots__ conflicts with class variables.
try:
    class Bad:
        __slots__ = ("x",)
        x = 1
except ValueError as ex:
    print("ValueError", ex)
class IntEmpty(int):
    __slots__ = ()
ie = IntEmpty(5)
print(ie + 1, hasattr(ie, "__dict__"))
