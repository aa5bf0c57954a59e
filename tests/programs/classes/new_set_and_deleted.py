# Once __new__ is set or deleted on a class (or a base), CPython's tp_new
# stays slot_tp_new even when object.__new__ is found again: calls with
# extra arguments then fail in object.__new__ ("takes exactly one
# argument"), also for classes made later on such a base, while classes
# never touched keep "X() takes no arguments". __init__ has no such
# memory.


def attempt(label, make):
    for _ in range(2):
        try:
            result = make()
            print(label, "made", type(result).__name__)
        except TypeError as error:
            print(label, "TypeError:", error)


class Base:
    pass


class Plain(Base):
    pass


class WithInit(Base):
    def __init__(self, x):
        self.x = x


class Untouched:
    pass


attempt("Plain before", lambda: Plain(1))
attempt("WithInit before", lambda: WithInit(1))
attempt("direct before", lambda: object.__new__(WithInit, 1))

Base.__new__ = lambda cls, *args: object.__new__(cls)
attempt("Plain while set", lambda: Plain(1))
del Base.__new__


class Later(Base):
    pass


class LaterStill(Plain):
    pass


for name, make in [
    ("Base", lambda: Base(1)),
    ("Plain", lambda: Plain(1)),
    ("Plain no args", lambda: Plain()),
    ("WithInit", lambda: WithInit(2)),
    ("WithInit direct", lambda: object.__new__(WithInit, 1)),
    ("Later", lambda: Later(1)),
    ("LaterStill", lambda: LaterStill(1)),
    ("Untouched", lambda: Untouched(1)),
]:
    attempt(name, make)


class A:
    pass


class B(A):
    pass


B.__new__ = staticmethod(lambda cls, *args: object.__new__(cls))
del B.__new__
attempt("A", lambda: A(1))
attempt("B", lambda: B(1))


class C:
    pass


C.__init__ = lambda self, *args: None
del C.__init__
attempt("C after __init__ set and deleted", lambda: C(1))


class Meta(type):
    pass


class K(metaclass=Meta):
    pass


K.__new__ = lambda cls: object.__new__(cls)
del K.__new__
attempt("K", lambda: K(1))
