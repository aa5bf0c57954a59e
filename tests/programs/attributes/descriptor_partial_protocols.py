# Descriptors implementing only part of the protocol (__delete__ only, __set__ only, no __set__).
# Only __delete__: a data descriptor; setting fails, get falls to class lookup.
class OnlyDelete:
    def __delete__(self, obj):
        print("OnlyDelete.__delete__", type(obj).__name__)
class B:
    y = OnlyDelete()
b = B()
print(type(b.y).__name__)
del b.y
try:
    b.y = 3
except AttributeError as e:
    print("AttributeError", e)
b.__dict__["y"] = "dict value"
print(type(b.y).__name__)

# Only __set__: instance dict does not win on lookup since it's a data descriptor,
# but there is no __get__, so the descriptor object itself comes back
# unless the instance dict has the key.
class OnlySet:
    def __set__(self, obj, value):
        print("OnlySet.__set__", value)
        obj.__dict__["z"] = value * 2
class C:
    z = OnlySet()
c = C()
print(type(c.z).__name__)
c.z = 5
print(c.z, c.__dict__)
try:
    del c.z
except AttributeError as e:
    print("AttributeError", e)
print(c.__dict__)

# Only __get__ + __delete__: setting raises AttributeError about __set__.
class GetDel:
    def __get__(self, obj, objtype=None):
        return "getdel"
    def __delete__(self, obj):
        print("GetDel delete")
class D:
    w = GetDel()
d = D()
print(d.w)
del d.w
try:
    d.w = 1
except AttributeError as e:
    print("AttributeError", e)
print(d.__dict__)
