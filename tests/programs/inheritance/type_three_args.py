# type(name, bases, dict) creating classes dynamically.
def init(self, x):
    self.x = x
def double(self):
    return self.x * 2

Point = type("Point", (), {"__init__": init, "double": double, "kind": "point"})
p = Point(21)
print(Point.__name__, Point.__qualname__, p.x, p.double(), p.kind)
print(type(Point).__name__, Point.__bases__ == (object,), type(p).__name__)

# Inheriting from a dynamic class
Point3 = type("Point3", (Point,), {"double": lambda self: "overridden %d" % (self.x * 3)})
q = Point3(5)
print(q.double(), isinstance(q, Point), [k.__name__ for k in Point3.__mro__])

# The namespace dict is copied, not shared
ns = {"a": 1}
K = type("K", (), ns)
ns["b"] = 2
print(hasattr(K, "a"), hasattr(K, "b"), K.__dict__["a"])
K.c = 3
print("c" in ns, K.c)

# Name can be any string, even an unusual one
Odd = type("not an identifier!", (), {})
print(Odd.__name__, Odd.__qualname__)

# __qualname__ in the dict is honoured and removed from the namespace
Q = type("Q", (), {"__qualname__": "Outer.Q"})
print(Q.__name__, Q.__qualname__, "__qualname__" in Q.__dict__)

# __module__ can be set via the dict
M = type("M", (), {"__module__": "somewhere"})
print(M.__module__)

# __doc__ defaults to None
print(Point.__doc__, type("Doc", (), {"__doc__": "hello"}).__doc__)

# Methods using super() need explicit arguments when created outside a class
def greet(self):
    return "child+" + super(Child, self).greet()
Parent = type("Parent", (), {"greet": lambda self: "parent"})
Child = type("Child", (Parent,), {"greet": greet})
print(Child().greet())

# Class-level attributes and properties in the dict
def get_area(self):
    return self.w * self.h
Rect = type("Rect", (), {
    "__init__": lambda self, w, h: (setattr(self, "w", w), setattr(self, "h", h), None)[-1],
    "area": property(get_area),
    "__repr__": lambda self: "Rect(%d, %d)" % (self.w, self.h),
    "unit": staticmethod(lambda: "cm"),
    "make": classmethod(lambda cls, s: cls(s, s)),
})
r = Rect.make(4)
print(r, r.area, Rect.unit(), repr(Rect(2, 3)))

# type() result equals a class statement's result
class Same:
    v = 1
Same2 = type("Same", (), {"v": 1})
print(Same.__name__ == Same2.__name__, Same is Same2, Same.v == Same2.v)

# __init_subclass__ runs for type()-created subclasses
class Hook:
    def __init_subclass__(cls, **kw):
        print("hook", cls.__name__, kw)
H = type("H", (Hook,), {})
H2 = type("H2", (Hook,), {}, tag=1)
