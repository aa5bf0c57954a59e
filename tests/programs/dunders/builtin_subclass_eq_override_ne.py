# A subclass of a builtin type that overrides __eq__ but not __ne__ still
# inherits the builtin's own __ne__ (int.__ne__, str.__ne__), which does
# not consult the overridden __eq__.

class Loud(int):
    def __eq__(self, other):
        return "Loud.__eq__"
    __hash__ = int.__hash__

class S(str):
    def __eq__(self, other):
        return False
    __hash__ = str.__hash__

print(Loud(1) != 3, 3 != Loud(1), Loud(1) != 1, Loud.__ne__ is int.__ne__)
print(S("a") != "a", "a" != S("a"), S("a") != "b")
print(S("a") == "a", Loud(1) == 1)
