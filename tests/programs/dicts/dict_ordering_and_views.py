d = {}
for key in ["zebra", "apple", "mango", "banana"]:
    d[key] = len(key)
print(list(d), list(d.values()), list(d.items())[:2])
d["apple"] = 0
del d["zebra"]
d["zebra"] = 9
print(list(d))
keys, values, items = d.keys(), d.values(), d.items()
d["kiwi"] = 4
print(len(keys), "kiwi" in keys, 4 in values, ("kiwi", 4) in items, list(reversed(keys)))
print(keys & {"kiwi", "fig"}, keys | {"fig"} >= {"fig"}, sorted(keys - {"apple"}), sorted(keys ^ {"apple", "fig"}))
print(d.popitem(), d.pop("mango"), d.pop("nope", "default"), d.setdefault("new", []), d)
first = next(iter(d))
print(first, dict(sorted(d.items(), key=lambda kv: str(kv[1]))), {**d, "apple": "over"}["apple"])
print({1: "a", 1.0: "b", True: "c"}, dict.fromkeys("aab"), dict([("x", 1), ["y", 2]]), dict(zip(range(2), "ab")))
od = dict(b=1, a=2)
print(od == {"a": 2, "b": 1}, list(od) == ["b", "a"], str(od.keys()), str(od.values()), str(od.items()))
