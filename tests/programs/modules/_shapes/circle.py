from ._units import UNIT, scale


class Circle:
    def __init__(self, radius):
        self.radius = scale(radius)

    def area(self):
        return round(3.14159 * self.radius ** 2, 2)

    def __repr__(self):
        return f"Circle({self.radius}{UNIT})"
