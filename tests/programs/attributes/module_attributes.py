# Module attributes: __dict__, vars(), setattr/delattr, module-level __getattr__ (PEP 562).
import sys
import math

this = sys.modules[__name__]
print(type(this).__name__, this.__name__, vars(this) is globals(), this.__dict__ is globals())
print(vars(math) is math.__dict__, type(vars(math)).__name__, "sqrt" in vars(math), math.__name__)

GLOBAL_VALUE = 10
print(this.GLOBAL_VALUE, getattr(this, "GLOBAL_VALUE"))
setattr(this, "ADDED", "via setattr")
print(ADDED)
this.OTHER = 5
print(OTHER, "OTHER" in globals())
del this.OTHER
print("OTHER" in globals())
try:
    this.OTHER
except AttributeError as e:
    print("AttributeError", e)
try:
    math.no_such_function
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(math, "pi"), hasattr(math, "tau"), hasattr(math, "nope"))

# Module-level __getattr__ is called for missing module attributes (not for globals lookups).
def __getattr__(name):
    if name.startswith("lazy_"):
        return f"lazily made {name}"
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
print(this.lazy_thing, getattr(this, "lazy_other"))
print(getattr(this, "absent", "default"), hasattr(this, "lazy_x"), hasattr(this, "absent"))
try:
    this.absent
except AttributeError as e:
    print("AttributeError", e)
try:
    lazy_name_as_global
except NameError as e:
    print("NameError", e)

# Modules can be given arbitrary attributes, including dunders.
this.__custom__ = "custom"
print(this.__custom__, globals()["__custom__"])
# math module attributes are ordinary (writable) module attributes.
math.my_const = 3
print(math.my_const)
del math.my_const
print(hasattr(math, "my_const"))
# Module __name__ and __doc__ are ordinary attributes too.
print(this.__doc__)
