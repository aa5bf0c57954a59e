values = [0, 0.0, -0.0, False, 1, 1.0, True, 2**61 - 1, 2**61, -1, -2, 0.5, 1.5, -0.5,
          10**20, float(10**20), complex(3, 0), 3, 1e100, float("inf"), -float("inf")]
for v in values:
    print(repr(v), hash(v))
print(hash(2**61 - 1) == hash(0), hash(-1) == hash(-2))
print(hash(1) == hash(1.0) == hash(True) == hash(complex(1, 0)))
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d)
s = {0, 0.0, False, -0.0}
print(s, len(s))
print({1.5: "a"}[1.5], {10**20: "big"}.get(1e20))
print(hash(float("nan")) == hash(float("nan")) or "nan hashes by identity")
print(hash((1, 2)) == hash((1.0, 2.0)), hash(frozenset([1, 2])) == hash(frozenset([2.0, 1.0])))
try:
    hash([1])
except TypeError as e:
    print("TypeError", e)
try:
    hash({1: 2})
except TypeError as e:
    print("TypeError", e)
print(hash(()) == hash(()), hash("") == hash(""))
