# Writing/deleting attributes of built-in objects and types: CPython's messages.
for target, name in [(1, "real"), ("s", "upper"), ([], "append"), (object(), "x"), (1.5, "imag")]:
    try:
        delattr(target, name)
    except (AttributeError, TypeError) as e:
        print("del", type(e).__name__, e)
    try:
        setattr(target, name, 0)
    except (AttributeError, TypeError) as e:
        print("set", type(e).__name__, e)
for cls, name in [(int, "real"), (str, "upper"), (list, "brand_new"), (object, "x")]:
    try:
        delattr(cls, name)
    except (AttributeError, TypeError) as e:
        print("del", type(e).__name__, e)
    try:
        setattr(cls, name, 0)
    except (AttributeError, TypeError) as e:
        print("set", type(e).__name__, e)
try:
    object.__setattr__(int, "x", 2)
except TypeError as e:
    print("TypeError", e)
try:
    object.__delattr__(str, "upper")
except TypeError as e:
    print("TypeError", e)
class A:
    pass
try:
    object.__setattr__(A, "x", 2)
except TypeError as e:
    print("TypeError", e)
type.__setattr__(A, "y", 3)
print(A.y)
try:
    type.__setattr__(int, "y", 3)
except TypeError as e:
    print("TypeError", e)
# Same rule for user classes without an instance __dict__: a class attribute is "read-only" through instances.
class Config:
    __slots__ = ("value",)
    default = 10
    def method(self):
        pass
c = Config()
for name in ("default", "method"):
    try:
        setattr(c, name, 5)
    except AttributeError as e:
        print("AttributeError", e)
    try:
        delattr(c, name)
    except AttributeError as e:
        print("AttributeError", e)
# Built-in getset descriptors are data descriptors even on subclasses that have a __dict__.
class Temperature(float):
    pass
tp = Temperature(100)
try:
    tp.real = 5
except AttributeError as e:
    print("AttributeError", e)
print(tp.real, vars(tp))
