# dict subclass __missing__ is consulted only by d[key] (subscript), never by
# get, in, setdefault, pop, or by other dict methods.
class Defaulting(dict):
    def __missing__(self, key):
        print("  __missing__", repr(key))
        return f"<{key}>"

d = Defaulting(a=1)
print(d["a"], d["zz"], d)
print(d.get("zz"), d.get("zz", "dflt"), "zz" in d, d.setdefault("s", 0), d)
try:
    d.pop("nothere")
except KeyError as e:
    print(type(e).__name__, e)
print(d.pop("nothere", "popdflt"), d.__getitem__("via dunder"), dict.get(d, "q"))
try:
    dict.__getitem__(d, "direct")
except KeyError as e:
    print("dict.__getitem__ calls __missing__? no ->", type(e).__name__, e)
print({**d}, dict(d), list(d.values()))
print("format_map:", "{x}-{a}".format_map(d))

class Counter(dict):
    def __missing__(self, key):
        return 0
    def add(self, items):
        for item in items:
            self[item] += 1
        return self
c = Counter().add("mississippi")
print(sorted(c.items()), c["z"], "z" in c, len(c))

class AutoVivify(dict):
    def __missing__(self, key):
        value = self[key] = AutoVivify()
        return value
tree = AutoVivify()
tree["a"]["b"]["c"] = 1
tree["a"]["x"] = 2
print(tree, type(tree["a"]).__name__)

class Raising(dict):
    def __missing__(self, key):
        raise LookupError(f"no {key!r} here")
r = Raising()
try:
    r["k"]
except LookupError as e:
    print(type(e).__name__, e)

class NotCallable(dict):
    __missing__ = "oops"
try:
    NotCallable()["k"]
except TypeError as e:
    print(type(e).__name__, e)

class Plain(dict):
    pass
try:
    Plain()["absent"]
except KeyError as e:
    print(type(e).__name__, e)
p = Plain()
p.__missing__ = lambda key: "instance attr ignored"
try:
    p["absent"]
except KeyError as e:
    print(type(e).__name__, e)
Plain.__missing__ = lambda self, key: "added later"
print(p["absent"])
del Plain.__missing__
try:
    p["absent"]
except KeyError as e:
    print(type(e).__name__, e)
