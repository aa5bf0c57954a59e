# Class patterns: __match_args__ maps positions to attributes, keywords look
# attributes up by name, inherited and overridden __match_args__, and the
# TypeErrors for bad positional sub-patterns.


class Vec:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


class Vec3(Vec):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Named:
    __match_args__ = ("name",)

    def __init__(self, name):
        self.name = name

    @property
    def upper(self):
        return self.name.upper()


def look(v):
    match v:
        case Vec3(x, y, z=0):
            return f"Vec3 flat {x} {y}"
        case Vec(0, 0):
            return "zero"
        case Vec(x, y=0):
            return f"on x at {x}"
        case Vec(x=x, y=y) if x == -y:
            return f"anti-diagonal {x}"
        case Vec(x, y):
            return f"vec {x} {y}"
        case Named("admin"):
            return "the admin"
        case Named(name, upper=up):
            return f"named {name} ({up})"
    return "?"


for v in [Vec(0, 0), Vec(4, 0), Vec(3, -3), Vec(1, 2), Vec3(1, 2, 0), Vec3(1, 2, 5),
          Named("admin"), Named("bob")]:
    print(look(v))


def attempt(label, func):
    try:
        print(label, "->", func())
    except TypeError as e:
        print(label, "-> TypeError:", e)


def too_many():
    match Named("x"):
        case Named(a, b):
            return "no"


def not_tuple():
    class L:
        __match_args__ = ["a"]
        a = 1
    match L():
        case L(v):
            return v


def no_match_args():
    class N:
        pass
    match N():
        case N(v):
            return v


def string_match_args():
    class S:
        __match_args__ = "ab"
        a = 1
    match S():
        case S(v):
            return v


def non_str_entry():
    class T:
        __match_args__ = ("a", 2)
        a = 1
    match T():
        case T(_, _):
            return "no"


def duplicate_via_keyword():
    match Vec(1, 2):
        case Vec(a, x=b):
            return "no"


def empty_match_args():
    class E:
        __match_args__ = ()
    match E():
        case E():
            return "no sub-patterns is fine"


attempt("too many", too_many)
attempt("list __match_args__", not_tuple)
attempt("no __match_args__", no_match_args)
attempt("str __match_args__", string_match_args)
attempt("non-str entry", non_str_entry)
attempt("duplicate keyword", duplicate_via_keyword)
attempt("empty", empty_match_args)
# No error when the class check already failed.
match 5:
    case Named(a, b, c):
        print("no")
    case _:
        print("isinstance fails first: no error for too many patterns")

# Missing attribute simply fails the case.
match Vec(1, 2):
    case Vec(x, y, z=z):
        print("no")
    case Vec(x, y):
        print("missing keyword attribute fails quietly", x, y)


# __match_args__ is looked up on the class, not the instance.
obj = Vec(7, 8)
obj.__match_args__ = ("y", "x")
match obj:
    case Vec(first, second):
        print("class __match_args__ wins:", first, second)
