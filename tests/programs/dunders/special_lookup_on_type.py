# Special methods are looked up on the type: instance attributes are
# ignored by the operators, while class attributes added or removed after
# class creation take effect immediately.

class Box:
    def __init__(self, v):
        self.v = v

b = Box(3)
for name in ["__add__", "__len__", "__iter__", "__getitem__", "__call__", "__neg__", "__eq__", "__bool__"]:
    setattr(b, name, lambda *a: "instance")

def t(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, "TypeError:", e)

t("b + 1", lambda: b + 1)
t("len(b)", lambda: len(b))
t("iter(b)", lambda: iter(b))
t("b[0]", lambda: b[0])
t("b()", lambda: b())
t("-b", lambda: -b)
t("b == b", lambda: b == b)
t("bool(b)", lambda: bool(b))
t("explicit b.__add__(1)", lambda: b.__add__(1))

# now add them to the class
Box.__add__ = lambda self, other: Box(self.v + other)
Box.__len__ = lambda self: self.v
Box.__getitem__ = lambda self, i: self.v * 10 + i
Box.__neg__ = lambda self: Box(-self.v)
Box.__repr__ = lambda self: "Box(%d)" % self.v
Box.__bool__ = lambda self: self.v > 0
t("b + 1", lambda: b + 1)
t("len(b)", lambda: len(b))
t("b[2]", lambda: b[2])
t("-b", lambda: -b)
t("bool(-b)", lambda: bool(-b))
t("iterate via __getitem__", lambda: [x for _, x in zip(range(3), b)])
t("1 + b", lambda: 1 + b)
Box.__radd__ = lambda self, other: Box(other * 100 + self.v)
t("1 + b", lambda: 1 + b)

# removing them again
del Box.__add__
del Box.__len__
t("b + 1 after del", lambda: b + 1)
t("len(b) after del", lambda: len(b))
t("bool(b) still", lambda: bool(b))
del Box.__bool__
t("bool(b) default", lambda: bool(b))

# assigning to a base class affects subclasses
class Base:
    pass
class Derived(Base):
    pass
d = Derived()
t("Derived * 2 before", lambda: d * 2)
Base.__mul__ = lambda self, n: "Base.mul x%d" % n
t("Derived * 2 after", lambda: d * 2)
Derived.__mul__ = lambda self, n: "Derived.mul x%d" % n
t("Derived * 2 override", lambda: d * 2)
del Derived.__mul__
t("Derived * 2 back to base", lambda: d * 2)

# a non-function callable class attribute is called without binding
class Adder:
    def __call__(self, *args):
        return ("Adder called with", len(args))
class UsesCallable:
    __add__ = Adder()
t("callable attr as __add__", lambda: UsesCallable() + 1)

# builtin types refuse new special methods
try:
    int.__add__ = lambda a, b: 0
except TypeError as e:
    print("TypeError:", e)
try:
    list.__len__ = lambda self: 0
except TypeError as e:
    print("TypeError:", e)
