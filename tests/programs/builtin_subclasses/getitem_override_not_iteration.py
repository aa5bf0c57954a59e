# Overriding __getitem__ on a list/tuple/str subclass does not change how it
# is iterated: the base type's __iter__ reads the storage directly.  Only
# reversed() of tuple/str (which have no __reversed__) goes through __getitem__.
class T(tuple):
    def __getitem__(self, i):
        if isinstance(i, int) and i > 5:
            raise IndexError(i)
        return ("g", i)
class L(list):
    def __getitem__(self, i):
        if isinstance(i, int) and i > 5:
            raise IndexError(i)
        return ("g", i)
class S(str):
    def __getitem__(self, i):
        if isinstance(i, int) and i > 5:
            raise IndexError(i)
        return ("g", i)

for obj in [T((1, 2)), L([1, 2]), S("ab")]:
    name = type(obj).__name__
    print(name, "index", obj[0], obj[1:])
    print(name, "list", list(obj), "tuple", tuple(obj))
    print(name, "comp", [x for x in obj], "iter", list(iter(obj)), "sorted", sorted(obj))
    print(name, "reversed", list(reversed(obj)))
    a, b = obj
    print(name, "unpack", a, b, "star", *obj)
    print(name, "min/max", min(obj), max(obj), "len", len(obj), "enumerate", list(enumerate(obj)))
    print(name, "set", sorted(set(obj)), "dict.fromkeys", list(dict.fromkeys(obj)))
print("".join(S("xy")), "-".join(L(["p", "q"])), "+".join(T(("r", "s"))))

class Loud(list):
    def __getitem__(self, i):
        print("  __getitem__", i)
        return list.__getitem__(self, i)
lo = Loud([10, 20])
for v in lo:
    print("  loop", v)
print(sum(lo), lo[1], lo.index(20), lo.pop(), lo)

class D(dict):
    def __getitem__(self, key):
        return dict.__getitem__(self, key) * 10
dd = D(a=1, b=2)
print("dict iteration:", [k for k in dd], list(dd), dd["a"])
