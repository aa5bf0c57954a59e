# Replacing an instance's __dict__ wholesale; dir() lists __dict__.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
# Replacing __dict__ wholesale.
new = {"x": "nx", "y": "ny"}
p.__dict__ = new
print(p.x, p.__dict__ is new, vars(p) is new)
new["x"] = "changed via old ref"
print(p.x)
try:
    p.__dict__ = ["not", "a", "dict"]
except TypeError as e:
    print("TypeError", e)
try:
    p.__dict__ = None
except TypeError as e:
    print("TypeError", e)
class MyDict(dict):
    pass
p.__dict__ = MyDict(x="sub")
print(p.x, type(p.__dict__).__name__)

p.__dict__ = {}
print(hasattr(p, "x"), vars(p))
p.q = 1
print(p.__dict__)
class E:
    pass
print("__dict__" in dir(E()), "__dict__" in dir(E), "__weakref__" in dir(E()))
