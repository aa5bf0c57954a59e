# dict subclass __setitem__/__delitem__ overrides are used by d[k] = v and
# del d[k], but not by the constructor, update(), setdefault(), pop() or |=.
class Logged(dict):
    def __setitem__(self, key, value):
        print("  __setitem__", repr(key), repr(value))
        super().__setitem__(key, value)
    def __delitem__(self, key):
        print("  __delitem__", repr(key))
        super().__delitem__(key)

print("constructor:")
d = Logged({"a": 1}, b=2)
print("subscript:")
d["c"] = 3
d["c"] += 1
print("update:")
d.update({"x": 9}, y=8)
d.update([("z", 7)])
print("setdefault:")
d.setdefault("s", 0)
print("ior:")
d |= {"o": 5}
print("dict.__setitem__:")
dict.__setitem__(d, "direct", 1)
print("del:")
del d["direct"]
print("pop / popitem / clear:")
d.pop("o")
d.popitem()
print(d)
print("fromkeys:")
fk = Logged.fromkeys(["p", "q"], 0)
print(fk, type(fk).__name__)
print("copy:")
cp = d.copy()
print(type(cp).__name__)
print("or:")
merged = d | {"m": 1}
print(type(merged).__name__, merged)
d.clear()
print(d, len(d))

class Lowercase(dict):
    def __init__(self, *args, **kwargs):
        super().__init__()
        self.update(*args, **kwargs)
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def update(self, *args, **kwargs):
        for k, v in dict(*args, **kwargs).items():
            self[k] = v
lc = Lowercase({"A": 1}, B=2)
lc["C"] = 3
lc.update(D=4)
lc.setdefault("E", 5)
print(sorted(lc.items()))
lc2 = Lowercase.fromkeys(["X", "Y"])
print(sorted(lc2), type(lc2).__name__)

class ReadOnly(dict):
    def __readonly(self, *args, **kwargs):
        raise TypeError(f"{type(self).__name__} is read-only")
    __setitem__ = __delitem__ = __readonly
ro = ReadOnly(k=1)
for action in [lambda: ro.__setitem__("k", 2), lambda: ro.__delitem__("k")]:
    try:
        action()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    ro["new"] = 1
except TypeError as e:
    print(type(e).__name__, e)
ro.update(sneaky=True)
print(ro)
