# Built-in functions: __self__ is their module, __doc__ is set, __name__ is a read-only getset.
import math
print(type(math.sqrt.__self__).__name__, math.sqrt.__self__.__name__, len.__self__.__name__)
print(len.__doc__.splitlines()[0])
print(math.sqrt.__doc__)
try:
    len.__name__ = "length"
except AttributeError as e:
    print("AttributeError", e)
try:
    del len.__qualname__
except AttributeError as e:
    print("AttributeError", e)
print(len.__name__)
