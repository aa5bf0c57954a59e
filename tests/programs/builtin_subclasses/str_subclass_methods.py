# str methods called on a str subclass return plain str; only the subclass's
# own methods (and identity-preserving operations where CPython does so) keep it.
class Name(str):
    def initials(self):
        return "".join(w[0] for w in self.split())

n = Name("ada lovelace")
print(n, repr(n), type(n).__name__, len(n), n.initials())
ops = {
    "upper": n.upper(),
    "title": n.title(),
    "strip": n.strip(),
    "replace": n.replace("a", "A"),
    "split": n.split(),
    "partition": n.partition(" "),
    "center": n.center(16, "*"),
    "zfill": n.zfill(14),
    "slice": n[0:3],
    "index": n[0],
    "concat": n + "!",
    "rconcat": "!" + n,
    "repeat": n * 2,
    "format": "{}".format(n),
    "percent": "%s" % n,
    "fstring": f"{n}",
    "join": "-".join([n, n]),
    "str()": str(n),
    "casefold": n.casefold(),
    "expandtabs": n.expandtabs(),
    "lower": n.lower(),
    "full slice": n[:],
    "removeprefix": n.removeprefix("zzz"),
    "ljust": n.ljust(3),
    "translate": n.translate({ord("a"): "4"}),
    "format_map": Name("{x}").format_map({"x": 1}),
}
for label, value in ops.items():
    kind = type(value).__name__
    if isinstance(value, (list, tuple)):
        kind += "[" + ",".join(type(v).__name__ for v in value) + "]"
    print(f"{label:12} {value!r} {kind}")
print(n == "ada lovelace", n < "b", "ada" in n, n.startswith("ada"), n.count("a"), n.find("love"))
print(hash(n) == hash("ada lovelace"), {n: 1}["ada lovelace"], {"ada lovelace": 2}[n])
print(sorted([Name("b"), "a", Name("c")]), [type(s).__name__ for s in sorted([Name("b"), "a"])])
for ch in Name("xy"):
    print(ch, type(ch).__name__)
print(list(Name("ab")), Name("a,b").split(","), [type(s).__name__ for s in Name("a,b").split(",")])
s = Name("abc")
t = s
s += "d"
print(s, type(s).__name__, t, type(t).__name__)
print(Name(), repr(Name()), Name(42), Name(b"hi", "ascii"), Name(3.5), Name([1, 2]))
try:
    Name(b"\xff", "ascii")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    Name(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(n, str), issubclass(Name, str), Name.__mro__[1] is str, n.isalpha(), n.isidentifier())
