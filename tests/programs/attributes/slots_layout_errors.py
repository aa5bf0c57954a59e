# Class-creation errors for __slots__: layout conflicts, bad names, duplicate __dict__/__weakref__, int subtypes.
class Base:
    __slots__ = ("a",)
class Other:
    __slots__ = ("o",)
try:
    class Both(Base, Other):
        pass
except TypeError as ex:
    print("TypeError", ex)
for slots in (("1abc",), ("a-b",), ("__dict__", "__dict__"), ("__weakref__", "__weakref__")):
    try:
        type("T", (), {"__slots__": slots})
    except TypeError as ex:
        print("TypeError", ex)
class WithDict:
    __slots__ = ("__dict__",)
try:
    class Again(WithDict):
        __slots__ = ("__dict__",)
except TypeError as e:
    print("TypeError", e)
class Plain:
    pass
try:
    class Again2(Plain):
        __slots__ = ("__weakref__",)
except TypeError as e:
    print("TypeError", e)
for base in (int, tuple, bytes):
    try:
        type("Sub", (base,), {"__slots__": ("extra",)})
    except TypeError as ex:
        print("TypeError", ex)
