class Base:
    count = 0

    def __init__(self, name):
        self.name = name
        Base.count += 1

    def describe(self):
        return f"{type(self).__name__}({self.name})"

    @property
    def upper(self):
        return self.name.upper()

    @staticmethod
    def kind():
        return "base"

    @classmethod
    def make(cls, name):
        return cls(name)


class Child(Base):
    def describe(self):
        return "child " + super().describe()


c = Child.make("x")
print(c.describe(), c.upper, Child.kind(), Base.count)
print(isinstance(c, Base), issubclass(Child, Base), Child.__mro__)
print(repr(Base("y").describe()), Base.count)


class Eq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Eq) and self.v == other.v

    def __lt__(self, other):
        return self.v < other.v


print(Eq(1) == Eq(1), Eq(1) != Eq(2), sorted([Eq(3), Eq(1)])[0].v)
try:
    hash(Eq(1))
except TypeError as error:
    print(error)
