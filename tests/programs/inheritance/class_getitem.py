# __class_getitem__: implicit classmethod, precedence versus metaclass __getitem__.
class Box:
    def __class_getitem__(cls, item):
        return "%s[%s]" % (cls.__name__, item.__name__ if isinstance(item, type) else repr(item))

print(Box[int], Box["x"], Box[1, 2], Box[Box])
print(type(Box.__dict__["__class_getitem__"]).__name__)

class SubBox(Box):
    pass
print(SubBox[str])

# Instances are not subscriptable through __class_getitem__
try:
    Box()[int]
except TypeError as e:
    print(type(e).__name__, e)

# Classes without it
class Plain:
    pass
try:
    Plain[int]
except TypeError as e:
    print(type(e).__name__, e)

# Metaclass __getitem__ takes precedence
class Meta(type):
    def __getitem__(cls, item):
        return "Meta.__getitem__(%s, %r)" % (cls.__name__, item)
class Both(metaclass=Meta):
    def __class_getitem__(cls, item):
        return "__class_getitem__"
print(Both[0])

# An explicit classmethod works the same
class Explicit:
    @classmethod
    def __class_getitem__(cls, item):
        return ("explicit", cls.__name__, item)
print(Explicit[5])

# Building a tiny typed-container factory
class TypedList:
    _cache = {}
    def __class_getitem__(cls, item_type):
        if item_type not in cls._cache:
            def append(self, x):
                if not isinstance(x, item_type):
                    raise TypeError("expected %s, got %s" % (item_type.__name__, type(x).__name__))
                self.items.append(x)
            def __init__(self):
                self.items = []
            cls._cache[item_type] = type("TypedList_" + item_type.__name__, (cls,), {"append": append, "__init__": __init__})
        return cls._cache[item_type]

IntList = TypedList[int]
il = IntList()
il.append(1); il.append(2)
try:
    il.append("3")
except TypeError as e:
    print(type(e).__name__, e)
print(il.items, IntList.__name__, TypedList[int] is IntList, isinstance(il, TypedList))

# Builtin generic aliases
print(list[int], dict[str, int], tuple[int, ...])
print(type(list[int]).__name__, list[int].__origin__ is list, list[int].__args__)
print(list[int]([1, 2]), isinstance([1], list))
try:
    isinstance([1], list[int])
except TypeError as e:
    print(type(e).__name__, e)

# Non-callable __class_getitem__
class Broken:
    __class_getitem__ = 5
try:
    Broken[1]
except TypeError as e:
    print(type(e).__name__, e)
