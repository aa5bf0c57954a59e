# Attribute lookup along the MRO: class attributes, shadowing, mutation, deletion.
class A:
    x = "A.x"
    y = "A.y"
    def m(self):
        return "A.m"
class B(A):
    x = "B.x"
class C(A):
    y = "C.y"
    def m(self):
        return "C.m"
class D(B, C):
    pass

d = D()
print(d.x, d.y, d.m(), D.x, D.y)
print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in D.__mro__ if "y" in k.__dict__])

# Changing a base class attribute is visible through subclasses
A.z = "A.z (added later)"
print(d.z, D.z)
C.z = "C.z (added later)"
print(d.z)
del C.z
print(d.z)

# Deleting from a subclass reveals the base attribute
B.x = "B.x changed"
print(d.x)
del B.x
print(d.x)
try:
    del B.x
except AttributeError as e:
    print(type(e).__name__, e)

# Instance attributes shadow non-data class attributes
d.y = "instance y"
print(d.y, D.y, vars(d))
del d.y
print(d.y)

# Methods added to a base after instances exist
def late(self):
    return "late for " + type(self).__name__
A.late = late
print(d.late(), B().late())

# Special methods are looked up on the type, through the MRO
class Base:
    def __len__(self):
        return 1
class Sub(Base):
    pass
s = Sub()
print(len(s))
Base.__len__ = lambda self: 2
print(len(s))
Sub.__len__ = lambda self: 3
print(len(s))
del Sub.__len__
print(len(s))
s.__len__ = lambda: 99
print(len(s), s.__len__())

# Adding __repr__/__eq__ to a class after creation
class Late:
    pass
Late.__repr__ = lambda self: "Late()"
Late.__eq__ = lambda self, other: isinstance(other, Late)
print(repr(Late()), Late() == Late(), Late() != Late(), [Late()])

# Walking the MRO by hand to find an attribute's owner
def owner(cls, name):
    for k in cls.__mro__:
        if name in k.__dict__:
            return k.__name__
    return None
for name in ("x", "y", "m", "late", "__init__", "__repr__", "nope"):
    print(name, owner(D, name))

# getattr on classes vs instances for functions
print(type(D.__dict__.get("m")).__name__, type(C.__dict__["m"]).__name__, type(D.m).__name__, type(d.m).__name__)
print(D.m is C.m, d.m.__func__ is C.m, d.m.__self__ is d)
