# __missing__ on dict subclasses; overridden methods and which operations use them.
class Default(dict):
    def __missing__(self, key):
        return f"<{key}>"
d = Default(a=1)
print(d["a"], d["zz"], d.get("zz"), "zz" in d, len(d))
class Counting(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
c = Counting()
for w in "abca":
    c[w] += 1
print(c, type(c).__name__, isinstance(c, dict))
class Upper(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.upper())
u = Upper()
u["a"] = 1
print(u, u["A"], u["a"])
u2 = Upper({"b": 2})
u2.update({"c": 3})
print(u2, dict.__getitem__(u2, "b"))
class NoMissing(dict):
    pass
try:
    NoMissing()["x"]
except KeyError as e:
    print("KeyError:", e)
class Bad(dict):
    def __missing__(self, key):
        raise LookupError(f"no {key}")
try:
    Bad()["q"]
except LookupError as e:
    print(type(e).__name__, e)
print(repr(Default(x=1)), Default(x=1) == {"x": 1}, Default.fromkeys("ab", 0), type(Default.fromkeys("a")).__name__)
