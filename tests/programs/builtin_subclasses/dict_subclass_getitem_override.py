# A dict subclass overriding __getitem__: subscripting uses it, but get(),
# values(), items(), copying with dict(), {**d}, ** in calls and update() read
# the underlying storage directly (as long as __iter__/keys are not overridden).
class Upper(dict):
    def __getitem__(self, key):
        print("  __getitem__", repr(key))
        return str(super().__getitem__(key)).upper()

d = Upper(a="x", b="y")
print(d["a"])
print("get:", d.get("a"), d.get("zz", "-"))
print("values:", list(d.values()), "items:", list(d.items()))
print("dict():", dict(d))
print("{**d}:", {**d})
def show(**kw):
    return sorted(kw.items())
print("**d:", show(**d))
target = {}
target.update(d)
print("update:", target)
print("copy:", d.copy(), type(d.copy()).__name__)
print("pop:", d.pop("b"), d)
print("setdefault:", d.setdefault("a", "new"))
print("in:", "a" in d, "repr:", repr(d))
print("format_map:", "{a}".format_map(d))
print("dict.__getitem__:", dict.__getitem__(d, "a"))
print("keys:", list(d.keys()), list(dict.__iter__(d)))
print("eq:", d == {"a": "x"})
print("fromkeys type:", type(Upper.fromkeys("ab")).__name__, Upper.fromkeys("ab", 0))

class WithKeys(dict):
    def keys(self):
        print("  keys() called")
        return ["a"]
    def __getitem__(self, key):
        print("  __getitem__", key)
        return 99
w = WithKeys(a=1, b=2)
print("dict(w):", dict(w))
print("{**w}:", {**w})
t = {}
t.update(w)
print("update(w):", t)

class Mapping:
    def keys(self):
        return ["m", "n"]
    def __getitem__(self, key):
        return key * 2
print("mapping:", dict(Mapping()), {**Mapping()}, show(**Mapping()))
try:
    dict(42)
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict(["ab", "cde"])
except ValueError as e:
    print(type(e).__name__, e)
