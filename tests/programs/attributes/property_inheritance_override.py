# Overriding properties in subclasses: Base.prop.setter, super() access, partial overrides.
class Shape:
    def __init__(self, width):
        self._width = width
    @property
    def width(self):
        return self._width
    @width.setter
    def width(self, value):
        if value <= 0:
            raise ValueError("width must be positive")
        self._width = value
    @property
    def area(self):
        return self.width * self.width

class Logged(Shape):
    @Shape.width.setter
    def width(self, value):
        print("Logged setting width", value)
        Shape.width.fset(self, value)

class Doubled(Shape):
    @property
    def width(self):
        return super().width * 2

class Clamped(Shape):
    @Shape.width.getter
    def width(self):
        return min(self._width, 10)

s = Logged(3)
print(s.width, s.area)
s.width = 4
print(s.width, s.area)
try:
    s.width = -1
except ValueError as e:
    print("ValueError", e)

d = Doubled(3)
print(d.width, d.area)
try:
    d.width = 5
except AttributeError as e:
    print("AttributeError", e)

c = Clamped(50)
print(c.width, c.area)
c.width = 7
print(c.width, c._width)

print(Shape.width is Logged.width, Shape.width.fget is Logged.width.fget)
print(Shape.width.fset is Logged.width.fset, Clamped.width.fset is Shape.width.fset)

# A plain class attribute in the subclass shadows the base property.
class Fixed(Shape):
    width = 2
f = Fixed(99)
print(f.width, f.area, f._width)
f.width = 5
print(f.width, vars(f))

# Instance attribute shadowing only works when the property is gone from the MRO.
class Removed(Shape):
    pass
r = Removed(1)
r.__dict__["width"] = "dict"
print(r.width)

# super() property access and setting through super (not allowed).
class Sub(Shape):
    @property
    def width(self):
        return ("sub", super().width)
    @width.setter
    def width(self, value):
        super(Sub, type(self)).width.fset(self, value)
sb = Sub(5)
print(sb.width)
sb.width = 6
print(sb.width)
try:
    super(Sub, sb).width = 3
except AttributeError as e:
    print("AttributeError", e)
