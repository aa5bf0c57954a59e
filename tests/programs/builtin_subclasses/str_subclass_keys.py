# str subclasses as dictionary keys and set members, with and without
# __eq__/__hash__ overrides.
class Tag(str):
    pass
d = {Tag("a"): 1, "b": 2}
print(d["a"], d[Tag("b")], "a" in d, Tag("b") in d, [type(k).__name__ for k in d])
d["a"] = 10
print(d, [type(k).__name__ for k in d])
d2 = {"x": 1}
d2[Tag("x")] = 2
print(d2, [type(k).__name__ for k in d2])

class Caseless(str):
    def __eq__(self, other):
        return self.lower() == str(other).lower()
    def __hash__(self):
        return hash(self.lower())
k = Caseless("Key")
table = {k: "v"}
print(table.get(Caseless("KEY")), table.get("key"), table.get("Key"), Caseless("kEy") in table)
table[Caseless("KEY")] = "w"
print(table, len(table))
s = {Caseless("A"), Caseless("a"), Caseless("b")}
print(sorted(s), len(s))
print(Caseless("X") == "x", "x" == Caseless("X"), Caseless("X") in ["x"], ["x"].index(Caseless("X")))
print("x" in [Caseless("X")], ("x",).count(Caseless("X")), not (Caseless("ab") == "AB"))

class NoHash(str):
    def __eq__(self, other):
        return str.__eq__(self, other)
print(NoHash.__hash__)
try:
    {NoHash("a"): 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(NoHash("a"))
except TypeError as e:
    print(type(e).__name__, e)
print(NoHash("a") == "a", "a" in [NoHash("a")])

class KeepHash(str):
    def __eq__(self, other):
        return str.__eq__(self, other)
    __hash__ = str.__hash__
print({KeepHash("q"): 1}["q"], hash(KeepHash("q")) == hash("q"))

class ConstHash(str):
    def __hash__(self):
        return 7
print(hash(ConstHash("a")), {ConstHash("a"): 1, ConstHash("b"): 2}, ConstHash("a") in {"a": 0})
print(sorted({ConstHash("m"), "m", ConstHash("n")}), len({ConstHash("m"), "m"}))
counts = {}
for w in [Tag("x"), "x", Caseless("y"), "y", Tag("z")]:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()))
