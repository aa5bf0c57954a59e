# type.__subclasses__(): direct subclasses in creation order, for user
# classes and built-in types; dead classes drop out after a collection.
import gc


class A:
    pass


class B(A):
    pass


class C(A):
    pass


class D(B, C):
    pass


print(A.__subclasses__())
print(B.__subclasses__(), C.__subclasses__(), D.__subclasses__())
print(type(A.__subclasses__()))
print(A.__subclasses__() is A.__subclasses__())

# Built-in hierarchies.
print(int.__subclasses__()[0], bool.__subclasses__())
print(BaseException.__subclasses__())
print(ArithmeticError.__subclasses__())
print(LookupError.__subclasses__()[:2])
print(OSError.__subclasses__()[:4])
print(Exception.__subclasses__()[:6])


def walk(cls, depth=0):
    for sub in cls.__subclasses__():
        if sub.__module__ == "builtins":
            print("  " * depth + sub.__name__)
            walk(sub, depth + 1)


walk(BaseException)


# Classes made by type() and by metaclasses are recorded too.
class Meta(type):
    pass


class WithMeta(A, metaclass=Meta):
    pass


Made = type("Made", (A,), {})
print([cls.__name__ for cls in A.__subclasses__()])
print(type.__subclasses__(Meta), Meta in type.__subclasses__(type))


# __init_subclass__ already sees the new class among the subclasses.
class Base:
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        print("init_subclass:", [c.__name__ for c in Base.__subclasses__()])


class First(Base):
    pass


class Second(Base):
    pass


# A class that is no longer used disappears once collected.
def make_temporary():
    class Temporary(A):
        pass

    return Temporary


temporary = make_temporary()
print([cls.__name__ for cls in A.__subclasses__()])
del temporary
gc.collect()
print([cls.__name__ for cls in A.__subclasses__()])

# Many short-lived classes do not accumulate.
for i in range(200):
    type("Short%d" % i, (C,), {})
gc.collect()
print(len(C.__subclasses__()), C.__subclasses__())

# A failed class statement leaves nothing behind.
try:

    class Bad(A, A):
        pass

except TypeError as error:
    print("TypeError:", error)
print([cls.__name__ for cls in A.__subclasses__()])

for call in (lambda: A.__subclasses__(1), lambda: type.__subclasses__(1)):
    try:
        call()
    except TypeError as error:
        print("TypeError:", error)
