# __eq__/__lt__/__contains__ overrides on list elements and list subclasses:
# list methods (index, count, remove, in) and comparisons call them.
class Approx(float):
    def __eq__(self, other):
        return abs(float(self) - float(other)) < 0.01
    __hash__ = float.__hash__

values = [1.0, 2.0, 3.0]
print(Approx(2.001) in values, values.index(Approx(2.999)), values.count(Approx(1.0049)))
values.remove(Approx(1.001))
print(values, [Approx(3.0)] == [3.004], (Approx(3.0),) == (3.004,))

class Version(list):
    def __init__(self, text):
        super().__init__(int(part) for part in text.split("."))
    def __eq__(self, other):
        a, b = list(self), list(other)
        width = max(len(a), len(b))
        return a + [0] * (width - len(a)) == b + [0] * (width - len(b))
    def __lt__(self, other):
        a, b = list(self), list(other)
        width = max(len(a), len(b))
        return a + [0] * (width - len(a)) < b + [0] * (width - len(b))
    def __le__(self, other):
        return self == other or self < other
    __hash__ = None
    def __repr__(self):
        return ".".join(map(str, self))

print(Version("1.2") == Version("1.2.0"), Version("1.2") == [1, 2, 0], [1, 2, 0] == Version("1.2"))
print(Version("1.10") > Version("1.9"), Version("2") <= Version("2.0.0"), Version("1.2") < [1, 2, 1])
versions = [Version(v) for v in ["1.10", "1.2", "1.9.1", "0.9", "1.2.0.1"]]
print(sorted(versions), max(versions), min(versions))
print(Version("1.2.0") in versions, versions.index(Version("1.2.0")))
try:
    hash(Version("1"))
except TypeError as e:
    print(type(e).__name__, e)

class CaseList(list):
    def __contains__(self, item):
        return any(str(x).lower() == str(item).lower() for x in self)
names = CaseList(["Alice", "Bob"])
print("alice" in names, "ALICE" not in names, "carol" in names, names.count("alice"))
try:
    names.index("alice")
except ValueError as e:
    print(type(e).__name__, e)

class Always(list):
    def __eq__(self, other):
        return True
    def __ne__(self, other):
        return False
print(Always([1]) == [2], [2] == Always([1]), Always() != [5], [[1]] == [Always()], [Always()] == [[1]])
print([1, 2] == [1, 2], [1, 2] < [1, 3], [Always()].count(99), [Always()].index("z"))
