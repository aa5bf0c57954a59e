# dict edge cases: equal keys of different types, ordering, views and errors.
d = {1: "int", 1.0: "float", True: "bool"}
print(d, len(d), {0: "a", False: "b", 0.0: "c"})
d = {"b": 1, "a": 2}
d["c"] = 3
del d["b"]
d["b"] = 4
print(list(d), list(d.values()), list(d.items()), list(reversed(d)))
print(d == {"a": 2, "c": 3, "b": 4}, list(d.keys() & {"a", "z"}), d.keys() - {"a"} == {"c", "b"}, d.items() >= {("a", 2)})
try:
    d[[1]] = 2
except TypeError as e:
    print("TypeError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
print(d.popitem(), d.setdefault("n", []), d.setdefault("n", [1]), d.pop("missing", "dflt"), d.get("x"))
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError:", e)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], []), {**{"a": 1}, **{"a": 2, "b": 3}}, {"a": 1} | {"b": 2})
e = {"x": 1}
e |= [("y", 2)]
print(e)
try:
    e | [("z", 3)]
except TypeError as err:
    print("TypeError:", err)
class Key:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, other): return isinstance(other, Key) and self.v == other.v
    def __repr__(self): return f"Key({self.v})"
collide = {Key(1): "a", Key(2): "b", Key(1): "c"}
print(collide, Key(2) in collide, collide[Key(2)])
nan = float("nan")
n = {nan: 1}
print(n[nan], nan in n)
print(sorted({3: 1, 1: 2}.items()), min({"b": 1, "a": 2}), dict(zip("ab", "xy")), dict([["k", "v"]]))
try:
    dict([("a", 1), "bcd"])
except ValueError as err:
    print("ValueError:", err)
