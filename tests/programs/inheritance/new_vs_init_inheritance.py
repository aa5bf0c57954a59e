# __new__ and __init__ across inheritance, including immutable builtin subclasses.
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __repr__(self):
        return "%s(x=%r, y=%r)" % (type(self).__name__, self.x, self.y)

class Point3(Point):
    def __new__(cls, x, y, z):
        self = tuple.__new__(cls, (x, y, z))
        return self
    @property
    def z(self):
        return self[2]
    def __repr__(self):
        return "Point3(%r, %r, %r)" % tuple(self)

p = Point(1, 2)
q = Point3(1, 2, 3)
print(p, q, p.x, q.z, len(q), isinstance(q, tuple), p == (1, 2), q[1:])
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)

class Even(int):
    def __new__(cls, value):
        if value % 2:
            raise ValueError("%d is odd" % value)
        return super().__new__(cls, value)
    def __init__(self, value):
        self.half = value // 2
print(Even(10), Even(10).half, Even(10) + 1, type(Even(10) + 1).__name__)
try:
    Even(3)
except ValueError as e:
    print(type(e).__name__, e)

class Upper(str):
    def __new__(cls, s="", **kwargs):
        return super().__new__(cls, s.upper())
class Tagged(Upper):
    def __init__(self, s="", tag="t"):
        self.tag = tag
t = Tagged("abc", tag="x")
print(t, t.tag, type(t).__name__, t.lower(), type(t.lower()).__name__)
try:
    Upper("x", tag="y")
except TypeError as e:
    print(type(e).__name__, e)

# __init__ inherited while __new__ is overridden
class Base:
    def __init__(self, *args):
        self.args = args
class WithNew(Base):
    def __new__(cls, *args):
        inst = super().__new__(cls)
        inst.made = True
        return inst
w = WithNew(1, 2)
print(w.args, w.made)

# __new__ returning a subclass instance: __init__ is still called
class Animal:
    def __new__(cls, kind):
        target = {"dog": Dog, "cat": Cat}.get(kind, cls)
        return super().__new__(target)
    def __init__(self, kind):
        self.kind = kind
        self.sound = getattr(self, "default_sound", "?")
class Dog(Animal):
    default_sound = "woof"
class Cat(Animal):
    default_sound = "meow"
for k in ("dog", "cat", "fish"):
    a = Animal(k)
    print(type(a).__name__, a.kind, a.sound)

# Calling __init__ again on an existing object
class Reinit:
    def __init__(self, v):
        self.v = v
r = Reinit(1)
r.__init__(2)
print(r.v)

# Missing arguments to an inherited __init__
class Needs:
    def __init__(self, a, b):
        self.a, self.b = a, b
class Child(Needs):
    pass
try:
    Child(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Child(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
