# Assigning __class__: between user classes laid out alike, with CPython's
# errors otherwise.

class A:
    def hello(self):
        return "A says hi to " + self.name


class B:
    def hello(self):
        return "B greets " + self.name


class C(A):
    pass


a = A()
a.name = "x"
print(a.hello(), type(a).__name__, a.__class__.__name__)
a.__class__ = B
print(a.hello(), type(a).__name__, isinstance(a, B), isinstance(a, A), a.name)
a.__class__ = C
print(a.hello(), type(a).__name__)


class I(int):
    pass


class J(int):
    pass


class S(str):
    pass


i = I(5)
try:
    i.__class__ = J
except TypeError as error:
    print("TypeError:", error)
print(type(i).__name__, i + 1)


class Slotted:
    __slots__ = ("p",)


class Slotted2:
    __slots__ = ("q",)


class Slotted3:
    __slots__ = ("p",)


class E1(ValueError):
    pass


class E2(KeyError):
    pass


class E3(ValueError):
    pass


e = E1("m")
e.__class__ = E3
print(type(e).__name__, e.args, isinstance(e, E3))
try:
    e.__class__ = E2
except TypeError as error:
    print("TypeError:", error)

s3 = Slotted()
s3.__class__ = Slotted3
print(type(s3).__name__)
for target, new in [(a, 1), (a, I), (i, S), (1, bool), ("s", S), (Slotted(), Slotted2), (Slotted(), A), (a, int), ([], list)]:
    try:
        target.__class__ = new
        print("assigned", type(target).__name__)
    except TypeError as error:
        print("TypeError:", error)
try:
    del a.__class__
except TypeError as error:
    print("TypeError:", error)


class Meta(type):
    pass


class K(metaclass=Meta):
    pass


class K2:
    pass


try:
    K.__class__ = type
    print("metaclass changed", type(K).__name__)
except TypeError as error:
    print("TypeError:", error)
