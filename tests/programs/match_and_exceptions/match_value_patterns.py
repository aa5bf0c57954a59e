# Value patterns: dotted names are looked up and compared with ==, in
# order; they are never captures.
import math


class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"


class Http:
    OK = 200
    NOT_FOUND = 404

    class Redirect:
        MOVED = 301
        FOUND = 302


def describe(c):
    match c:
        case Color.RED:
            return "warm"
        case Color.GREEN | Color.BLUE:
            return "cool"
        case math.pi:
            return "pi"
        case Http.Redirect.MOVED | Http.Redirect.FOUND:
            return "redirect"
        case Http.OK:
            return "ok"
        case _:
            return "unknown"


for value in ["red", "green", "blue", math.pi, 3.14, 200, 200.0, 301, 302, 404]:
    print(repr(value), describe(value))

# The value is looked up each time the case is tried.
Color.RED = "crimson"
print("after rebinding:", describe("red"), describe("crimson"))


class Loud:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print(f"  Loud({self.v}).__eq__({other!r})")
        return isinstance(other, int) and other == self.v


class Consts:
    A = 1
    B = 2


print("subject on the left:")
match Loud(2):
    case Consts.A:
        print("A")
    case Consts.B:
        print("B")


class Lookups:
    calls = 0

    @classmethod
    def bump(cls):
        cls.calls += 1


class Meta(type):
    def __getattr__(cls, name):
        print("  class __getattr__", name)
        return 7


class Dyn(metaclass=Meta):
    pass


match 7:
    case Dyn.seven:
        print("value from metaclass __getattr__")

match 3:
    case Dyn.three:
        print("no")
    case other:
        print("no match, fell through to", other)


class Missing:
    pass


try:
    match 1:
        case Missing.nothing:
            print("no")
except AttributeError as e:
    print("AttributeError:", e)


# Value pattern vs capture: a bare name is a capture, a dotted name a value.
RED = "red"
match "blue":
    case RED:
        print("bare name captured:", RED)


class Mode:
    READ = "r"


def mode(m):
    match m:
        case Mode.READ:
            return "read"
        case _:
            return "other"


print(mode("r"), mode("w"))


class NotEq:
    def __eq__(self, other):
        return NotImplemented


class Holder:
    V = NotEq()


match NotEq():
    case Holder.V:
        print("identity fallback makes it equal")
    case _:
        print("two different NotEq objects are not equal")

match Holder.V:
    case Holder.V:
        print("the same object matches itself")
