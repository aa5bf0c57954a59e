# type.__getattribute__: metaclass data descriptors, class dict, metaclass attributes, MRO order.
class MetaDesc:
    def __get__(self, obj, objtype=None):
        return f"meta data descriptor for {obj.__name__ if obj is not None else None}"
    def __set__(self, obj, value):
        print("MetaDesc.__set__", obj.__name__, value)

class MetaNonData:
    def __get__(self, obj, objtype=None):
        return "meta non-data"

class Meta(type):
    data = MetaDesc()
    nondata = MetaNonData()
    meta_only = "only on metaclass"
    def meta_method(cls):
        return f"meta_method bound to {cls.__name__}"
    @property
    def computed(cls):
        return cls.__name__.lower() + "!"

class A(metaclass=Meta):
    nondata = "class dict nondata"
    own = "own attr"

print(A.data)
print(A.nondata)
print(A.meta_only, A.meta_method(), A.computed)
A.data = "assign"
print("data" in A.__dict__)
a = A()
print(a.nondata, a.own, hasattr(a, "data"))
for name in ("meta_only", "meta_method", "computed"):
    try:
        getattr(a, name)
    except AttributeError as e:
        print("AttributeError", e)

# Subclasses see metaclass attributes too; class attributes in the MRO beat metaclass non-data.
class B(A):
    pass
print(B.nondata, B.meta_method(), B.computed, B.data)
class C(metaclass=Meta):
    pass
print(C.nondata, C.data)

# A class attribute descriptor is called with obj=None and the class.
class Desc:
    def __get__(self, obj, objtype=None):
        return ("Desc", obj, objtype.__name__)
class D(metaclass=Meta):
    d = Desc()
print(D.d, D().d[0], D().d[2])

# Setting an attribute on a class with a metaclass property without setter.
try:
    A.computed = 5
except AttributeError as e:
    print("AttributeError", e)

# type's own attributes: __name__, __qualname__, __module__, __doc__, __mro__, __bases__.
print(A.__name__, A.__qualname__, A.__module__, [k.__name__ for k in B.__mro__], B.__bases__[0].__name__)
print(type(A).__name__, type(B).__name__, type(Meta).__name__, isinstance(A, Meta))
A.__name__ = "Renamed"
print(A.__name__, A.__qualname__)
A.__qualname__ = "Outer.Renamed"
print(A.__qualname__)
A.__doc__ = "new doc"
print(A.__doc__, B.__doc__)
