# Classes: bases, keywords, metaclasses, methods, class and static methods,
# properties, super(), __class__ cells, name mangling, class variables,
# decorators and nested classes.
class Empty:
    pass


class Point:
    """A point."""
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f'Point({self.x}, {self.y})'

    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    @classmethod
    def origin(cls):
        return cls(0, 0)

    @staticmethod
    def dist(a, b):
        return abs(a.x - b.x) + abs(a.y - b.y)


class Point3(Point, metaclass=Meta, flag=True):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def uses_class(self):
        return __class__


class Private:
    __secret = 1

    def __method(self):
        return self.__secret + self.__other

    def call(self):
        return self.__method()


@dataclass
class Decorated(*bases, **options):
    x: int = 0


class Outer:
    class Inner:
        def method(self):
            return 'inner'

    attr = [Inner() for _ in range(2)]
