# Equal numbers hash equal across int, float and bool.
print(hash(1) == hash(1.0) == hash(True))
print(hash(0) == hash(0.0) == hash(False) == hash(-0.0))
print(hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(-(2**61)))
print(hash(1.5), hash(-1.5), hash(0.1))
print(hash(2**100) == hash(float(2**100)))
print(hash(float("inf")), hash(float("-inf")))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
print({0: "a", False: "b", 0.0: "c"})
print(1 == 1.0, 2**53 + 1 == float(2**53 + 1), 2**53 == float(2**53))
print(hash(()), hash((1, 2)) == hash((1.0, 2.0)))
print(hash(2**61 - 2), hash(-(2**61 - 2)), hash(2**63 - 1), hash(-2**63), hash(-2**63 + 1), hash(2**62))
