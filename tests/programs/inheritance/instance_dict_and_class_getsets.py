# Assigning obj.__dict__ replaces the instance namespace; classes have __dict__/__weakref__ getset descriptors.
class D: pass
d = D(); d.x = 1
d.__dict__ = {"fresh": True}
print(d.__dict__, hasattr(d, "x"))
try:
    d.__dict__ = []
except TypeError as e:
    print(type(e).__name__, e)
class A: pass
class B(A): pass
print("__weakref__" in A.__dict__, "__weakref__" in B.__dict__, "__dict__" in B.__dict__, "__dict__" in A.__dict__)
print(type(A.__dict__["__dict__"]).__name__, list(A.__dict__))
