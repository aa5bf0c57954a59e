# Type-based dispatch that follows the MRO with a hand-written registry.
class Dispatcher:
    def __init__(self, default):
        self.registry = {}
        self.default = default
    def register(self, cls):
        def deco(func):
            self.registry[cls] = func
            return func
        return deco
    def __call__(self, obj):
        for cls in type(obj).__mro__:
            if cls in self.registry:
                return self.registry[cls](obj)
        return self.default(obj)

describe = Dispatcher(lambda o: "object of type " + type(o).__name__)
@describe.register(int)
def _(o):
    return "int %d" % o
@describe.register(bool)
def _(o):
    return "bool %s" % o
@describe.register(list)
def _(o):
    return "list of " + ", ".join(describe(x) for x in o)

class Animal: pass
class Dog(Animal): pass
class Puppy(Dog): pass
@describe.register(Animal)
def _(o):
    return "animal " + type(o).__name__
@describe.register(Dog)
def _(o):
    return "dog " + type(o).__name__

for v in (3, True, [1, False], Animal(), Puppy(), "s", 2.5):
    print(describe(v))

# Multiple inheritance: first matching class in the MRO wins
class Swimmer: pass
class Flyer: pass
class Duck(Swimmer, Flyer): pass
describe.register(Flyer)(lambda o: "flyer")
describe.register(Swimmer)(lambda o: "swimmer")
print(describe(Duck()), [k.__name__ for k in Duck.__mro__])

