# Class attributes: sharing across instances, mutation vs rebinding, inheritance effects.
class Team:
    members = []
    size = 0
    def join(self, name):
        self.members.append(name)
        self.size += 1

a, b = Team(), Team()
a.join("ann")
b.join("bob")
print(Team.members, a.members is b.members, Team.size, a.size, b.size, sorted(vars(a)))

class FixedTeam:
    def __init__(self):
        self.members = []
    def join(self, name):
        self.members.append(name)
x, y = FixedTeam(), FixedTeam()
x.join("xavier")
print(x.members, y.members)

# Rebinding a class attribute is seen by every instance without its own value.
class Config:
    level = 1
c1, c2 = Config(), Config()
c2.level = 99
Config.level = 2
print(c1.level, c2.level, Config.level)
del c2.level
print(c2.level)

# Inherited class attributes: subclass reads base until it assigns its own.
class Base:
    counter = 0
    tags = ("base",)
class Sub(Base):
    pass
Sub.counter += 1
print(Base.counter, Sub.counter, "counter" in vars(Sub))
Base.counter = 10
print(Base.counter, Sub.counter)
Base.tags += ("more",)
print(Base.tags, Sub.tags)
Sub.tags = Sub.tags + ("sub",)
print(Base.tags, Sub.tags)
del Sub.counter
print(Sub.counter)
try:
    del Sub.counter
except AttributeError as e:
    print("AttributeError", e)

# Adding methods and attributes to a class after instances exist.
class Late:
    pass
obj = Late()
Late.greeting = "hi"
Late.greet = lambda self: self.greeting + "!"
print(obj.greet(), Late.greet(obj), hasattr(obj, "greet"))
del Late.greet
print(hasattr(obj, "greet"))

# Class attributes used as defaults for instance attributes.
class Widget:
    color = "grey"
    width = 10
    def describe(self):
        return f"{self.color} widget, width {self.width}"
w1 = Widget()
w2 = Widget()
w2.color = "red"
print(w1.describe(), "|", w2.describe(), "|", sorted(vars(w2)))
Widget.width = 20
print(w1.describe(), "|", w2.describe())

# setattr/getattr on classes with computed names.
class Registry:
    pass
for i, name in enumerate(["alpha", "beta", "gamma"]):
    setattr(Registry, name.upper(), i)
print(sorted(k for k in vars(Registry) if k.isupper()), Registry.BETA, Registry().GAMMA)
# Class-level counters via type(self).
class Counted:
    instances = 0
    def __init__(self):
        type(self).instances += 1
class SubCounted(Counted):
    pass
Counted(); Counted(); SubCounted()
print(Counted.instances, SubCounted.instances, "instances" in vars(SubCounted))
