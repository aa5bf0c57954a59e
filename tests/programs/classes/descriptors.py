# Data and non-data descriptors, __set_name__, and precedence over the instance dict.
class Typed:
    def __set_name__(self, owner, name):
        self.name = name
        self.owner = owner.__name__
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset")
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name} must be int")
        obj.__dict__[self.name] = value
class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class Model:
    size = Typed()
    label = NonData()
m = Model()
print(m.size, Model.size.name, Model.size.owner, type(Model.__dict__["size"]).__name__)
m.size = 5
print(m.size, m.__dict__)
try:
    m.size = "big"
except TypeError as e:
    print("TypeError:", e)
m.__dict__["size"] = 99
print(m.size)
print(m.label)
m.label = "instance wins"
print(m.label, Model.label)
class Counter:
    def __init__(self):
        self.calls = 0
    def __get__(self, obj, objtype=None):
        self.calls += 1
        return self.calls
class Uses:
    c = Counter()
u = Uses()
print(u.c, u.c, Uses.c)
class ReadOnly:
    def __get__(self, obj, objtype=None):
        return 1
    def __set__(self, obj, value):
        raise AttributeError("read-only descriptor")
class R:
    x = ReadOnly()
try:
    R().x = 2
except AttributeError as e:
    print("AttributeError:", e)
