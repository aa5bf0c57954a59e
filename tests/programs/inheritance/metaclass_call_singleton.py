# Metaclass __call__ overrides: singletons, caching by arguments, and bypassing __init__.
class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in Singleton._instances:
            print("creating", cls.__name__, args, kwargs)
            Singleton._instances[cls] = super().__call__(*args, **kwargs)
        return Singleton._instances[cls]

class Config(metaclass=Singleton):
    def __init__(self, name="default"):
        print("Config.__init__", name)
        self.name = name

a = Config("first")
b = Config("second")
print(a is b, a.name, b.name)

class Logger(metaclass=Singleton):
    pass
l1 = Logger(); l2 = Logger()
print(l1 is l2, l1 is a, sorted(k.__name__ for k in Singleton._instances))

# Subclasses get their own singleton
class SubConfig(Config):
    pass
s = SubConfig("sub")
print(s is a, type(s).__name__, s.name, SubConfig() is s)

# Caching instances by constructor arguments (flyweight)
class Interned(type):
    def __call__(cls, *args):
        cache = cls.__dict__.get("_cache")
        if cache is None:
            cache = {}
            cls._cache = cache
        if args not in cache:
            cache[args] = super().__call__(*args)
        return cache[args]
class Color(metaclass=Interned):
    def __init__(self, r, g, b):
        self.rgb = (r, g, b)
    def __repr__(self):
        return "Color%r" % (self.rgb,)
c1 = Color(1, 2, 3); c2 = Color(1, 2, 3); c3 = Color(3, 2, 1)
print(c1 is c2, c1 is c3, c1, c3, len(Color._cache))

# __call__ that does not call __init__ at all
class Raw(type):
    def __call__(cls, *args):
        obj = cls.__new__(cls)
        obj.args = args
        return obj
class Thing(metaclass=Raw):
    def __init__(self, *args):
        print("never printed")
t = Thing(1, 2)
print(type(t).__name__, t.args)

# __call__ returning something that is not an instance
class Factory(type):
    def __call__(cls, kind):
        return {"kind": kind, "cls": cls.__name__}
class Product(metaclass=Factory):
    pass
print(Product("widget"), isinstance(Product("x"), Product))

# __call__ checking arguments before construction
class Validated(type):
    def __call__(cls, *args, **kwargs):
        if len(args) > cls.max_args:
            raise TypeError("%s takes at most %d args" % (cls.__name__, cls.max_args))
        return super().__call__(*args, **kwargs)
class Pair(metaclass=Validated):
    max_args = 2
    def __init__(self, *args):
        self.args = args
print(Pair(1, 2).args)
try:
    Pair(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
