"""A dict subscript by an exact str when a str-subclass key with its own
__eq__ has the same hash: the key's __eq__ decides, as in CPython."""

class S(str):
    def __eq__(self, other):
        print("eq called", repr(other))
        return False
    __hash__ = str.__hash__
d = {S("a"): 1}
try:
    print(d["a"])
except KeyError as e:
    print("KeyError", e)
print(d.get("a"))
def f(d):
    return d["a"]
try:
    f(d)
except KeyError as e:
    print("KeyError", e)
e = {"a": 1, "b": 2}
print(e["a"], f(e))
