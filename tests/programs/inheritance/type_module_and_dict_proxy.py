# type(name, bases, ns) takes __module__ from the caller's globals; class __dict__ is a mappingproxy.
T = type("T", (), {})
print(T.__module__)
class A:
    x = 1
d = A.__dict__
print(type(d).__name__, d["x"])
try:
    d["y"] = 2
except TypeError as e:
    print(type(e).__name__, e)
