# hasattr(): only AttributeError means False; other exceptions propagate.
class Probe:
    present = 1
    def __init__(self):
        self.inst = 2
    @property
    def raises_attr(self):
        raise AttributeError("hidden")
    @property
    def raises_value(self):
        raise ValueError("boom")
    @property
    def raises_key(self):
        return {}["k"]
    @property
    def returns_none(self):
        return None

p = Probe()
for name in ("present", "inst", "missing", "raises_attr", "returns_none", "__class__", "__dict__"):
    print(name, hasattr(p, name))
for name in ("raises_value", "raises_key"):
    try:
        hasattr(p, name)
    except Exception as e:
        print(name, type(e).__name__, e)

# Subclasses of AttributeError also count as "missing".
class MyAttrError(AttributeError):
    pass
class Custom:
    def __getattr__(self, name):
        if name == "sub":
            raise MyAttrError("subclass error")
        if name == "stop":
            raise StopIteration
        return name
c = Custom()
print(hasattr(c, "anything"), hasattr(c, "sub"))
try:
    hasattr(c, "stop")
except StopIteration:
    print("StopIteration propagated")

# Argument validation.
for args in ((p, 1), (p,), (p, "a", "b")):
    try:
        hasattr(*args)
    except TypeError as e:
        print("TypeError", e)

# hasattr on classes, modules and builtins.
import math
print(hasattr(Probe, "present"), hasattr(Probe, "inst"), hasattr(Probe, "raises_value"))
print(hasattr(math, "pi"), hasattr(math, "nope"), hasattr(1, "real"), hasattr(None, "x"))
print(hasattr(str, "upper"), hasattr("", "upper"), hasattr(Probe, "__call__"), hasattr(5, "__call__"))

# Feature detection pattern.
class Duck:
    def quack(self):
        return "Quack"
class Robot:
    def beep(self):
        return "Beep"
def interact(thing):
    if hasattr(thing, "quack"):
        return thing.quack()
    if hasattr(thing, "beep"):
        return thing.beep()
    return "silence"
print([interact(x) for x in (Duck(), Robot(), 42)])

# hasattr calls the property getter every time (side effects are visible).
class Counting:
    calls = 0
    @property
    def value(self):
        Counting.calls += 1
        return Counting.calls
cn = Counting()
print(hasattr(cn, "value"), hasattr(cn, "value"), Counting.calls)
