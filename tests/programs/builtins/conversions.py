# Constructors as conversions: str, repr, ascii, bool, list, tuple, dict, set, frozenset, chr, ord.
print(str(42), str(-1.5), str([1, "a"]), repr("q"), repr([1.0, None]), ascii("ü"), ascii(1))
print(bool(), bool(0.0), bool("0"), bool([[]]), list("ab"), tuple([1]), dict(a=1), sorted(set([3, 1, 3])), sorted(frozenset("ba")))
print(list({"k": 1}.items()), tuple(range(2)), dict([(1, 2), [3, 4]]), dict.fromkeys(range(2), "v"))
print(chr(65) + chr(0x263A), ord("\n"), [ord(c) for c in "AZ"], int("7") + float("0.5"))
print(type(int()).__name__, type(str()).__name__, float())
for call in [lambda: dict([1]), lambda: dict([(1,)]), lambda: list(5), lambda: tuple(None), lambda: set(1)]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
