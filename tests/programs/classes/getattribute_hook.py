# A user class's __getattribute__ answers every attribute read (methods,
# properties, hasattr/getattr), with __getattr__ after an AttributeError.

class Logged:
    def __init__(self):
        self.x = 1

    def method(self):
        return "method"

    def __getattribute__(self, name):
        print("get", name)
        return object.__getattribute__(self, name)


obj = Logged()
print(obj.x)
print(obj.method())
print(getattr(obj, "x"))
print(hasattr(obj, "nope"))
print(type(obj).__name__)
print(obj.__class__.__name__)


class Fallback:
    def __getattribute__(self, name):
        if name.startswith("virtual_"):
            return name[8:].upper()
        return super().__getattribute__(name)

    def __getattr__(self, name):
        return f"fallback for {name}"


f = Fallback()
print(f.virtual_abc)
print(f.missing)
f.real = 5
print(f.real)


class Strict:
    def __getattribute__(self, name):
        raise AttributeError(f"no {name} here")


try:
    Strict().anything
except AttributeError as error:
    print("AttributeError:", error)
print(getattr(Strict(), "x", "default"))


class Child(Logged):
    pass


c = Child()
print(c.x)
for i in range(3):
    print(c.method())


class Broken:
    def __getattribute__(self, name):
        raise ValueError(name)

    def __getattr__(self, name):
        return "not reached"


try:
    Broken().y
except ValueError as error:
    print("ValueError:", error)


class Counting:
    reads = 0

    def __getattribute__(self, name):
        type(self).reads += 1
        return object.__getattribute__(self, name)

    @property
    def prop(self):
        return "prop"


counter = Counting()
for _ in range(4):
    counter.prop
print(Counting.reads)


class Late:
    def __init__(self):
        self.v = 1


late = Late()
print(late.v)


def hook(self, name):
    return "patched " + name


Late.__getattribute__ = hook
print(late.v)
del Late.__getattribute__
print(late.v)
