# Details of class patterns: isinstance goes through __instancecheck__,
# attributes through normal lookup (properties, __getattr__), errors other
# than AttributeError propagate, and lookups happen in pattern order.


class Meta(type):
    def __instancecheck__(cls, obj):
        print(f"  __instancecheck__({cls.__name__}, {type(obj).__name__})")
        return hasattr(obj, "quack")


class Duck(metaclass=Meta):
    __match_args__ = ("quack",)


class Robot:
    quack = "beep"


class Cat:
    meow = "meow"


for animal in [Robot(), Cat()]:
    match animal:
        case Duck(sound):
            print("duck-typed:", sound)
        case _:
            print("not a duck:", type(animal).__name__)


class Dynamic:
    __match_args__ = ("a", "b")

    def __getattr__(self, name):
        print("  __getattr__", name)
        if name == "a":
            return 1
        raise AttributeError(name)


match Dynamic():
    case Dynamic(1, b):
        print("no")
    case Dynamic(a):
        print("only a:", a)


class Fragile:
    __match_args__ = ("ok", "bad")
    ok = "fine"

    @property
    def bad(self):
        raise ValueError("property exploded")


try:
    match Fragile():
        case Fragile(ok, bad):
            print("no")
except ValueError as e:
    print("ValueError propagates:", e)

try:
    match Fragile():
        case Fragile("other", _):
            print("no")
except ValueError as e:
    print("all attributes are read before sub-patterns are matched:", e)

match Fragile():
    case Fragile(ok):
        print("bad is not read when not asked for:", ok)


class Traced:
    __match_args__ = ("p", "q")

    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("  get", name)
        return object.__getattribute__(self, name)

    def __init__(self):
        self.p, self.q, self.r = 1, 2, 3


print("positional then keyword, left to right:")
match Traced():
    case Traced(1, 2, r=3):
        print("matched all")

print("all attributes are fetched, then matched:")
match Traced():
    case Traced(9, q=2, r=3):
        print("no")
    case _:
        print("fell through")

# Class pattern with a tuple-of-types is not allowed: only a class.
for src in ["match 1:\n case (int, str)(): pass"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)

import math
try:
    match 1:
        case math.floor():
            pass
except TypeError as e:
    print("TypeError:", e)


class Base:
    __match_args__ = ("v",)

    def __init__(self, v):
        self.v = v


class Child(Base):
    pass


match Child(5):
    case Base(v):
        print("subclass instance matches base pattern:", v)
match Base(5):
    case Child(v):
        print("no")
    case Base(v):
        print("base instance does not match child pattern")
