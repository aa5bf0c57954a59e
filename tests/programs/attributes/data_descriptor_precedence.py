# Data descriptors beat the instance __dict__; non-data descriptors lose to it.
log = []

class Data:
    def __init__(self, tag):
        self.tag = tag
    def __get__(self, obj, objtype=None):
        log.append(("get", self.tag, obj is None, objtype.__name__ if objtype else None))
        if obj is None:
            return "class-level " + self.tag
        return "data " + self.tag
    def __set__(self, obj, value):
        log.append(("set", self.tag, value))
        obj.__dict__["_" + self.tag] = value

class NonData:
    def __init__(self, tag):
        self.tag = tag
    def __get__(self, obj, objtype=None):
        log.append(("get-nd", self.tag, obj is None))
        return "nondata " + self.tag

class A:
    d = Data("d")
    n = NonData("n")
    plain = "plain class attr"

a = A()
print(a.d, a.n, a.plain)
print(A.d, A.n, A.plain)
a.__dict__["d"] = "instance d"
a.__dict__["n"] = "instance n"
a.__dict__["plain"] = "instance plain"
print(a.d, a.n, a.plain)
a.d = 42
print(sorted(a.__dict__.items()))
a.n = "set n"
print(a.n, a.__dict__["n"])
del a.n
print(a.n)
for entry in log:
    print(entry)
log.clear()

# A descriptor whose __set__ is inherited is still a data descriptor.
class Base:
    def __get__(self, obj, objtype=None):
        return "base get"
    def __set__(self, obj, value):
        print("base set", value)
class Derived(Base):
    pass
class B:
    x = Derived()
b = B()
b.__dict__["x"] = "shadow?"
print(b.x)
b.x = 5
print(b.__dict__)

# Descriptor attributes added to the descriptor's class later take effect.
class Late:
    def __get__(self, obj, objtype=None):
        return "late get"
class C:
    y = Late()
c = C()
c.__dict__["y"] = "in dict"
print(c.y)
def late_set(self, obj, value):
    print("late set", value)
Late.__set__ = late_set
print(c.y)
c.y = 7
del Late.__set__
print(c.y)

# Descriptors found in the instance dict are NOT invoked.
c.__dict__["z"] = Data("inst")
print(type(c.z).__name__, c.z.tag)
print(log)
