# Property getters: results, errors raised inside them, the __getattr__
# fallback on AttributeError, recursion through them, and inheritance.
class Circle:
    def __init__(self, radius):
        self.radius = radius

    @property
    def diameter(self):
        return self.radius * 2

    @property
    def broken(self):
        return 1 / 0

    @property
    def area(self):
        return 3 * self.diameter ** 2 // 4


c = Circle(5)
print(c.diameter, c.area, [Circle(i).diameter for i in range(5)])
try:
    c.broken
except ZeroDivisionError as error:
    print("ZeroDivisionError:", error)


class WithFallback:
    @property
    def missing(self):
        raise AttributeError("not here")

    def __getattr__(self, name):
        return f"fallback for {name}"


print(WithFallback().missing)


class NoFallback:
    @property
    def missing(self):
        raise AttributeError("not here")


try:
    NoFallback().missing
except AttributeError as error:
    print("AttributeError:", error)


class Chain:
    def __init__(self, depth):
        self.depth = depth

    @property
    def total(self):
        if self.depth == 0:
            return 0
        return self.depth + Chain(self.depth - 1).total


print(Chain(100).total)


class Endless:
    @property
    def forever(self):
        return self.forever


try:
    Endless().forever
except RecursionError as error:
    print("RecursionError:", error)


class Shape:
    @property
    def sides(self):
        return 0

    @property
    def name(self):
        return type(self).__name__.lower()


class Square(Shape):
    @property
    def sides(self):
        return 4


print(Square().sides, Square().name, Shape().sides)


class Stored:
    def __init__(self):
        self._value = 1

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, new):
        self._value = new * 10


s = Stored()
s.value = 4
print(s.value, Stored.value.__class__.__name__)
s.__dict__["value"] = "shadow"
print(s.value)


class Extra:
    @property
    def two(self, extra=2):
        return extra


print(Extra().two)
total = 0
for i in range(2000):
    total += Circle(i).diameter
print(total)
c.broken
