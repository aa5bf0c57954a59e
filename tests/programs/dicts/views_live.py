# dict views are live: they reflect later changes; view set operations and reversal.
d = {"a": 1, "b": 2}
keys, values, items = d.keys(), d.values(), d.items()
d["c"] = 3
del d["a"]
print(list(keys), list(values), list(items), len(keys), "c" in keys, 3 in values, ("b", 2) in items, ("b", 3) in items)
print(sorted(keys | {"z"}), sorted(keys & ["b", "q"]), sorted(keys - {"b"}), sorted(keys ^ {"b", "y"}))
print(list(reversed(keys)), list(reversed(values)), list(reversed(items)), keys == {"b", "c"}, values == values)
print(type(keys).__name__, type(values).__name__, type(items).__name__, repr(keys), repr(values), repr(items))
it = iter(d)
d["b"] = 20
print(next(it), list(d.items()))
try:
    keys[0]
except TypeError as e:
    print("TypeError:", e)
print(dict(items), {k: v for k, v in items}, sorted(items, key=lambda kv: -kv[1]), max(values), sum(values))
print(len({}.keys()), list({}.items()))
