# Containers use repr() of their items; str() of a container is its repr.
class R:
    def __init__(self, name): self.name = name
    def __repr__(self): return f"R<{self.name}>"
    def __str__(self): return f"str:{self.name}"
items = [R("a"), R("b")]
print(items, (R("t"),), {"k": R("v")}, {R("key"): 1} if False else "skip", [[R("nested")]])
print(str(items), f"{items}", "%s" % (items,), str(R("x")), f"{R('y')}", f"{R('z')!r}")
class OnlyStr:
    def __str__(self): return "only-str"
o = OnlyStr()
print(str(o), repr(o).startswith("<__main__.OnlyStr object at"), [o][0] is o)
class BadRepr:
    def __repr__(self): return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
try:
    print([BadRepr()])
except TypeError as e:
    print("TypeError:", e)
class Recursive(list):
    pass
r = Recursive([1])
r.append(r)
print(r, repr(r))
d = {}
d["self"] = d
print(d)
class Sub(str):
    def __repr__(self): return "Sub!"
print([Sub("x")], Sub("x"), repr(Sub("x")), str(Sub("x")))
print(repr(R), repr(int), repr(None), [None, True, 1.0, "s", b"b"])
