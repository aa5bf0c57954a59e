# What ends up in a class __dict__: __module__, __doc__, __dict__/__weakref__ slots, and order.
def keys(cls):
    # __dict__/__weakref__ getset descriptors are left out here
    return [k for k in cls.__dict__.keys() if k not in ("__dict__", "__weakref__")]

class Empty:
    pass
print(keys(Empty))

class Documented:
    """Docstring here."""
    b = 2
    a = 1
    def method(self):
        pass
print(keys(Documented), Documented.__doc__)

class Child(Documented):
    c = 3
print(keys(Child), Child.__doc__)

class Slotted:
    __slots__ = ("x",)
print([k for k in keys(Slotted) if k != "x"], hasattr(Slotted(), "__dict__"))

class SubOfBuiltin(list):
    pass
print(keys(SubOfBuiltin))

class WithInit:
    def __init__(self):
        self.z = 1
        self.a = 2
print(keys(WithInit), list(vars(WithInit()).keys()))

# vars(cls) is the same mapping as cls.__dict__
print(vars(Documented) == Documented.__dict__, "method" in vars(Documented))

# Class attributes set later are appended
Documented.late = 5
print(keys(Documented)[-1])

# __dict__ of an instance vs class
d = Documented()
d.x = 1
print(d.__dict__, "x" in Documented.__dict__, "a" in d.__dict__)
d.__dict__["y"] = 2
print(d.y, sorted(vars(d)))

# Names starting with double underscore are mangled in the class dict
class Mangled:
    __private = 1
    __dunder__ = 2
    def __meth(self):
        return "private"
    def call(self):
        return self.__meth(), self.__private
print(sorted(k for k in keys(Mangled) if "private" in k or "meth" in k or "dunder" in k), Mangled().call())
class SubMangled(Mangled):
    __private = 10
    def call2(self):
        return self.__private
print(SubMangled().call(), SubMangled().call2())
try:
    Mangled().__meth()
except AttributeError as e:
    print(type(e).__name__, e)

# __module__ is taken from the defining module's globals
print(Empty.__module__, Documented.method.__module__)
