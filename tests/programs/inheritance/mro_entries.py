# __mro_entries__: non-class objects in a bases list, and __orig_bases__.
class Base:
    def hello(self):
        return "Base.hello"

class Spec:
    def __init__(self, cls, tag):
        self.cls = cls
        self.tag = tag
    def __mro_entries__(self, bases):
        print("__mro_entries__", self.tag, "bases length", len(bases))
        return (self.cls,)

spec = Spec(Base, "first")
class Derived(spec):
    pass
print([k.__name__ for k in Derived.__mro__], Derived().hello())
print(Derived.__orig_bases__[0] is spec, Derived.__bases__ == (Base,))
print("__orig_bases__" in Derived.__dict__)

# Plain classes get no __orig_bases__
class Plain(Base):
    pass
print("__orig_bases__" in Plain.__dict__)

# Returning multiple classes or none
class Mixin:
    def mix(self):
        return "mixed"
class Multi:
    def __mro_entries__(self, bases):
        return (Base, Mixin)
class UsesMulti(Multi()):
    pass
print([k.__name__ for k in UsesMulti.__mro__], UsesMulti().mix())

class Vanish:
    def __mro_entries__(self, bases):
        return ()
class OnlyVanish(Vanish()):
    pass
print([k.__name__ for k in OnlyVanish.__bases__])
class WithVanish(Base, Vanish()):
    pass
print([k.__name__ for k in WithVanish.__bases__])

# Must return a tuple
class BadEntries:
    def __mro_entries__(self, bases):
        return [Base]
try:
    class Broken(BadEntries()):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# Generic aliases use __mro_entries__
class MyList(list[int]):
    pass
print([k.__name__ for k in MyList.__mro__], MyList.__orig_bases__)

# type() does not apply __mro_entries__
try:
    type("T", (spec,), {})
except TypeError as e:
    print(type(e).__name__, e)
