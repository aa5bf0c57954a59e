# Attribute loads on modules in a loop see every change to the module's
# namespace: new values, deletions, additions, __getattr__ (PEP 562).
import math
import sys

import _attribute_target as mod

total = 0.0
for i in range(5):
    total += math.sqrt(i * i)
print(total, math.pi > 3)


def use(module):
    out = []
    for _ in range(2):
        out.append(module.f())
        out.append(module.value)
    return out


print(use(mod))
mod.f = lambda: "second"
print(use(mod))
mod.extra = 0
print(use(mod))
del mod.value
try:
    use(mod)
except AttributeError as error:
    print(error)


def module_getattr(name):
    return f"computed {name}"


mod.__getattr__ = module_getattr
print(use(mod))
mod.value = 5
print(use(mod))


sys.modules["mod"] = mod
import mod as again
print(again is mod, again.value)
vars(mod)["value"] = 9
print(use(mod))
from _attribute_target import anything
print(anything, hasattr(mod, "whatever"), getattr(mod, "other"))
del mod.__getattr__
print(hasattr(mod, "whatever"))
