# Equality, views and merge operators for dict subclasses.
class D(dict):
    pass
class E(dict):
    def __eq__(self, other):
        print("  E.__eq__")
        return dict.__eq__(self, other)
    __hash__ = None

d = D(a=1, b=2)
print(d == {"b": 2, "a": 1}, {"a": 1, "b": 2} == d, d != {"a": 1}, d == D(a=1, b=2))
print(E(x=1) == {"x": 1}, {"x": 1} == E(x=1), E() == E())
print(d.keys(), d.values(), d.items(), type(d.keys()).__name__)
print(d.keys() == {"a", "b"}, d.keys() & {"a", "z"}, d.items() - {("a", 1)}, sorted(d.keys() | {"q"}))
print(list(reversed(d)), list(reversed(d.items())), len(d.values()), 2 in d.values())
merged = d | {"c": 3}
print(merged, type(merged).__name__)
rmerged = {"z": 0} | d
print(rmerged, type(rmerged).__name__)
alias = d
d |= [("e", 5)]
print(d, type(d).__name__, d is alias)
try:
    d | [("f", 6)]
except TypeError as e:
    print(type(e).__name__, e)

class MergeKeepsType(dict):
    def __or__(self, other):
        result = MergeKeepsType(self)
        result.update(other)
        return result
    def __ror__(self, other):
        result = MergeKeepsType(other)
        result.update(self)
        return result
m = MergeKeepsType(k=1)
print(type(m | {"j": 2}).__name__, type({"j": 2} | m).__name__, {"j": 2} | m)
print(d.copy() == d, type(d.copy()).__name__, dict(d) == d, sorted(d) == sorted(dict(d)))
print(D.fromkeys("ab") == dict.fromkeys("ab"), D() == {}, D(a=[1]) == {"a": [1]}, D(a=1) < {} if False else "")
try:
    D(a=1) < D(b=2)
except TypeError as e:
    print(type(e).__name__, e)
