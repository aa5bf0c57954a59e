# dict operations: order, update via |, equality, deletion, key errors.
d = {}
d["z"] = 1
d["a"] = 2
d["m"] = 3
d["z"] = 4
print(d, list(d))
del d["a"]
d["a"] = 5
print(d)
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} != {"a": 2})
x = {"a": 1, "b": 2}
y = {"b": 3, "c": 4}
print(x | y, y | x)
x |= y
print(x)
print(dict(a=1, b=2), dict([("k", "v")]), dict({"q": 1}, r=2), dict(zip("abc", range(3))))
nested = {"outer": {"inner": [1, 2]}}
nested["outer"]["inner"].append(3)
print(nested, len(nested))
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e))
try:
    del d["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    d[[1]] = 2
except TypeError as e:
    print("TypeError:", e)
print({1: "a", 2: "b"}.get(1.0), {(1, 2): "t"}[1, 2], {None: 0}[None])
