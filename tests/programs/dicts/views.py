# dict views: live, set operations on keys/items, iteration errors.
d = {"a": 1, "b": 2, "c": 3}
keys, values, items = d.keys(), d.values(), d.items()
print(keys, values, items)
d["d"] = 4
print(len(keys), list(values), ("d", 4) in items, "d" in keys)
print(sorted(keys & {"a", "z"}), sorted(keys | {"z"}), sorted(keys - {"a"}), sorted(keys ^ {"a", "q"}))
print(list(reversed(keys)), list(reversed(d.items()))[0])
try:
    for k in d:
        d["new" + k] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
e = {"x": 1}
try:
    for k in e:
        del e[k]
except RuntimeError as ex:
    print("RuntimeError:", ex)
print(type(keys).__name__, type(values).__name__, type(items).__name__)
print(list(zip(d.keys(), d.values()))[:2])
