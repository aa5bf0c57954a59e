# Class patterns: __match_args__, keywords, built-in types that match
# themselves, inheritance, and the errors.


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Lazy:
    @property
    def value(self):
        print("  value read")
        return 7

    @property
    def broken(self):
        raise AttributeError("not here")


def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point3(x, y, z=0):
            return f"3d flat {x},{y}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case int(n) | float(n):
            return f"number {n}"
        case str(s):
            return f"string {s!r}"
        case bool(b):
            return "never: True is an int first"
        case list([a, b]):
            return f"list of two {a} {b}"
        case dict({"k": v}):
            return f"dict with k {v}"
        case tuple((a, *_)):
            return f"tuple from {a}"
        case Lazy(value=7):
            return "lazy seven"
        case object(__class__=cls):
            return f"an object of {cls.__name__}"


for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2),
          Point3(0, 0, 0), Point3(1, 2, 0), Point3(1, 2, 3), 5, 2.5, True, "s",
          [1, 2], [1, 2, 3], {"k": 1}, (9, 8), Lazy(), None]:
    print(where(p))

match Lazy():
    case Lazy(broken=_):
        print("no")
    case Lazy():
        print("a missing attribute is no match")


def error(source):
    try:
        exec(source, {})
    except TypeError as e:
        print("TypeError:", e)


error("match 1:\n case len(): pass")
error("class C: __match_args__ = ['a']\nmatch C():\n case C(x): pass")
error("class C: __match_args__ = ('a',)\nmatch C():\n case C(x, y): pass")
error("class C: pass\nmatch C():\n case C(x): pass")
error("match 1:\n case int(x, y): pass")
error("class C: __match_args__ = ('a', 'a')\nc = C(); c.a = 1\nmatch c:\n case C(x, a=y): pass")
error("class C: __match_args__ = (1,)\nmatch C():\n case C(x): pass")
error("class C: __match_args__ = ('a',)\nc = C(); c.a = 1\nmatch c:\n case C(x, a=1): pass")


class NoArgs:
    pass


match NoArgs():
    case NoArgs():
        print("no sub-patterns need no __match_args__")

match 3:
    case NoArgs():
        print("no")
    case int():
        print("not an instance: no match, no error")


class Sub(int):
    pass


match Sub(4):
    case int(value):
        print("int subclass matches itself:", value, type(value).__name__)


class Tricky(Point):
    __match_args__ = ("y",)


match Tricky(1, 2):
    case Point(first):
        print("subclass's __match_args__ used:", first)
