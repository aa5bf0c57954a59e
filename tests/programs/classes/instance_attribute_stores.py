# Attribute stores on new instances: each instance gets its own dict, in
# the order its attributes were first set, whatever earlier instances of
# the class held and however the class changes in between.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


points = [Point(i, i * i) for i in range(5)]
print([(p.x, p.y) for p in points], vars(points[3]))
odd = Point(1, 2)
odd.z = 3
later = Point(4, 5)
print(vars(odd), vars(later), "z" in vars(later))


class Reversed:
    def __init__(self, flip):
        if flip:
            self.b = 1
            self.a = 2
        else:
            self.a = 3
            self.b = 4


print([list(vars(Reversed(flip))) for flip in (False, True, False, True)])


class Wide:
    def __init__(self, n):
        for i in range(n):
            setattr(self, f"a{i}", i)
        self.last = n


wide = Wide(40)
print(len(vars(wide)), wide.a39, wide.last, list(vars(Wide(2))))


# A __setattr__ added to the class after instances were made is used by
# the next store on a new instance.
class Late:
    def __init__(self, value):
        self.value = value


first = [Late(i).value for i in range(3)]


def logging_setattr(self, name, value):
    print("set", name, value)
    object.__setattr__(self, name, value * 10)


Late.__setattr__ = logging_setattr
print(first, Late(7).value)
del Late.__setattr__
print(Late(8).value)


# A data descriptor added later takes the stores.
class Guarded:
    def __init__(self, value):
        self.value = value


print(Guarded(1).value)


def get_value(self):
    return self._value


def set_value(self, value):
    self._value = -value


Guarded.value = property(get_value, set_value)
guarded = Guarded(5)
print(guarded.value, vars(guarded))


class Slotted:
    __slots__ = ("x",)

    def __init__(self, x):
        self.x = x


slotted = Slotted(3)
print(slotted.x, hasattr(slotted, "__dict__"))
try:
    slotted.y = 1
except AttributeError as error:
    print(error)


class Child(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


print(vars(Child(1, 2, 3)), vars(Point(5, 6)))


# One store site, objects of several kinds.
def set_x(target):
    target.x = "set"
    return target.x


for target in [Point(1, 2), Point(3, 4), object(), Slotted(1), Wide(0), 5]:
    try:
        print(type(target).__name__, set_x(target))
    except AttributeError as error:
        print(type(target).__name__, "AttributeError:", error)
