# Defining __eq__ without __hash__ makes instances unhashable.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
print(Point.__hash__, Point(1, 2) == Point(1, 2), Point(1, 2) != Point(1, 3))
for action in [lambda: hash(Point(1, 2)), lambda: {Point(1, 2)}, lambda: {Point(0, 0): 1}]:
    try:
        action()
    except TypeError as e:
        print("TypeError:", e)
class Hashed(Point):
    def __hash__(self):
        return hash((self.x, self.y))
print(len({Hashed(1, 2), Hashed(1, 2), Hashed(2, 1)}), Hashed(1, 2) in {Hashed(1, 2): "v"})
class Plain:
    pass
print(Plain() == Plain(), Plain.__hash__ is not None)
class Explicit:
    __hash__ = None
try:
    hash(Explicit())
except TypeError as e:
    print("TypeError:", e)
class Inherits(Hashed):
    def __eq__(self, other):
        return True
try:
    hash(Inherits(1, 1))
except TypeError as e:
    print("TypeError:", e)
class NotImpl:
    def __eq__(self, other):
        return NotImplemented
print(NotImpl() == NotImpl(), NotImpl() != 5, 5 == NotImpl())
