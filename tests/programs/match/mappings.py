# Mapping patterns: keys, values, **rest, dict subclasses, and what is
# not a mapping.


def config(subject):
    match subject:
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": "circle", "radius": r, **rest}:
            return f"circle {r} with {rest}"
        case {"type": kind, **rest} if not rest:
            return f"bare {kind}"
        case {1: one, 2.0: two}:
            return f"numbers {one} {two}"
        case {}:
            return f"some mapping of {len(subject)}"
        case _:
            return "not a mapping"


for subject in [{"type": "point", "x": 1, "y": 2},
                {"type": "point", "x": 1},
                {"type": "circle", "radius": 3},
                {"type": "circle", "radius": 3, "color": "red", "z": 0},
                {"type": "square"},
                {"type": "square", "side": 2},
                {1: "a", 2: "b"},
                {True: "t", 2: "two"},
                {},
                {"other": 1},
                [("type", "point")],
                "type",
                None]:
    print(subject, "->", config(subject))


class Tracing(dict):
    def get(self, key, default=None):
        print("  get", repr(key))
        return super().get(key, default)


print(config(Tracing({"type": "point", "x": 5, "y": 6})))


class Missing(dict):
    def __missing__(self, key):
        print("  __missing__ must not be called")
        return 0


print(config(Missing({"type": "point", "x": 5})))


class Default(dict):
    def get(self, key, default=None):
        return "always"


match Default():
    case {"anything": value}:
        print("get decides:", value)


def rest_is_a_copy(subject):
    match subject:
        case {"a": _, **rest}:
            rest["new"] = True
            return rest


original = {"a": 1, "b": 2}
print(rest_is_a_copy(original), original)


class Key:
    A = "a"
    B = "a"


try:
    match {"a": 1}:
        case {Key.A: 1, Key.B: 1}:
            print("no")
except ValueError as error:
    print("ValueError:", error)

try:
    match {"a": 1}:
        case {Key.A: 1}:
            print("one value pattern is fine")
except ValueError as error:
    print("unexpected", error)


class Unhashable:
    __hash__ = None
    KEY = [1]


try:
    match {"a": 1}:
        case {Unhashable.KEY: 1}:
            print("no")
except TypeError as error:
    print("TypeError:", error)
