"""Dict lookups with str keys: exact strs match by text; a stored key of a
str subclass with its own __eq__ is asked, as CPython asks it."""


class Loud(str):
    def __eq__(self, other):
        print("Loud.__eq__", str.__str__(self), other)
        return str.__eq__(self, other)

    __hash__ = str.__hash__


d = {Loud("key"): 1, "other": 2}
print(d.get("key"), d.get("other"), d.get("missing", 0))
print("key" in d, d["other"])
word = "".join(["oth", "er"])
print(d.get(word), word in d)
counts = {}
for w in "a b a c b a".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
