# __slots__: no __dict__, only the declared attributes, inherited slots, a __dict__ slot.
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
s = Slotted()
print(s.a, hasattr(s, "b"), hasattr(s, "__dict__"))
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.b
except AttributeError as e:
    print("AttributeError:", e)
s.b = 2
del s.a
print(hasattr(s, "a"), s.b)
class Child(Slotted):
    pass
c = Child()
c.anything = 5
print(c.anything, "anything" in c.__dict__)
class Both(Slotted):
    __slots__ = ("c",)
d = Both()
d.a, d.c = 1, 3
print(d.a, d.c)
try:
    d.z = 0
except AttributeError as e:
    print("AttributeError:", e)
try:
    vars(d)
except TypeError as e:
    print("TypeError:", e)
class WithDict:
    __slots__ = ("x", "__dict__")
w = WithDict()
w.x = 1
w.y = 2
print(w.x, w.y, "y" in w.__dict__)
class One:
    __slots__ = "only"
o = One()
o.only = 1
print(o.only)
