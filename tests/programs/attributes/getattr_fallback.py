# __getattr__ is only a fallback after __getattribute__ raises AttributeError.
class Fallback:
    cls_attr = "class"
    def __init__(self):
        self.inst = "instance"
        self.calls = []
    def __getattr__(self, name):
        self.calls.append(name)
        if name.startswith("missing_"):
            raise AttributeError(f"no {name} here")
        return name.upper()
    @property
    def broken(self):
        raise AttributeError("inner problem")
    @property
    def other_error(self):
        raise ValueError("not an attribute error")

f = Fallback()
print(f.inst, f.cls_attr, f.dynamic, f.calls)
print(f.broken, f.calls)
try:
    f.other_error
except ValueError as e:
    print("ValueError", e)
try:
    f.missing_thing
except AttributeError as e:
    print("AttributeError", e)
print(getattr(f, "missing_x", "default"), hasattr(f, "missing_y"), hasattr(f, "present"))
print(f.calls)

# __getattr__ is looked up on the type, not on the instance.
class Plain:
    pass
p = Plain()
p.__getattr__ = lambda name: "instance hook"
try:
    p.nothing
except AttributeError as e:
    print("AttributeError", e)
Plain.__getattr__ = lambda self, name: "class hook " + name
print(p.nothing)
del Plain.__getattr__
print(hasattr(p, "nothing"))

# Inherited __getattr__ and super() chaining.
class Base:
    def __getattr__(self, name):
        return "base:" + name
class Child(Base):
    def __getattr__(self, name):
        if name == "special":
            return "child special"
        return super().__getattr__(name)
c = Child()
print(c.special, c.general)

# __getattr__ that recursively touches a missing attribute (guarded).
class Careful:
    def __init__(self):
        self.data = {"a": 1}
    def __getattr__(self, name):
        if name == "data":
            raise AttributeError(name)
        try:
            return self.data[name]
        except KeyError:
            raise AttributeError(f"{type(self).__name__} has no {name!r}") from None
cf = Careful()
print(cf.a)
try:
    cf.b
except AttributeError as e:
    print("AttributeError", e)
blank = Careful.__new__(Careful)
try:
    blank.a
except AttributeError as e:
    print("AttributeError", e)

# __getattr__ is not consulted for special method lookups by operators.
class Dyn:
    def __getattr__(self, name):
        return lambda *a: 99
d = Dyn()
print(d.__len__())
try:
    len(d)
except TypeError as e:
    print("TypeError", e)
