# Class decorators: registries, adding methods, wrapping, stacking, and returning other objects.
registry = {}

def register(name):
    def deco(cls):
        registry[name] = cls
        cls.registered_as = name
        return cls
    return deco

def add_repr(cls):
    fields = cls.fields
    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, ", ".join("%s=%r" % (f, getattr(self, f)) for f in fields))
    cls.__repr__ = __repr__
    return cls

def add_init(cls):
    fields = cls.fields
    def __init__(self, *args):
        if len(args) != len(fields):
            raise TypeError("%s expects %d arguments, got %d" % (cls.__name__, len(fields), len(args)))
        for f, v in zip(fields, args):
            setattr(self, f, v)
    cls.__init__ = __init__
    return cls

def add_eq(cls):
    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in cls.fields)
    cls.__eq__ = __eq__
    cls.__hash__ = None
    return cls

order = []
def trace(label):
    def deco(cls):
        order.append(label)
        return cls
    return deco

@trace("outer")
@register("point")
@add_eq
@add_repr
@add_init
@trace("inner")
class Point:
    fields = ("x", "y")

p = Point(1, 2)
print(p, p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
print(order, registry["point"] is Point, Point.registered_as, Point.__hash__)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(p)
except TypeError as e:
    print(type(e).__name__, e)

# Decorated subclasses inherit decorated behaviour
@register("point3")
@add_repr
class Point3(Point):
    fields = ("x", "y", "z")
print(Point3(1, 2, 3) if False else "skip", sorted(registry))
try:
    Point3(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)

# A decorator can replace the class with something else
def as_instance(cls):
    return cls()
@as_instance
class settings:
    debug = False
    level = 3
print(type(settings).__name__, settings.level)

# Wrapping a class with a subclass
def counted(cls):
    class Wrapper(cls):
        count = 0
        def __init__(self, *a, **k):
            type(self).count += 1
            super().__init__(*a, **k)
    Wrapper.__name__ = cls.__name__
    Wrapper.__qualname__ = cls.__qualname__
    return Wrapper
@counted
class Job:
    def __init__(self, n):
        self.n = n
jobs = [Job(i) for i in range(4)]
print(Job.__name__, Job.count, [k.__name__ for k in Job.__mro__], jobs[-1].n)

# Decorator evaluated before the class body? No: decorator expression first, body next, application last
def make_deco(tag):
    print("decorator expression", tag)
    def deco(cls):
        print("applying", tag, "to", cls.__name__)
        return cls
    return deco
@make_deco("A")
@make_deco("B")
class Ordered:
    print("class body")
