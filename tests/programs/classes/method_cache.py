# Method calls through the interpreter's caches: inherited methods seen
# from two classes at one call site, instance attributes that shadow a
# method, methods replaced on the class, and dict keys equal to the name.
class Base:
    def greet(self):
        return "base " + type(self).__name__

    def call(self):
        return self.greet()


class Child(Base):
    def greet(self):
        return "child"


class Other(Base):
    pass


items = [Base(), Child(), Other(), Base(), Child()]
for item in items:
    print(item.call(), item.greet())

shadowed = Base()
shadowed.greet = lambda: "instance attribute"
for item in (Base(), shadowed, Base()):
    print(item.greet())

Base.greet = lambda self: "replaced"
print(Base().greet(), Other().call(), Child().call())
del Base.greet
try:
    Base().greet()
except AttributeError as error:
    print(error)


class Key(str):
    pass


tricky = Other()
tricky.__dict__[Key("call")] = lambda: "dict key that is a str subclass"
print(tricky.call())
many = Child()
for i in range(20):
    setattr(many, "attribute%d" % i, i)
print(many.call(), many.attribute19)
many.__dict__["call"] = lambda: "shadow in a big dict"
print(many.call())


class Slotted:
    __slots__ = ("value",)

    def get(self):
        return self.value


s = Slotted()
s.value = 5
print(s.get())
