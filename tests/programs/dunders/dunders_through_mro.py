# Special methods found through the MRO: mixins providing operators,
# super() calls inside dunders, diamond inheritance, and a subclass
# disabling an inherited protocol by setting it to None.

class ComparableMixin:
    def __lt__(self, other):
        return self._key() < other._key()
    def __le__(self, other):
        return self._key() <= other._key()
    def __gt__(self, other):
        return self._key() > other._key()
    def __ge__(self, other):
        return self._key() >= other._key()

class EqualityMixin:
    def __eq__(self, other):
        return type(self) is type(other) and self._key() == other._key()
    def __hash__(self):
        return hash(self._key())

class Card(ComparableMixin, EqualityMixin):
    RANKS = "23456789TJQKA"
    def __init__(self, text):
        self.rank, self.suit = text[0], text[1]
    def _key(self):
        return (Card.RANKS.index(self.rank), self.suit)
    def __repr__(self):
        return self.rank + self.suit

hand = [Card(t) for t in ["Qh", "2c", "As", "Td", "2d"]]
print(sorted(hand), max(hand), min(hand), Card("As") == Card("As"), Card("As") in set(hand))
print([m.__name__ for m in Card.__mro__])

# super() inside dunders
class Base:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return ("Base.add", self.v, other)
    def __repr__(self):
        return "Base(%r)" % self.v
    def __getitem__(self, i):
        return "Base[%r]" % (i,)
    def __len__(self):
        return 1

class Logged(Base):
    def __add__(self, other):
        return ("Logged", super().__add__(other))
    def __repr__(self):
        return "Logged<" + super().__repr__() + ">"
    def __getitem__(self, i):
        if isinstance(i, slice):
            return "Logged slice"
        return super().__getitem__(i)
    def __len__(self):
        return super().__len__() + 10

lg = Logged(3)
print(lg + 1, repr(lg), lg[0], lg[1:2], len(lg))

# diamond: the MRO decides which dunder wins, and super() chains through
class A:
    def __str__(self):
        return "A"
class B(A):
    def __str__(self):
        return "B>" + super().__str__()
class C(A):
    def __str__(self):
        return "C>" + super().__str__()
class D(B, C):
    def __str__(self):
        return "D>" + super().__str__()
print(str(D()), f"{D()}", [c.__name__ for c in D.__mro__])

# disabling inherited protocols
class Sized:
    def __len__(self):
        return 4
    def __iter__(self):
        return iter(range(4))
    def __hash__(self):
        return 1
class NoLen(Sized):
    __len__ = None
class NoIter(Sized):
    __iter__ = None
class NoHash(Sized):
    __hash__ = None
def t(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, "TypeError:", e)
t("len(NoLen)", lambda: len(NoLen()))
t("list(NoLen)", lambda: list(NoLen()))
t("list(NoIter)", lambda: list(NoIter()))
t("iter(NoIter)", lambda: iter(NoIter()))
t("len(NoIter)", lambda: len(NoIter()))
t("hash(NoHash)", lambda: hash(NoHash()))
t("hash(Sized)", lambda: hash(Sized()))

# a dunder defined in a metaclass applies to the class, not its instances
class Meta(type):
    def __len__(cls):
        return 99
    def __getitem__(cls, key):
        return "%s[%s]" % (cls.__name__, key)
    def __invert__(cls):
        return "~" + cls.__name__
class WithMeta(metaclass=Meta):
    pass
print(len(WithMeta), WithMeta[int], ~WithMeta)
t("len(instance)", lambda: len(WithMeta()))
