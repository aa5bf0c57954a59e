# super() invokes descriptors found in base classes with the right instance and owner.
class Trace:
    def __init__(self, label):
        self.label = label
    def __set_name__(self, owner, name):
        self.owner_name = owner.__name__
    def __get__(self, obj, objtype=None):
        return "%s.__get__(obj=%s, type=%s, owner=%s)" % (
            self.label, type(obj).__name__ if obj is not None else None,
            objtype.__name__ if objtype else None, self.owner_name)

class A:
    d = Trace("d")
    @property
    def p(self):
        return "A.p on " + type(self).__name__
    @classmethod
    def c(cls):
        return "A.c on " + cls.__name__
    @staticmethod
    def s(*args):
        return "A.s with %r" % (args,)
    def m(self):
        return "A.m on " + type(self).__name__

class B(A):
    d = "B.d plain"
    p = "B.p plain"
    def show(self):
        sup = super()
        return [sup.d, sup.p, sup.c(), sup.s(1), sup.m()]
    @classmethod
    def show_cls(cls):
        sup = super()
        return [sup.d, sup.c(), sup.s(2), type(sup.p).__name__, sup.m(B())]

class C(B):
    pass

for line in C().show():
    print(line)
for line in C.show_cls():
    print(line)

# property setter/deleter through super
class Base:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, value):
        self._v = value
class Derived(Base):
    @property
    def v(self):
        return super().v * 10
    @v.setter
    def v(self, value):
        Base.v.fset(self, value + 1)
dd = Derived()
dd.v = 4
print(dd.v, dd._v)

# super() with __getattr__-less base and a descriptor that raises AttributeError
class Raiser:
    def __get__(self, obj, objtype=None):
        raise AttributeError("descriptor refused")
class R1:
    r = Raiser()
class R2(R1):
    def get(self):
        try:
            return super().r
        except AttributeError as e:
            return "%s: %s" % (type(e).__name__, e)
print(R2().get())

# Bound methods from super refer to the original instance
class M1:
    def who(self):
        return self
class M2(M1):
    def get_bound(self):
        return super().who
m2 = M2()
bm = m2.get_bound()
print(bm() is m2, bm.__self__ is m2, bm.__func__ is M1.who, type(bm).__name__)
