# type.__getattribute__: a data descriptor on the metaclass beats the class's own __dict__ entry;
# type attribute setters validate (__name__, __qualname__) and __mro__ is read-only.
class MetaDesc:
    def __get__(self, obj, objtype=None):
        return f"meta data descriptor for {obj.__name__ if obj is not None else None}"
    def __set__(self, obj, value):
        print("MetaDesc.__set__", obj.__name__, value)
class Meta(type):
    data = MetaDesc()
    @property
    def prop(cls):
        return "meta property"
class A(metaclass=Meta):
    data = "class dict data"
    prop = "class dict prop"
class B(A):
    pass
print(A.data, "|", B.data, "|", A.prop, "|", B.prop)
print(A().data, A().prop)
try:
    A.__name__ = 5
except TypeError as e:
    print("TypeError", e)
try:
    A.__qualname__ = None
except TypeError as e:
    print("TypeError", e)
try:
    A.__mro__ = ()
except AttributeError as e:
    print("AttributeError", e)
try:
    del A.__name__
except TypeError as e:
    print("TypeError", e)
print(A.__name__)
