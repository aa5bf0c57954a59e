# When a dict subclass overrides __iter__, merging it (dict(), {**d}, f(**d),
# update(), copy()) no longer takes the fast path: CPython calls keys() and
# then __getitem__ for each key.
class KeysOverride(dict):
    def keys(self):
        print("  keys()")
        return ["b"]
    def __iter__(self):
        print("  __iter__")
        return iter(["a"])
    def __getitem__(self, key):
        print("  __getitem__", key)
        return dict.__getitem__(self, key) * 100

ko = KeysOverride(a=1, b=2)
print("dict():", dict(ko))
print("{**ko}:", {**ko})
def show(**kw):
    return kw
print("**ko:", show(**ko))
t = {"z": 0}
t.update(ko)
print("update:", t)
print("copy:", ko.copy())
print("list():", list(ko), "repr:", ko, "len:", len(ko))

class IterOnly(dict):
    def __iter__(self):
        return iter(sorted(dict.keys(self), reverse=True))
io = IterOnly(x=1, y=2)
print(dict(io), {**io}, io.copy(), list(io))
