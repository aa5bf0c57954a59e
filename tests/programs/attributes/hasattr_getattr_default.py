"""hasattr() and getattr() with a default: every way an attribute can be
missing (nothing found, AttributeError from a hook or a descriptor) gives
False or the default; any other exception goes through."""

import sys


class Plain:
    klass = "class value"

    def __init__(self):
        self.own = "own value"

    def method(self):
        return "method"


class WithGetattr:
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return f"computed {name}"
        if name == "boom":
            raise KeyError("not an AttributeError")
        raise AttributeError(f"no {name} here")


class WithGetattribute:
    def __getattribute__(self, name):
        if name == "visible":
            return "seen"
        if name == "broken":
            raise ValueError("broken lookup")
        raise AttributeError(name)


class WithProperty:
    @property
    def missing(self):
        raise AttributeError("property says missing")

    @property
    def failing(self):
        raise RuntimeError("property fails")

    @property
    def fine(self):
        return "property value"


class PropertyAndGetattr(WithProperty):
    def __getattr__(self, name):
        return f"fallback for {name}"


class Slotted:
    __slots__ = ("filled", "empty")

    def __init__(self):
        self.filled = 1


plain = Plain()
for name in ["own", "klass", "method", "absent", "__class__", "__dict__", "__weakref__"]:
    print("Plain", name, hasattr(plain, name), getattr(plain, name, "<default>") != "<default>")

dynamic = WithGetattr()
print(hasattr(dynamic, "dyn_x"), getattr(dynamic, "dyn_y", None), hasattr(dynamic, "other"))
print(getattr(dynamic, "other", "default"))
for call in (lambda: hasattr(dynamic, "boom"), lambda: getattr(dynamic, "boom", 1)):
    try:
        call()
    except KeyError as error:
        print("KeyError went through:", error)

hidden = WithGetattribute()
print(hasattr(hidden, "visible"), hasattr(hidden, "anything"), getattr(hidden, "anything", 7))
try:
    hasattr(hidden, "broken")
except ValueError as error:
    print("ValueError went through:", error)

with_property = WithProperty()
print(hasattr(with_property, "missing"), getattr(with_property, "missing", "dflt"))
print(hasattr(with_property, "fine"), getattr(with_property, "fine", "dflt"))
try:
    hasattr(with_property, "failing")
except RuntimeError as error:
    print("RuntimeError went through:", error)
both = PropertyAndGetattr()
print(getattr(both, "missing", "dflt"), hasattr(both, "anything"))

slotted = Slotted()
print(hasattr(slotted, "filled"), hasattr(slotted, "empty"), getattr(slotted, "empty", "unset"))

module = sys.modules[__name__]
module.present = 1
print(hasattr(module, "present"), hasattr(module, "absent"), getattr(module, "absent", "none"))
module.__getattr__ = lambda name: f"module hook {name}"
print(hasattr(module, "absent"), getattr(module, "absent", "none"))

print(hasattr(Plain, "method"), hasattr(Plain, "own"), getattr(Plain, "own", "instance only"))
print(hasattr(3, "real"), hasattr(3, "imag"), hasattr(3, "nope"), getattr(3.5, "nope", "d"))
print(hasattr(sys, "path"), hasattr(sys, "no_such_thing"))
print(getattr(None, "x", "none has no x"), hasattr(len, "__name__"))

try:
    getattr(plain, "absent")
except AttributeError as error:
    print(error, error.name, error.obj is plain)
try:
    hasattr(plain, 3)
except TypeError as error:
    print(error)
try:
    getattr(plain, 3, None)
except TypeError as error:
    print(error)
