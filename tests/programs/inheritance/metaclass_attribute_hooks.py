# Metaclass __getattr__, __setattr__ and __delattr__ controlling class attribute access.
class DefaultsMeta(type):
    def __getattr__(cls, name):
        if name.startswith("default_"):
            return name[len("default_"):].upper()
        raise AttributeError("%s has no %r" % (cls.__name__, name))

class Settings(metaclass=DefaultsMeta):
    real = 1

print(Settings.real, Settings.default_color, Settings.default_size)
try:
    Settings.other
except AttributeError as e:
    print(type(e).__name__, e)
# Instances do not see the metaclass __getattr__
try:
    Settings().default_color
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(Settings, "default_x", "fallback"), getattr(Settings, "nope", "fallback"))
print(hasattr(Settings, "default_q"), hasattr(Settings, "q"))

# Frozen classes: the metaclass forbids rebinding attributes after creation
class FrozenMeta(type):
    def __setattr__(cls, name, value):
        if name in cls.__dict__:
            raise AttributeError("cannot rebind %s.%s" % (cls.__name__, name))
        super().__setattr__(name, value)
    def __delattr__(cls, name):
        raise AttributeError("cannot delete %s.%s" % (cls.__name__, name))

class Constants(metaclass=FrozenMeta):
    PI = 3.14
    E = 2.72
try:
    Constants.PI = 3
except AttributeError as e:
    print(type(e).__name__, e)
Constants.TAU = 6.28
print(Constants.PI, Constants.TAU)
try:
    del Constants.E
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(Constants, "E", 0)
except AttributeError as e:
    print(type(e).__name__, e)
# Instances are unaffected
c = Constants()
c.PI = 3
print(c.PI, Constants.PI)

# Metaclass __getattribute__ sees every class attribute access
class Counting(type):
    def __getattribute__(cls, name):
        if not name.startswith("__"):
            counts = type.__getattribute__(cls, "counts")
            counts[name] = counts.get(name, 0) + 1
        return super().__getattribute__(name)
class Watched(metaclass=Counting):
    counts = {}
    a = 1
    def m(self):
        return "m"
Watched.a; Watched.a; Watched.m
w = Watched()
w.a; w.m()
print(sorted(Watched.__dict__["counts"].items()))

