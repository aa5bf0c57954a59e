# __call__, __getattr__, __setattr__, __delattr__, descriptors, __init_subclass__.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n
add5 = Adder(5)
print(add5(10), callable(add5), list(map(add5, [1, 2])))
class Dynamic:
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: name[4:]
        raise AttributeError(name)
dyn = Dynamic()
print(dyn.get_thing(), hasattr(dyn, "other"), getattr(dyn, "other", "fallback"))
class Recorder:
    def __init__(self):
        self.log = []
    def __setattr__(self, name, value):
        if name != "log":
            self.log.append(name)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        super().__delattr__(name)
r = Recorder()
r.a = 1
r.b = 2
del r.a
print(r.log, vars(r))
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)
class Person:
    age = Typed(int)
    name = Typed(str)
p = Person()
p.age = 30
p.name = "Ann"
print(p.age, p.name, type(Person.age).__name__, sorted(vars(p)))
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
class Plugin:
    registry = []
    def __init_subclass__(cls, tag="none", **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry.append((cls.__name__, tag))
class A(Plugin, tag="a"):
    pass
class B(Plugin):
    pass
print(Plugin.registry)
