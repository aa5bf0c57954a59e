# Calling a class runs its __init__: arguments of every kind, inheritance,
# what __init__ may return, and what happens when it raises.
class Point:
    def __init__(self, x, y=0, *rest, scale=1, **extra):
        self.x = x * scale
        self.y = y * scale
        self.rest = rest
        self.extra = extra


p = Point(1)
print(p.x, p.y, p.rest, p.extra)
p = Point(1, 2, 3, 4, scale=10, color="red")
print(p.x, p.y, p.rest, p.extra)
p = Point(*[5, 6], **{"scale": 2})
print(p.x, p.y)


class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


q = Point3(1, 2, 3)
print(type(q).__name__, q.x, q.y, q.z, isinstance(q, Point))


class Inherits(Point):
    pass


print(Inherits(4, 5).y)


class ReturnsValue:
    def __init__(self):
        return 42


try:
    ReturnsValue()
except TypeError as error:
    print("TypeError:", error)


class ReturnsNoneExplicitly:
    def __init__(self):
        return None


print(type(ReturnsNoneExplicitly()).__name__)


class GeneratorInit:
    def __init__(self):
        yield 1


try:
    GeneratorInit()
except TypeError as error:
    print("TypeError:", error)


class Rebinds:
    def __init__(self, value):
        self.value = value
        self = "something else"


print(Rebinds(7).value)


class Raises:
    def __init__(self, n):
        if n < 0:
            raise ValueError(f"negative: {n}")
        self.n = n


for n in (1, -1):
    try:
        print("made", Raises(n).n)
    except ValueError as error:
        print("ValueError:", error)

try:
    Point()
except TypeError as error:
    print("TypeError:", error)
try:
    Point(1, nope=2, scale=3, **{"scale": 4})
except TypeError as error:
    print("TypeError:", error)


class Tree:
    def __init__(self, depth):
        self.children = [Tree(depth - 1) for _ in range(2)] if depth else []

    def size(self):
        return 1 + sum(child.size() for child in self.children)


print(Tree(6).size())


class Counted:
    made = 0

    def __init__(self):
        Counted.made += 1


objects = [Counted() for _ in range(1000)]
print(Counted.made, len({id(o) for o in objects}))


class WithNew:
    def __new__(cls, value):
        instance = super().__new__(cls)
        instance.from_new = value
        return instance

    def __init__(self, value):
        self.from_init = value * 2


w = WithNew(3)
print(w.from_new, w.from_init)


class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", args)
        return super().__call__(*args)


class Made(metaclass=Meta):
    def __init__(self, a):
        self.a = a


print(Made(9).a)


def make_many():
    total = 0
    for i in range(10000):
        total += Point(i, i).x
    return total


print(make_many())
