"""sum() over lists and tuples read as their iterators would (a subclass's
__iter__ is used, a list changed while summed is read as it is), and
isinstance() against plain classes, metaclasses with __instancecheck__,
and classes that only claim a __class__."""


class Backwards(list):
    def __iter__(self):
        return iter(list(list.__iter__(self))[::-1])


class Doubled(tuple):
    def __iter__(self):
        for item in tuple.__iter__(self):
            yield item * 2


print(sum(Backwards([[1], [2]]), []), sum(Backwards([1, 2, 3])), sum(Doubled((1, 2, 3))))


class Refuses(list):
    def __iter__(self):
        raise ValueError("no iterating")


# The iterator is asked for before the start is checked, as in CPython.
for start in ("", 0):
    try:
        sum(Refuses([1]), start)
    except ValueError as error:
        print(error)
try:
    sum(5, "")
except TypeError as error:
    print(error)


class Grower:
    """Adding it appends to the list being summed, twice at most."""

    def __init__(self, items, value):
        self.items, self.value = items, value

    def __radd__(self, other):
        if len(self.items) < 6:
            self.items.append(len(self.items))
        return other + self.value


items = [1, 2]
items.append(Grower(items, 100))
print(sum(items), items[3:])

shrinking = [1, 2, 3, 4]


class Shrinker:
    def __radd__(self, other):
        del shrinking[2:]
        return other + 10


shrinking[1] = Shrinker()
print(sum(shrinking), shrinking[0])
print(sum(()), sum((1.5, 2.5)), sum([[1], [2], [3]], []), sum(((1,), (2,)), ()))


class Meta(type):
    def __instancecheck__(cls, instance):
        print("checking", type(instance).__name__)
        return instance == 42


class Checked(metaclass=Meta):
    pass


class OwnHook:
    # Looked up on the metaclass, so this one is never consulted.
    def __instancecheck__(self, instance):
        return True


class Claims:
    @property
    def __class__(self):
        return int


print(isinstance(42, Checked), isinstance(7, Checked), isinstance(Checked(), Checked))
print(isinstance(5, OwnHook), isinstance(OwnHook(), OwnHook))
print(isinstance(Claims(), int), isinstance(Claims(), Claims), isinstance(Claims(), (str, int)))
print(isinstance(True, int), isinstance(1, bool), isinstance([], (list, tuple)), isinstance(3, object))
print(isinstance(int, type), isinstance(Meta, type), isinstance(Checked, Meta))
try:
    isinstance(1, 2)
except TypeError as error:
    print(error)
try:
    isinstance(1, list[int])
except TypeError as error:
    print(error)
