# __delete__ on descriptors and data descriptors that lack __set__ or __get__.
class Deletable:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        try:
            return obj.__dict__[self.name]
        except KeyError:
            raise AttributeError(f"{self.name!r} not set") from None
    def __set__(self, obj, value):
        print("set", self.name, value)
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print("delete", self.name)
        del obj.__dict__[self.name]

class A:
    x = Deletable()

a = A()
a.x = 1
print(a.x)
del a.x
try:
    a.x
except AttributeError as e:
    print("AttributeError", e)
try:
    del a.x
except KeyError as e:
    print("KeyError", e)

# Deleting through a descriptor defined on a base class, and via delattr().
class Audited(Deletable):
    def __delete__(self, obj):
        print("audited delete of", self.name, "on", type(obj).__name__)
        super().__delete__(obj)
class Base:
    a = Audited()
    b = Deletable()
class Sub(Base):
    pass
s = Sub()
s.a = "one"
s.b = "two"
print(sorted(s.__dict__.items()))
delattr(s, "a")
del s.b
print(s.__dict__, hasattr(s, "a"), hasattr(s, "b"))
print(type(Sub.a).__name__, Sub.a.name, Sub.b.name)
# Deleting a descriptor from the class itself removes the descriptor.
del Base.b
s.b = "plain now"
print(s.b, s.__dict__)
del s.b
print(hasattr(s, "b"))
try:
    del s.b
except AttributeError as e:
    print("AttributeError", e)
