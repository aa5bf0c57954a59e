# Properties through inheritance: overriding, extending with setter, super().
class Shape:
    def __init__(self, size):
        self._size = size
    @property
    def size(self):
        return self._size
    @property
    def area(self):
        return self.size ** 2
class Scaled(Shape):
    @property
    def size(self):
        return super().size * 2
class Settable(Shape):
    @Shape.size.setter
    def size(self, value):
        if value < 0:
            raise ValueError("negative")
        self._size = value
print(Shape(3).area, Scaled(3).area, Scaled(3).size)
s = Settable(2)
s.size = 5
print(s.size, s.area)
try:
    s.size = -1
except ValueError as e:
    print("ValueError:", e)
try:
    Shape(1).size = 9
except AttributeError as e:
    print("AttributeError:", e)
try:
    del s.size
except AttributeError as e:
    print("AttributeError:", e)
class Logged:
    def __init__(self):
        self.log = []
    def _get(self):
        self.log.append("get")
        return 1
    def _del(self):
        self.log.append("del")
    value = property(_get, None, _del, "the value")
l = Logged()
l.value; del l.value
print(l.log, Logged.value.__doc__, type(Logged.value).__name__, Logged.value.fset)
print(isinstance(Shape.size, property), Settable.size.fget is Shape.size.fget, Settable.size.fset is not None)
