# dict update/merge: from mappings, pairs, keywords, and objects with keys().
d = {"a": 1}
d.update({"b": 2}, c=3)
d.update([("d", 4)], e=5)
d.update(f=6)
d.update()
print(d)
class KeysOnly:
    def keys(self):
        return ["x", "y"]
    def __getitem__(self, key):
        return key * 2
d.update(KeysOnly())
print(d, dict(KeysOnly()), {**KeysOnly()})
for bad in [5, [1], ["ab", "cde"], [("k",)]]:
    try:
        {}.update(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    {}.update({}, {})
except TypeError as e:
    print("TypeError:", e)
print(dict(a=1) | dict(b=2) | {"a": 3}, {"a": 1} | {}, {} | {"z": 0})
m = {"a": 1}
n = m
m |= {"b": 2}
print(n is m, n)
m = m | {"c": 3}
print(n is m, n, m)
print(dict({"a": 1}, a=2), dict([("a", 1), ("a", 2)]), dict(zip("aa", [1, 2])))
