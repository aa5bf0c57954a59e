# Nested groups, one raised with its own traceback, and a chained member.

def inner():
    raise ExceptionGroup("inner", [KeyError("k")])
try:
    inner()
except ExceptionGroup as e:
    nested = e
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as t:
    chained = t
raise ExceptionGroup("top", [nested, chained])
