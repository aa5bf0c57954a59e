class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __le__(self, other):
        return self.parts <= other.parts
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version(t) for t in ["1.10.0", "1.2.3", "1.2", "2.0", "1.2.3"]]
print(sorted(vs), max(vs), min(vs), len(set(vs)), Version("1.2") == Version("1.2"), Version("1.2") != Version("1.3"))
print(Version("1.0") == "1.0", Version("1.0") > Version("0.9"), Version("3.0") >= Version("3.0"))
try:
    Version("1.0") < "2.0"
except TypeError as e:
    print("TypeError", e)
class OnlyEq:
    def __eq__(self, other):
        return True
try:
    hash(OnlyEq())
except TypeError as e:
    print("TypeError", e)
print(OnlyEq() == 5, OnlyEq() != 5, 5 == OnlyEq())
class Reflect:
    def __gt__(self, other):
        return "reflected gt"
print(1 < Reflect(), Reflect() > 1)
class Weird:
    def __eq__(self, other):
        return "truthy string"
print(Weird() == 1, [Weird()] == [1], Weird() in [1], bool(Weird() == 1))
