# Module-level __dir__ (PEP 562), deleting a missing module attribute, module __dict__ is read-only.
import sys
import math
this = sys.modules[__name__]
print(dir(math)[:8])
print([n for n in dir(this) if n.startswith('__')])
def __dir__():
    return ["b_item", "a_item"]
print(dir(this))
try:
    del math.no_such_function
except AttributeError as e:
    print("AttributeError", e)
try:
    delattr(this, "missing_global")
except AttributeError as e:
    print("AttributeError", e)
try:
    this.__dict__ = {}
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
print(type(math.__doc__).__name__)
