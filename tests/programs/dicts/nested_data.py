inventory = {
    "fruits": {"apple": {"price": 1.2, "qty": 10}, "pear": {"price": 0.8, "qty": 0}},
    "veg": {"leek": {"price": 2.5, "qty": 3}},
}
for cat, products in sorted(inventory.items()):
    for name, info in products.items():
        print(f"{cat:6} {name:6} {info['price']:5.2f} x{info['qty']:>3} = {info['price'] * info['qty']:6.2f}")
total = sum(i["price"] * i["qty"] for p in inventory.values() for i in p.values())
print(round(total, 2))
in_stock = {n: i for p in inventory.values() for n, i in p.items() if i["qty"]}
print(sorted(in_stock))
from_pairs = dict(zip("abc", range(3)))
inverted = {v: k for k, v in from_pairs.items()}
print(from_pairs, inverted)
groups = {}
for word in "apple avocado banana blueberry cherry cranberry apricot".split():
    groups.setdefault(word[0], []).append(word)
print(groups)
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts, key=lambda c: -counts[c]))
merged = {"a": 1, "b": 2} | {"b": 3, "c": 4}
merged |= {"d": 5}
print(merged, {**merged, "a": 0}, dict(merged, e=6))
deep = {"x": {"y": {"z": [1, {"w": "found"}]}}}
print(deep["x"]["y"]["z"][1]["w"], deep.get("x", {}).get("q", {}).get("z", "default"))
d = dict.fromkeys(["a", "b"], [])
d["a"].append(1)
print(d, d["a"] is d["b"])
print(list(reversed({"one": 1, "two": 2, "three": 3})), list(reversed({1: 2}.items())))
d = {}
d[(1, 2)] = "tuple"
d[frozenset({1})] = "fs"
d[None] = "none"
print(d, (1, 2) in d, d.pop(None), len(d))
print({k: v for k, v in sorted({"b": 2, "a": 1}.items())} == {"a": 1, "b": 2})
