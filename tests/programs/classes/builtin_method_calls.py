"""Method calls on built-in objects through the method cache: an instance attribute that shadows, subclasses overriding methods, a class patched between calls, errors."""
def f(): pass
f.copy = lambda: "instance attr wins"
print(f.copy())
class L(list):
    def append(self, x):
        print("L.append", x)
        super().append(x * 2)
items = [L(), [], L()]
for it in items * 2:
    it.append(1)
print(items)
class D(dict): pass
d = D()
for i in range(3):
    print(d.get(i, "none"))
    D.get = lambda self, k, default=None: ("patched", k)
print(" a b ".split(), "x".join("abc"), b"a,b".split(b","))
for s in ["a", 1, "b"]:
    try:
        print(s.upper())
    except AttributeError as e:
        print(e)
import math
print(math.sqrt(4.0), math.floor(2.5))
class E(Exception): pass
e = E("x")
print(e.with_traceback(None) is e, e.args)
g = (x for x in range(2))
print(g.__next__(), g.send(None))
