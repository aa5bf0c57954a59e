# Slot wrappers: type names of object.__getattribute__ & co., and the descriptor self-type check.
class Thing:
    def __init__(self):
        self.inst = 1
t = Thing()
print(type(object.__getattribute__).__name__, type(t.__getattribute__).__name__)
print(type(object.__setattr__).__name__, type(Thing.__init__).__name__, type(t.__init__).__name__)
print(type(int.__add__).__name__, type((1).__add__).__name__, type(str.upper).__name__, type("".upper).__name__)
try:
    type.__getattribute__(t, "inst")
except TypeError as e:
    print("TypeError", e)
try:
    str.upper(5)
except TypeError as e:
    print("TypeError", e)
try:
    print(int.__add__("a", 1))
except TypeError as e:
    print("TypeError", e)
