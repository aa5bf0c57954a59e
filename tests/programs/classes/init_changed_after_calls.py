# A class is called in a loop, then its __init__ or __new__ (its own or a
# base's) is added, replaced or removed: each call after sees the change.
import gc


class Base:
    pass


class Plain(Base):
    __slots__ = ()


def make(count):
    return [type(Plain()).__name__ for _ in range(count)]


print(make(3))
try:
    Plain(1)
except TypeError as error:
    print("TypeError", error)


def base_init(self):
    print("Base.__init__", type(self).__name__)


Base.__init__ = base_init
print(make(2))


def own_init(self):
    print("Plain.__init__")


Plain.__init__ = own_init
print(make(1))
del Plain.__init__
print(make(1))
del Base.__init__
print(make(2))


def base_new(cls):
    print("Base.__new__", cls.__name__)
    return object.__new__(cls)


Base.__new__ = base_new
print(make(1))
del Base.__new__
gc.collect()
print(make(2))


class WithInit:
    def __init__(self, value):
        self.value = value


values = [WithInit(i).value for i in range(3)]
gc.collect()
values += [WithInit(i).value for i in range(3, 5)]
WithInit.__init__ = lambda self, value: setattr(self, "value", -value)
values += [WithInit(i).value for i in range(5, 7)]
print(values)
