# Calling object.__getattribute__/__setattr__/__delattr__ and type.__getattribute__ explicitly.
class Thing:
    cls_attr = "class"
    def __init__(self):
        self.inst = "instance"
    def __getattr__(self, name):
        return f"fallback {name}"
    def method(self):
        return "method"

t = Thing()
print(object.__getattribute__(t, "inst"), object.__getattribute__(t, "cls_attr"))
print(object.__getattribute__(t, "method")())
try:
    object.__getattribute__(t, "missing")
except AttributeError as e:
    print("AttributeError", e)
print(t.missing, getattr(t, "missing"))

object.__setattr__(t, "direct", 1)
print(t.direct, vars(t))
object.__delattr__(t, "direct")
print(t.direct)
try:
    object.__delattr__(t, "direct")
except AttributeError as e:
    print("AttributeError", e)

# type.__getattribute__ on classes.
print(type.__getattribute__(Thing, "cls_attr"), type.__getattribute__(Thing, "__name__"))
try:
    type.__getattribute__(Thing, "nope")
except AttributeError as e:
    print("AttributeError", e)

# object.__getattribute__ applies descriptors.
class P:
    @property
    def prop(self):
        return "property value"
    @classmethod
    def cm(cls):
        return cls.__name__
p = P()
print(object.__getattribute__(p, "prop"), object.__getattribute__(p, "cm")())
# Wrong argument counts and types.
try:
    object.__getattribute__(p)
except TypeError as e:
    print("TypeError", e)
try:
    object.__getattribute__(p, None)
except TypeError as e:
    print("TypeError", e)
# Method lookups through the type.
print(Thing.__getattribute__ is object.__getattribute__, Thing.__setattr__ is object.__setattr__)
bound = t.__getattribute__
print(bound("inst"), bound("cls_attr"))
try:
    bound("missing")
except AttributeError as e:
    print("AttributeError", e)
# Builtin instances: object.__getattribute__ on a str.
print(object.__getattribute__("abc", "upper")(), object.__getattribute__(5, "real"))
