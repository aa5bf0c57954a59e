# Overriding __class__ with a property affects isinstance() but not type().
class Real:
    def who(self):
        return "real"

class Mock:
    @property
    def __class__(self):
        return Real
    def who(self):
        return "mock"

m = Mock()
print(type(m).__name__, m.__class__.__name__, m.who())
print(isinstance(m, Real), isinstance(m, Mock), issubclass(type(m), Real))
print(isinstance(m, (int, Real)), type(m) is Mock)

# __class__ returned by __getattribute__.
class Disguised:
    def __getattribute__(self, name):
        if name == "__class__":
            return int
        return object.__getattribute__(self, name)
d = Disguised()
print(isinstance(d, int), isinstance(d, Disguised), type(d).__name__, d.__class__.__name__)

# A __class__ class attribute (not a descriptor) in the class body.
class Plain:
    pass
class Liar:
    __class__ = Plain
l = Liar()
print(l.__class__.__name__, isinstance(l, Plain), isinstance(l, Liar), type(l).__name__)

# __class__ in methods refers to the defining class (zero-arg super support cell).
class Outer:
    def defining_class(self):
        return __class__.__name__
class Derived(Outer):
    pass
print(Outer().defining_class(), Derived().defining_class(), Derived().__class__.__name__)

# Normal objects: __class__ is type(obj) and is found via object's descriptor.
class N:
    pass
n = N()
print(n.__class__ is N, N.__class__ is type, type(N.__dict__.get("__class__")).__name__)
print("__class__" in vars(object), "__class__" in vars(N))
