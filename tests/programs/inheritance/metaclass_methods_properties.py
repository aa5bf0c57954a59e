# Metaclass methods and properties are visible on classes but not on instances.
class Meta(type):
    def class_info(cls):
        return "info about %s" % cls.__name__
    @property
    def upper_name(cls):
        return cls.__name__.upper()
    registry_size = 0
    def __len__(cls):
        return len(cls.items)
    def __iter__(cls):
        return iter(cls.items)
    def __getitem__(cls, key):
        return "%s[%r]" % (cls.__name__, key)
    def __contains__(cls, x):
        return x in cls.items

class Box(metaclass=Meta):
    items = [3, 1, 2]
    def own(self):
        return "own method"

print(Box.class_info(), Box.upper_name, Box.registry_size)
print(len(Box), list(Box), sorted(Box), Box["key"], 2 in Box, 9 in Box)
b = Box()
for name in ("class_info", "upper_name", "registry_size", "own", "items"):
    print(name, hasattr(Box, name), hasattr(b, name))
try:
    b.class_info()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    b.upper_name
except AttributeError as e:
    print(type(e).__name__, e)
try:
    len(b)
except TypeError as e:
    print(type(e).__name__, e)

# Metaclass methods are not in the class __dict__ or dir() of the class
print("class_info" in Box.__dict__, "class_info" in dir(Box), "own" in dir(Box))

# Class attribute shadows the metaclass non-data attribute
class Meta2(type):
    label = "from meta"
    other = "meta only"
class Shadow(metaclass=Meta2):
    label = "from class"
print(Shadow.label, Shadow().label, Shadow.other, hasattr(Shadow(), "other"))

# Setting through a metaclass property without a setter
try:
    Box.upper_name = "x"
except AttributeError as e:
    print(type(e).__name__, e)

# Metaclass property with a setter
class Meta3(type):
    @property
    def level(cls):
        return cls._level
    @level.setter
    def level(cls, value):
        print("setting level on", cls.__name__, value)
        cls._level = value
class Lv(metaclass=Meta3):
    _level = 1
Lv.level = 5
print(Lv.level, Lv._level, Lv().__class__.level)

# Metaclass methods are inherited by subclasses of the class
class SubBox(Box):
    items = ["a"]
print(SubBox.class_info(), SubBox.upper_name, len(SubBox), list(SubBox))

# Metaclass __eq__/__hash__ and __lt__ for sorting classes
class Ranked(type):
    def __lt__(cls, other):
        return cls.rank < other.rank
class R1(metaclass=Ranked): rank = 3
class R2(metaclass=Ranked): rank = 1
class R3(metaclass=Ranked): rank = 2
print([k.__name__ for k in sorted([R1, R2, R3])], R2 < R1)
