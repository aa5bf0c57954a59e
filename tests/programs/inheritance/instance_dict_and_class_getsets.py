# Assigning obj.__dict__ replaces the instance namespace (a dict is required).
class D: pass
d = D(); d.x = 1
d.__dict__ = {"fresh": True}
print(d.__dict__, hasattr(d, "x"))
try:
    d.__dict__ = []
except TypeError as e:
    print(type(e).__name__, e)
