# getattr/setattr/hasattr/delattr, vars, dir, callable, type, id-free checks.
class Box:
    size = 3
    def __init__(self):
        self.content = "stuff"
    def method(self):
        return "m"
b = Box()
print(getattr(b, "content"), getattr(b, "size"), getattr(b, "missing", None), getattr(Box, "size"))
setattr(b, "label", "L")
print(hasattr(b, "label"), vars(b), sorted(k for k in vars(Box) if not k.startswith("__")))
delattr(b, "label")
print(hasattr(b, "label"), callable(b.method), callable(Box), callable(b), callable(print))
print([n for n in dir(b) if not n.startswith("_")], "method" in dir(Box))
print(type(b).__name__, type(Box).__name__, type(len).__name__, type(None).__name__, type(...).__name__)
try:
    getattr(b, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(b, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)
