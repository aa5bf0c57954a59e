# __getattr__ robustness when attributes are not initialised yet (e.g. objects made with __new__).
class Wrapper:
    def __init__(self, wrapped):
        self._wrapped = wrapped
    def __getattr__(self, name):
        if name == "_wrapped":
            raise AttributeError(f"{type(self).__name__} is not initialised")
        return getattr(self._wrapped, name)

w = Wrapper([3, 1, 2])
print(w.count(1), w.index(2))
blank = Wrapper.__new__(Wrapper)
for name in ("_wrapped", "count"):
    try:
        getattr(blank, name)
    except AttributeError as e:
        print("AttributeError", e)
print(hasattr(blank, "anything"))

# Without the guard, missing state leads to recursion: caught and reported.
class Naive:
    def __init__(self):
        self.data = {}
    def __getattr__(self, name):
        return self.data[name]
naive = Naive.__new__(Naive)
try:
    naive.x
except RecursionError:
    print("RecursionError caught")

# Attribute defaults via __getattr__ consulting the class's defaults table.
class WithDefaults:
    defaults = {"color": "red", "size": 1}
    def __getattr__(self, name):
        defaults = type(self).defaults
        if name in defaults:
            return defaults[name]
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
wd = WithDefaults()
print(wd.color, wd.size)
wd.color = "blue"
print(wd.color, vars(wd))
try:
    wd.weight
except AttributeError as e:
    print("AttributeError", e)

# __init__ that uses __setattr__ hooks depending on state set earlier.
class Locked:
    def __init__(self, **attrs):
        object.__setattr__(self, "_locked", False)
        for k, v in attrs.items():
            setattr(self, k, v)
        self._locked = True
    def __setattr__(self, name, value):
        if getattr(self, "_locked", False):
            raise AttributeError(f"cannot set {name!r}: object is locked")
        object.__setattr__(self, name, value)
lk = Locked(a=1, b=2)
print(lk.a, lk.b, lk._locked)
try:
    lk.c = 3
except AttributeError as e:
    print("AttributeError", e)
raw = Locked.__new__(Locked)
raw.free = "allowed before init"
print(raw.free)

# A lazily-initialised attribute via __getattr__ that stores the value.
class Lazy:
    def __getattr__(self, name):
        if name == "expensive":
            print("  computing expensive")
            self.expensive = sum(range(10))
            return self.expensive
        raise AttributeError(name)
lz = Lazy()
print(lz.expensive, lz.expensive, vars(lz))
