# dict.get called every way, in loops so that the interpreter's own path
# for it runs: str keys present and absent, with and without a default,
# through the type, on subclasses (with and without their own get, with
# __missing__, which get never calls), with keys whose __eq__ and
# __hash__ are Python code, and every error.
counts = {}
for word in "the cat and the hat and the bat".split():
    counts[word] = counts.get(word, 0) + 1
print(counts)

d = {"a": 1, "b": None, 3: "three", (1, 2): "pair"}
for key in ["a", "b", "z", 3, (1, 2), 4.0, 3.0]:
    print(repr(key), d.get(key), d.get(key, "default"), dict.get(d, key, "unbound"))

get = d.get
print([get(k) for k in ("a", "z")], [get(k, 0) for k in ("a", "z")])


class Counter(dict):
    def __missing__(self, key):
        return "missing " + key


class OwnGet(dict):
    def get(self, key, default=None):
        return ("own", key, default)


c = Counter(x=1)
print([c.get("x"), c.get("y"), c["y"]])
o = OwnGet(x=1)
print([o.get("x"), o.get("y", 2), dict.get(o, "x")])


class Name(str):
    def __eq__(self, other):
        print("Name.__eq__", str.__str__(self), other)
        return str.__eq__(self, other)

    __hash__ = str.__hash__


class Key:
    def __init__(self, text):
        self.text = text

    def __hash__(self):
        print("Key.__hash__", self.text)
        return hash(self.text)

    def __eq__(self, other):
        print("Key.__eq__", self.text, other)
        return self.text == other


names = {Name("n"): "by Name"}
for _ in range(2):
    print(names.get("n"), names.get("m", "absent"))
mixed = {Key("k"): "by Key"}
for _ in range(2):
    print(mixed.get("k"), mixed.get("q"))

for call in [
    lambda: d.get(),
    lambda: d.get("a", 1, 2),
    lambda: d.get([]),
    lambda: dict.get(5, "a"),
    lambda: dict.get(),
    lambda: d.get(key="a"),
]:
    for _ in range(2):
        try:
            print(call())
        except TypeError as error:
            print("TypeError:", error)
