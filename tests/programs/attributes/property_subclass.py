# Subclasses of property: extra behaviour, copying via getter/setter/deleter, __doc__.
class logged_property(property):
    def __get__(self, obj, objtype=None):
        if obj is not None:
            print("get", self.fget.__name__)
        return super().__get__(obj, objtype)
    def __set__(self, obj, value):
        print("set", self.fget.__name__, value)
        super().__set__(obj, value)

class Temp:
    def __init__(self):
        self._c = 0.0
    @logged_property
    def celsius(self):
        "temperature in C"
        return self._c
    @celsius.setter
    def celsius(self, value):
        self._c = float(value)
    @logged_property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit)
print(type(Temp.celsius).__name__, Temp.celsius.__doc__, isinstance(Temp.celsius, property))
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError", e)

# .setter on a subclass instance returns the same subclass type.
base = logged_property(lambda self: 1)
derived = base.setter(lambda self, v: None)
print(type(derived).__name__, derived is base, derived.fget is base.fget, base.fset, derived.fset is not None)

# A property subclass with its own __init__ and attribute.
class typed_property(property):
    def __init__(self, kind, fget=None, fset=None, fdel=None, doc=None):
        super().__init__(fget, fset, fdel, doc)
        self.kind = kind
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"expected {self.kind.__name__}, got {type(value).__name__}")
        super().__set__(obj, value)

class Person:
    def _get_age(self):
        return self._age
    def _set_age(self, v):
        self._age = v
    age = typed_property(int, _get_age, _set_age)
p = Person()
p.age = 30
print(p.age, Person.age.kind.__name__)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError", e)

