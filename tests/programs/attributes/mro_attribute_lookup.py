# Class attribute lookup through the MRO: diamonds, shadowing, deletion revealing bases.
class A:
    x = "A.x"
    y = "A.y"
    def who(self):
        return "A.who"
class B(A):
    x = "B.x"
class C(A):
    x = "C.x"
    y = "C.y"
    def who(self):
        return "C.who"
class D(B, C):
    pass

print([k.__name__ for k in D.__mro__])
d = D()
print(d.x, d.y, d.who(), D.x, D.y)
del B.x
print(d.x, D.x)
del C.y
print(d.y)
C.z = "C.z late"
print(d.z, D.z)
A.w = "A.w late"
print(d.w, B.w)
B.w = "B.w override"
print(d.w, C.w)

# getattr over the MRO by hand vs the real lookup.
def manual_lookup(cls, name):
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass.__name__, klass.__dict__[name]
    return None
for name in ("x", "y", "z", "w", "who", "missing"):
    found = manual_lookup(D, name)
    real = getattr(D, name, None)
    if found is None:
        print(name, "not found", real)
    else:
        print(name, found[0], found[1] is real or callable(real))

# Methods found later in the MRO still bind to the instance.
class Left:
    def hello(self):
        return "Left hello from " + type(self).__name__
class Right:
    def hello(self):
        return "Right hello"
    def bye(self):
        return "Right bye from " + type(self).__name__
class Both(Left, Right):
    pass
b = Both()
print(b.hello(), b.bye(), Both.bye(b))
print(Both.hello.__qualname__, Both.bye.__qualname__)

# object's attributes come last.
class Empty:
    pass
print(Empty.__init__ is object.__init__, Empty().__eq__(Empty()), "__init__" in Empty.__dict__)
print(Empty.__name__, Empty.__qualname__, Empty.__module__, Empty.__doc__)
