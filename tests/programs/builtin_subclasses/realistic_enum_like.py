# A small enum-like class hierarchy built on int (no enum module): members
# are int subclass instances created once in __new__, with name lookups.
class EnumInt(int):
    _members = None
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._members = {}
        for name, value in list(vars(cls).items()):
            if name.isupper() and isinstance(value, int):
                member = int.__new__(cls, value)
                member.name = name
                cls._members[value] = member
                setattr(cls, name, member)
    def __new__(cls, value):
        try:
            return cls._members[value]
        except (KeyError, TypeError):
            raise ValueError(f"{value!r} is not a valid {cls.__name__}") from None
    def __repr__(self):
        return f"<{type(self).__name__}.{self.name}: {int(self)}>"
    def __str__(self):
        return f"{type(self).__name__}.{self.name}"
    @classmethod
    def members(cls):
        return [cls._members[k] for k in sorted(cls._members)]

class Color(EnumInt):
    RED = 1
    GREEN = 2
    BLUE = 3

class Status(EnumInt):
    OK = 200
    NOT_FOUND = 404
    ERROR = 500

print(Color.RED, repr(Color.GREEN), Color(3), Color(3) is Color.BLUE, Color.RED == 1, Color.RED + 1)
print(Color.members(), [m.name for m in Status.members()])
print(int(Status.NOT_FOUND), f"{Status.OK}", f"{Status.OK:d}", "%d" % Status.ERROR, "%s" % Status.ERROR)
try:
    Color(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Status("200")
except ValueError as e:
    print(type(e).__name__, e)
print(sorted([Status.ERROR, Status.OK, Status.NOT_FOUND]), max(Color.members()))
print({Color.RED: "stop", Color.GREEN: "go"}[1], Color.BLUE in [3], isinstance(Color.RED, int))
print([1, 2, 3, 4][Color.GREEN], "abc"[Color.RED:], bin(Color.BLUE), Color.RED.bit_length())
lookup = {m.name.lower(): m for m in Color.members()}
print(lookup["green"], lookup["green"].name, type(lookup["green"]).__name__)
def http_message(code):
    status = Status(code)
    if status == Status.OK:
        return "fine"
    return f"{status.name.replace('_', ' ').lower()} ({int(status)})"
print([http_message(c) for c in (200, 404, 500)])
print(Color.RED < Color.BLUE, Color.RED == Status.OK, hash(Color.RED) == hash(1), type(Color.RED * 2).__name__)
