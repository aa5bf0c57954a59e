# Slot values live in the instance, apart from its __dict__, and are read
# and written through the class's member descriptors.
class A:
    __slots__ = ("name", "__secret")

    def __init__(self, name):
        self.name = name
        self.__secret = name.upper()

    def secret(self):
        return self.__secret


class B(A):
    pass


b = B("bee")
b.extra = 2
print(sorted(b.__dict__), b.name, b.extra, b.secret())
print(sorted(k for k in vars(A) if not k.startswith("__")))
print(A.name, A._A__secret)
print(getattr(b, "name"), hasattr(b, "missing"), getattr(b, "missing", "default"))
setattr(b, "name", "changed")
print(b.name, A.name.__get__(b, B))
delattr(b, "name")
print(hasattr(b, "name"))
try:
    b.name
except AttributeError as e:
    print("AttributeError", e)
try:
    del b.name
except AttributeError as e:
    print("AttributeError", e)


class C:
    __slots__ = ("x", "y")


class D:
    __slots__ = ("x", "y")


c = C()
c.x, c.y = 1, 2
c.__class__ = D
print(type(c).__name__, c.x, c.y)
try:
    c.z = 3
except AttributeError as e:
    print("AttributeError", e)
try:
    A.name.__get__(c)
except TypeError as e:
    print("TypeError", e)


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def moved(self, dx):
        return Point(self.x + dx, self.y)


points = [Point(i, -i) for i in range(5)]
total = 0
for _ in range(3):
    points = [p.moved(1) for p in points]
for p in points:
    total += p.x * 10 + p.y
print(total, [(p.x, p.y) for p in points[:2]])
