# type(x) with one argument returns the class; compared with __class__ and isinstance.
class A: pass
class B(A): pass
values = [1, 1.5, "s", b"b", None, True, [], (), {}, set(), frozenset(), A(), B(), A, B, type, object(), len, print, range(3), 1j, NotImplemented, Ellipsis]
for v in values:
    t = type(v)
    print(t.__name__, t is v.__class__, isinstance(v, t))

# type of a type
print(type(A).__name__, type(type).__name__, type(int) is type, type(object) is type)

# __class__ assignment changes type()
class C:
    def who(self):
        return "C"
class D:
    def who(self):
        return "D"
c = C()
print(type(c).__name__, c.who())
c.__class__ = D
print(type(c).__name__, c.who(), isinstance(c, C))

# Assigning an incompatible __class__
try:
    c.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1).__class__ = bool
except TypeError as e:
    print(type(e).__name__, e)
try:
    c.__class__ = 5
except TypeError as e:
    print(type(e).__name__, e)

# type() with a subclass of type as the metaclass
class Meta(type): pass
class WithMeta(metaclass=Meta): pass
print(type(WithMeta).__name__, type(WithMeta()).__name__)

# type(obj) in comparisons
def same_type(a, b):
    return type(a) is type(b)
print(same_type(1, True), same_type(1, 2), same_type(A(), B()), same_type([], []))

# Using type(self) to construct siblings
class Vec:
    def __init__(self, *xs):
        self.xs = xs
    def scaled(self, k):
        return type(self)(*(x * k for x in self.xs))
    def __repr__(self):
        return "%s%r" % (type(self).__name__, self.xs)
class Vec2(Vec): pass
print(Vec(1, 2).scaled(3), Vec2(4, 5).scaled(2))
