# Subclasses reach the built-in behaviour through super() and the types' dunders.
class LoggingDict(dict):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)
    def __getitem__(self, key):
        return super().__getitem__(key) * 10
    def __delitem__(self, key):
        print("del", key)
        super().__delitem__(key)
d = LoggingDict()
d["a"] = 1
d["b"] = 2
del d["a"]
print(d["b"], d, len(d), dict.__getitem__(d, "b"))
class CountingList(list):
    def __len__(self):
        return super().__len__() + 100
    def __contains__(self, item):
        return super().__contains__(item) or item == "always"
    def __iter__(self):
        return iter(sorted(super().__iter__()))
c = CountingList([3, 1, 2])
print(len(c), "always" in c, 2 in c, 9 in c, list(c), c[0])
class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, name, value):
        raise AttributeError(f"{name} is read-only")
f = Frozen(5)
print(f.x, object.__getattribute__(f, "x"))
try:
    f.x = 6
except AttributeError as e:
    print("AttributeError:", e)
print(int.__add__(2, 3), int.__add__(2, 1.5), float.__add__(1.5, 2), (5).__neg__(), (2.5).__floor__())
print(str.__len__("abcd"), list.__getitem__([1, 2, 3], -1), tuple.__contains__((1, 2), 2), "x".__mul__(3))
print(object.__eq__(f, f), object.__eq__(f, 1), object.__ne__(f, 1), object.__hash__(f) == hash(f))
print(int.__eq__(1, 1.0), float.__eq__(1.0, 1), (3).__lt__(4), (3).__round__(), (2.675).__round__(2))
print(repr(list.__repr__([1, 2])), int.__repr__(7), str.__format__("ab", ">4"), format(Frozen(1), "")[:9])
