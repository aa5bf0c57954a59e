# Assigning to __mro__ must fail; assigning a non-tuple to __bases__ must fail.
class Z: pass
try:
    Z.__mro__ = ()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Z.__bases__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    Z.__bases__ = ()
except TypeError as e:
    print(type(e).__name__, e)
print([k.__name__ for k in Z.__mro__], [k.__name__ for k in Z.__bases__])
