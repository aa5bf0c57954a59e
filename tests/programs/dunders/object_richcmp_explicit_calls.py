# Calling object's comparison slots explicitly: object.__ne__ delegates to
# the instance's __eq__ and inverts it; object.__lt__/__eq__ on non-identical
# operands return NotImplemented.

class E:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        if not isinstance(other, E):
            return NotImplemented
        return self.v == other.v

print(E(1).__ne__(E(2)), E(1).__ne__(E(1)), E(1).__ne__("x"))
print(object.__ne__(E(1), E(1)), object.__ne__(E(1), E(3)))
print(object.__lt__(1, 2), object.__gt__(3, 2), object.__le__(1, 1), object.__ge__(1, 1))
print(object.__eq__(1, 2), object.__eq__(1, 1), object.__ne__(1, 2))
o = object()
print(o.__eq__(o), o.__eq__(object()), o.__ne__(o), o.__lt__(o))
