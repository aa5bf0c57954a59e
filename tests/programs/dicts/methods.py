# dict methods: get/setdefault/pop/popitem/update/keys/values/items/copy/fromkeys.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 99), d)
print(d.pop("b"), d.pop("z", None), d)
d.update({"x": 10}, y=20)
d.update([("p", 1), ("q", 2)])
print(d, d.popitem(), d)
print(list(d.keys()), list(d.values()), list(d.items()))
e = d.copy()
e["a"] = 100
print(d["a"], e["a"], dict.fromkeys("ab"), dict.fromkeys([1, 2], 0))
e.clear()
print(e, len(d), "a" in d, 1 in d.values(), ("a", 1) in d.items())
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    d.update(1)
except TypeError as e:
    print("TypeError:", e)
try:
    d.update([(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
