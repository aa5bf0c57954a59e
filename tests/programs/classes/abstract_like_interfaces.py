class Shape:
    sides = 0
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area()")
    def describe(self):
        return f"{type(self).__name__} with {self.sides} sides and area {self.area():.2f}"
    def __lt__(self, other):
        return self.area() < other.area()
class Rect(Shape):
    sides = 4
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
class Triangle(Shape):
    sides = 3
    def __init__(self, base, height):
        self.base, self.height = base, height
    def area(self):
        return 0.5 * self.base * self.height
class Blob(Shape):
    pass
shapes = [Rect(2, 3), Square(2), Triangle(3, 5)]
for s in sorted(shapes):
    print(s.describe())
try:
    Blob().describe()
except NotImplementedError as e:
    print("NotImplementedError", e)
print([type(s).__name__ for s in shapes if isinstance(s, Rect)], issubclass(Square, Shape), Square.__mro__[1].__name__)
print(Square.sides, Square(1).area(), max(shapes).describe(), min(shapes, key=lambda s: s.sides).sides)
print(Shape.area.__qualname__, Rect.area is not Shape.area, hasattr(Blob(), "area"), Square.__bases__)
