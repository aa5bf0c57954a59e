# __instancecheck__ and __subclasscheck__ of a metaclass (or any object's
# type) decide isinstance and issubclass; except clauses do not ask them.

class Meta(type):
    def __instancecheck__(cls, instance):
        print("instancecheck", cls.__name__, type(instance).__name__)
        return isinstance(instance, int) or type.__instancecheck__(cls, instance)

    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return sub is int or type.__subclasscheck__(cls, sub)


class Integral(metaclass=Meta):
    pass


class Concrete(Integral):
    pass


print(isinstance(3, Integral))
print(isinstance("x", Integral))
print(isinstance(Concrete(), Integral))
print(isinstance(Integral(), Integral))
print(isinstance(3, (str, Integral)))
print(isinstance(3, (str, (bytes, Integral))))
print(issubclass(int, Integral))
print(issubclass(str, Integral))
print(issubclass(Concrete, Integral))
print(issubclass(bool, (str, Integral)))


class Anything:
    def __instancecheck__(self, instance):
        return True


print(isinstance(1, Anything()))
for bad in ["isinstance(1, 2)", "issubclass(1, int)", "issubclass(int, 2)", "isinstance(1, (int, 2))", "isinstance(1, (str, 2))"]:
    try:
        print(eval(bad))
    except TypeError as error:
        print("TypeError:", error)


class Loud(type):
    def __instancecheck__(cls, instance):
        return 0


class L(metaclass=Loud):
    pass


print(isinstance(L(), L), isinstance(1, L))
try:
    match 5:
        case Integral():
            print("matched through the hook")
except Exception as e:
    print(e)


class Boom(type):
    def __instancecheck__(cls, instance):
        raise ValueError("boom")


class B(metaclass=Boom):
    pass


try:
    isinstance(1, B)
except ValueError as error:
    print("ValueError:", error)
try:
    raise KeyError("k")
except Integral:
    print("no: except does not use the hook")
except KeyError:
    print("except ignores __subclasscheck__")
