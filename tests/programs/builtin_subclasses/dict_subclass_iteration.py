# dict subclass overriding __iter__, keys, items, __len__ and __contains__:
# which operations notice the overrides.
class Sorted(dict):
    def __iter__(self):
        print("  __iter__")
        return iter(sorted(super().__iter__()))

s = Sorted(c=3, a=1, b=2)
print("for:", [k for k in s])
print("list:", list(s))
print("keys:", list(s.keys()))
print("items:", list(s.items()))
print("repr:", s)
print("dict():", dict(s))
print("{**s}:", {**s})
print("unpack:", [*s])
print("sorted:", sorted(s, reverse=True))
print("len/in:", len(s), "a" in s)

class Len(dict):
    def __len__(self):
        return 42
    def __contains__(self, key):
        return key == "magic"
ln = Len(x=1)
print(len(ln), bool(ln), bool(Len()), "magic" in ln, "x" in ln, ln.get("x"), list(ln), ln)
print(ln.__contains__("x"), dict.__contains__(ln, "x"), dict.__len__(ln))

class Items(dict):
    def items(self):
        return [("fake", 0)]
    def values(self):
        return ["v"]
it = Items(real=1)
print(list(it.items()), list(it.values()), dict(it), {**it}, repr(it), sorted(it))
out = {}
out.update(it)
print(out)
