# Reference cycles: collected by gc, shown as [...] and {...} by repr.
import gc
print(gc.isenabled(), gc.collect() >= 0)
class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None
a, b = Node("a"), Node("b")
a.peer, b.peer = b, a
del a, b
print(gc.collect() >= 0)
x = [1]
x.append(x)
print(x, len(str(x)))
d = {}
d["self"] = d
print(d)
class R:
    def __repr__(self):
        return f"R({self.items})"
r = R()
r.items = [r]
print(r)
