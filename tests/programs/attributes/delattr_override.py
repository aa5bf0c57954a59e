# __delattr__ overrides, object.__delattr__ and error messages on deletion.
class Tracker:
    def __init__(self):
        self.a = 1
        self.b = 2
        self.protected = 3
    def __delattr__(self, name):
        print("deleting", name)
        if name == "protected":
            raise AttributeError(f"{name} may not be deleted")
        object.__delattr__(self, name)

t = Tracker()
del t.a
print(sorted(vars(t)))
delattr(t, "b")
print(sorted(vars(t)))
try:
    del t.protected
except AttributeError as e:
    print("AttributeError", e)
try:
    del t.never
except AttributeError as e:
    print("AttributeError", e)
print(sorted(vars(t)))

# Plain objects: deleting missing instance attribute vs class attribute.
class Plain:
    cls_attr = "on class"
    def method(self):
        return 1
p = Plain()
p.x = 1
del p.x
for name in ("x", "cls_attr", "method"):
    try:
        delattr(p, name)
    except AttributeError as e:
        print("AttributeError", e)
print(p.cls_attr, Plain.cls_attr)
# Deleting class attributes through the class.
del Plain.cls_attr
try:
    del Plain.cls_attr
except AttributeError as e:
    print("AttributeError", e)
try:
    p.cls_attr
except AttributeError as e:
    print("AttributeError", e)

# __delattr__ called for del on properties too, and super() chaining.
class Box:
    def __init__(self):
        self._v = 5
    @property
    def v(self):
        return self._v
    @v.deleter
    def v(self):
        print("property deleter")
        del self._v
    def __delattr__(self, name):
        print("Box.__delattr__", name)
        super().__delattr__(name)
b = Box()
del b.v
print(hasattr(b, "_v"), vars(b))

try:
    delattr(Plain, "missing")
except AttributeError as e:
    print("AttributeError", e)
try:
    object.__delattr__(p, "nothing")
except AttributeError as e:
    print("AttributeError", e)
