# Instances of subclasses of built-in types get a __dict__ (unless __slots__ = ()).
class Tagged(int):
    pass
class Label(str):
    pass
class Items(list):
    pass
class Mapping(dict):
    pass

t = Tagged(5)
t.unit = "kg"
print(t, t + 1, t.unit, vars(t), type(t + 1).__name__)
lab = Label("hello")
lab.lang = "en"
print(lab.upper(), lab.lang, vars(lab), type(lab.upper()).__name__)
it = Items([1, 2])
it.name = "numbers"
it.append(3)
print(it, it.name, len(it))
mp = Mapping(a=1)
mp.meta = "attr, not key"
print(mp, mp.meta, "meta" in mp)

# Attribute lookups still find the built-in methods first unless overridden.
class Weird(list):
    append = "not a method"
w = Weird()
print(w.append, hasattr(w, "extend"))
try:
    w.append(1)
except TypeError as e:
    print("TypeError", e)

# Slotted empty subclasses have no __dict__.
class Compact(int):
    __slots__ = ()
c = Compact(3)
try:
    c.extra = 1
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(c, "__dict__"), c * 2)

# Properties and class attributes on built-in subclasses.
class Temperature(float):
    unit = "C"
    @property
    def fahrenheit(self):
        return float(self) * 9 / 5 + 32
tp = Temperature(100)
print(tp.fahrenheit, tp.unit, tp.real, tp.is_integer())
try:
    tp.fahrenheit = 1
except AttributeError as e:
    print("AttributeError", e)

# Setting attributes on plain built-in instances fails.
for obj in (5, "s", [1], {"k": 1}, 2.5):
    try:
        obj.attr = 1
    except AttributeError as e:
        print("AttributeError", e)
