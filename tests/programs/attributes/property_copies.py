# property.getter/setter/deleter return new property objects; docstrings; fget/fset/fdel.
class Doc:
    @property
    def a(self):
        "getter doc"
        return 1
    b = property(lambda self: 2, doc="explicit doc")
    @property
    def c(self):
        return 3
print(Doc.a.__doc__, Doc.b.__doc__, Doc.c.__doc__)
d2 = Doc.a.setter(lambda self, v: None)
print(d2.__doc__, d2 is Doc.a, d2.fget is Doc.a.fget)
d3 = Doc.b.deleter(lambda self: None)
print(d3.__doc__, d3.fset, d3.fdel is not None)

class R:
    def _s(self, v):
        self._v = v
    v = property(lambda self: "old", _s)
    v = v.getter(lambda self: "new " + str(self._v))
r = R()
r.v = 1
print(r.v, R.v.fset.__name__)

# Building a property step by step outside a class body.
def get_n(self):
    return self._n
def set_n(self, value):
    self._n = int(value)
def del_n(self):
    self._n = 0
p0 = property()
p1 = p0.getter(get_n)
p2 = p1.setter(set_n)
p3 = p2.deleter(del_n)
print([x.fget is not None for x in (p0, p1, p2, p3)])
print([x.fset is not None for x in (p0, p1, p2, p3)])
print([x.fdel is not None for x in (p0, p1, p2, p3)])
class N:
    n = p3
    m = p1
n = N()
n.n = "42"
print(n.n, n.m)
del n.n
print(n.n)
try:
    n.m = 5
except AttributeError as e:
    print("AttributeError", e)

# property() argument errors.
try:
    property(1, 2, 3, 4, 5)
except TypeError as e:
    print("TypeError", e)
bad = property(42)
class UsesBad:
    x = bad
try:
    UsesBad().x
except TypeError as e:
    print("TypeError", e)
