"""isinstance() in every shape: exact types, subclasses, built-in and user
classes, classes that claim others through __class__, metaclasses with
__instancecheck__, tuples, and the errors."""
class Base:
    pass


class Derived(Base):
    pass


class MyList(list):
    pass


class Pretender:
    """Claims to be a Base through __class__."""

    @property
    def __class__(self):
        return Base


class Meta(type):
    def __instancecheck__(cls, instance):
        print("  __instancecheck__", cls.__name__, type(instance).__name__)
        return isinstance(instance, int)


class Checked(metaclass=Meta):
    pass


class Registry(type):
    """A metaclass whose classes accept registered classes, as ABCMeta's do."""

    def __init__(cls, name, bases, namespace):
        super().__init__(name, bases, namespace)
        cls.registered = []

    def register(cls, other):
        cls.registered.append(other)
        return other

    def __instancecheck__(cls, instance):
        return any(issubclass(type(instance), c) for c in [cls, *cls.registered])


class Interface(metaclass=Registry):
    def run(self):
        raise NotImplementedError


class Runner:
    def run(self):
        return "ran"


Interface.register(Runner)

values = [0, True, 1.5, "s", b"b", [], MyList(), (), {}, None, Base(), Derived(), Pretender(), Runner(), len, Base]
classes = [int, bool, float, str, list, MyList, tuple, dict, object, type, Base, Derived, Interface]
for value in values:
    row = [isinstance(value, cls) for cls in classes]
    print(type(value).__name__.ljust(18), "".join("x" if hit else "." for hit in row))

print(isinstance(Pretender(), Base), isinstance(Pretender(), Pretender), isinstance(Pretender(), object))
print(isinstance(5, Checked), isinstance("5", Checked), isinstance(Checked(), Checked))
print(isinstance(3, (str, int)), isinstance(3, (str, (float, (int,)))), isinstance(3, ()))
print(isinstance(MyList(), (dict, list)), isinstance(Base, type), isinstance(Meta, type))
print(isinstance(int | str, type), isinstance(3, int | str), isinstance("x", int | None))

for bad in [(1, 2), (1, "int"), (1, [int]), (1, (int, 3))]:
    try:
        print(isinstance(*bad))
    except TypeError as error:
        print("TypeError", error)

for call in [lambda: isinstance(1), lambda: isinstance(1, int, 2), lambda: isinstance(1, classinfo=int)]:
    try:
        call()
    except TypeError as error:
        print("TypeError", error)

check = isinstance
print(check(1, int), check([], list), check(1, str))


def count(items, cls):
    hits = 0
    for item in items:
        if isinstance(item, cls):
            hits += 1
    return hits


mixed = [1, "a", 2.0, [3], MyList([4]), Derived(), True] * 50
print(count(mixed, int), count(mixed, list), count(mixed, Base), count(mixed, object))

# A class gains __instancecheck__ only through its metaclass: setting it on
# the class itself changes nothing.
Base.__instancecheck__ = lambda self, other: True
print(isinstance(3, Base))
