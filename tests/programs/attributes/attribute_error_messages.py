# Exact AttributeError messages for many kinds of objects, plus .name and .obj.
import math

class A:
    pass
class B(A):
    cls_attr = 1

cases = [
    ("instance", A(), "missing"),
    ("subclass instance", B(), "nope"),
    ("class", A, "missing"),
    ("metaclass attr", type, "nothing"),
    ("int", 5, "foo"),
    ("float", 1.5, "foo"),
    ("str", "s", "foo"),
    ("list", [], "push"),
    ("dict", {}, "has_key"),
    ("tuple", (), "append"),
    ("None", None, "value"),
    ("bool", True, "x"),
    ("module", math, "tau2"),
    ("function", len, "whatever"),
    ("lambda", lambda: 0, "whatever"),
    ("type int", int, "foo"),
    ("object()", object(), "foo"),
]
for label, obj, name in cases:
    try:
        getattr(obj, name)
    except AttributeError as e:
        print(f"{label}: {e}")
        print("  name:", e.name, "| obj is target:", e.obj is obj, "| args:", e.args)

# AttributeError raised manually has name/obj None unless given.
e = AttributeError("custom message")
print(e.name, e.obj, e.args, str(e))
e3 = AttributeError()
print(repr(str(e3)), e3.args)

# Setting attributes on objects that can't have them.
for obj in (5, "s", None, object(), (1,)):
    try:
        obj.new_attr = 1
    except AttributeError as e:
        print("set:", e)

# Class-level misses with metaclass.
class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    pass
try:
    WithMeta.nothing
except AttributeError as e:
    print(e)

# Error from inside a method is not confused with a missing method.
class Inner:
    def method(self):
        return self.missing_inside
try:
    Inner().method()
except AttributeError as e:
    print(e, "| name:", e.name)
# Messages quote names verbatim.
try:
    getattr(A(), "weird name!")
except AttributeError as e:
    print(e)
try:
    getattr(A(), "")
except AttributeError as e:
    print(repr(str(e)))
