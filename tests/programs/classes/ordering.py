# Rich comparisons: __lt__ and friends, reflection, sorting user objects.
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __le__(self, other):
        return self.parts <= other.parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2, 0)]
print(sorted(vs), min(vs), max(vs))
print(Version(1) < Version(2), Version(2) > Version(1), Version(1) >= Version(1), Version(3) <= Version(2))
class Only:
    def __init__(self, n):
        self.n = n
    def __gt__(self, other):
        print("gt called")
        return self.n > other.n
print(Only(1) < Only(2))
try:
    Only(1) <= Only(2)
except TypeError as e:
    print("TypeError:", e)
class Weird:
    def __eq__(self, other):
        return "truthy string"
print(Weird() == 1, Weird() != 1, 1 == Weird())
