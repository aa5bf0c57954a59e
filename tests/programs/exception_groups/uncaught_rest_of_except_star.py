# What except* does not handle escapes as a group of the same shape.

try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("inner", [KeyError("k")])])
except* TypeError:
    print("handled the TypeError")
