# Copying built-in subclass instances without the copy module: the inherited
# copy() returns the base type, so subclasses write their own copy().
class Inventory(dict):
    def __init__(self, *args, owner="nobody", **kwargs):
        super().__init__(*args, **kwargs)
        self.owner = owner
    def copy(self):
        new = type(self)(self, owner=self.owner)
        return new
    def __repr__(self):
        return f"Inventory({dict.__repr__(self)}, owner={self.owner!r})"

inv = Inventory(apples=3, owner="ann")
plain = dict.copy(inv)
mine = inv.copy()
print(repr(plain), type(plain).__name__)
print(repr(mine), type(mine).__name__, mine is inv, mine == inv)
mine["pears"] = 1
print(inv, mine)

class Path(list):
    def copy(self):
        return Path(self)
    def __copy__(self):
        return self.copy()
p = Path(["a", "b"])
for label, value in [("copy()", p.copy()), ("list.copy", list.copy(p)), ("slice", p[:]), ("Path(p)", Path(p)), ("list(p)", list(p)), ("type(p)(p)", type(p)(p))]:
    print(f"{label:10} {value!r:12} {type(value).__name__}")

class Tags(set):
    def copy(self):
        return Tags(self)
t = Tags({"x"})
print(type(t.copy()).__name__, type(set.copy(t)).__name__, type(t | set()).__name__, type(Tags(t)).__name__)

class Word(str):
    pass
w = Word("w")
print(type(w[:]).__name__, type(str(w)).__name__, type(w + "").__name__, type("".join([w])).__name__, type(Word(w)).__name__)

class Row(tuple):
    def __new__(cls, *values):
        return super().__new__(cls, values)
r = Row(1, 2)
print(type(r[:]).__name__, type(tuple(r)).__name__, type(r + ()).__name__, type(Row(*r)).__name__, Row(*r) == r)

def deep_copy(value):
    if isinstance(value, dict):
        new = type(value).__new__(type(value))
        dict.__init__(new)
        for k, v in value.items():
            new[k] = deep_copy(v)
        if hasattr(value, "__dict__"):
            new.__dict__.update(value.__dict__)
        return new
    if isinstance(value, list):
        new = type(value).__new__(type(value))
        list.__init__(new, (deep_copy(v) for v in value))
        if hasattr(value, "__dict__"):
            new.__dict__.update(value.__dict__)
        return new
    return value
nested = Inventory(box=Path(["k", Path(["deep"])]), owner="bob")
clone = deep_copy(nested)
clone["box"][1].append("changed")
print(repr(nested), repr(clone))
print(type(clone).__name__, type(clone["box"]).__name__, type(clone["box"][1]).__name__, clone.owner)
print(vars(inv), vars(mine), hasattr(p, "__dict__"), vars(p))
