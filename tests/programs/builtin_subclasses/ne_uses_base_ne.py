# A built-in subclass that overrides only __eq__ still inherits the base
# type's __ne__, so `!=` does not call the overridden __eq__.
class Loud(int):
    def __eq__(self, other):
        print("  Loud.__eq__", int(self), other)
        return int(self) == int(other) % 10
    __hash__ = int.__hash__

l = Loud(3)
print(l == 13, 13 == l)
print(l != 13, 13 != l, l != 3)

class Fuzzy(str):
    def __eq__(self, other):
        print("  Fuzzy.__eq__")
        return self.lower() == str(other).lower()
    __hash__ = str.__hash__
f = Fuzzy("Hello")
print(f == "HELLO", f != "HELLO", f != "hello", f != "Hello")

class Everything(list):
    def __eq__(self, other):
        print("  Everything.__eq__")
        return True
print(Everything([1]) == [2], Everything([1]) != [2], Everything([1]) != [1])

class Plain:
    def __eq__(self, other):
        print("  Plain.__eq__")
        return True
print(Plain() != 1)

class WithNe(int):
    def __eq__(self, other):
        print("  WithNe.__eq__")
        return True
    def __ne__(self, other):
        print("  WithNe.__ne__")
        return False
    __hash__ = int.__hash__
print(WithNe(1) != 2, 2 != WithNe(1))
