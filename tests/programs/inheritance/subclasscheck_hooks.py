# __subclasscheck__ on metaclasses: virtual subclasses, registration, and errors.
class Registry(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls._virtual = []
    def register(cls, sub):
        cls._virtual.append(sub)
        return sub
    def __subclasscheck__(cls, sub):
        if type.__subclasscheck__(cls, sub):
            return True
        return any(issubclass(sub, v) for v in cls._virtual)
    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

class Sized(metaclass=Registry):
    pass

@Sized.register
class MyThing:
    pass
Sized.register(list)
Sized.register(str)

class SubThing(MyThing): pass
class RealSub(Sized): pass

for cls in (MyThing, SubThing, RealSub, list, str, int, dict, bool):
    print(cls.__name__, issubclass(cls, Sized))
print(isinstance([], Sized), isinstance(5, Sized), isinstance(SubThing(), Sized), isinstance(RealSub(), Sized))
print(Sized in MyThing.__mro__, Sized.__subclasses__() == [RealSub])

# issubclass with tuples
print(issubclass(int, (str, Sized)), issubclass(list, (int, Sized)), issubclass(bool, (int,)))

# issubclass argument errors
for args in [(1, int), (int, 1), ([], Sized)]:
    try:
        print(issubclass(*args))
    except TypeError as e:
        print(type(e).__name__, e)

# A hook can accept non-class first arguments
class Lenient(type):
    def __subclasscheck__(cls, sub):
        return isinstance(sub, str) and sub.startswith(cls.__name__)
class Foo(metaclass=Lenient):
    pass
print(issubclass("FooBar", Foo), issubclass("Bar", Foo))

# Hook result converted to bool; exceptions propagate
class Weird(type):
    def __subclasscheck__(cls, sub):
        if sub is float:
            raise RuntimeError("float not allowed")
        return [1] if sub is int else []
class W(metaclass=Weird):
    pass
print(issubclass(int, W), issubclass(str, W))
try:
    issubclass(float, W)
except RuntimeError as e:
    print(type(e).__name__, e)

# type.__subclasscheck__ and type.__instancecheck__ called directly
print(type.__subclasscheck__(Sized, RealSub), type.__subclasscheck__(Sized, list))
print(type.__instancecheck__(Sized, RealSub()), type.__instancecheck__(Sized, []))
print(int.__subclasscheck__(bool), object.__subclasscheck__(int) if hasattr(object, "__subclasscheck__") else "n/a")
