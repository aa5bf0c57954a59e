# Replacing methods on classes and instances; bound methods captured before patching.
class Service:
    def fetch(self, key):
        return f"real {key}"
    def run(self):
        return self.fetch("a")

s = Service()
before = s.fetch
print(s.run(), before("x"))

original = Service.fetch
def fake_fetch(self, key):
    return f"fake {key}"
Service.fetch = fake_fetch
print(s.run(), before("x"), s.fetch("y"), s.fetch.__func__ is fake_fetch)
Service.fetch = original
print(s.run())

# Instance-level patch: a plain function stored on the instance is not bound.
s.fetch = lambda key: f"instance {key}"
print(s.run(), Service().run(), "fetch" in vars(s))
del s.fetch
print(s.run())

# Binding a function to a single instance by hand (without types.MethodType).
class Bound:
    def __init__(self, func, obj):
        self.func = func
        self.obj = obj
    def __call__(self, *args):
        return self.func(self.obj, *args)
s.fetch = Bound(lambda self, key: f"hand-bound on {type(self).__name__}: {key}", s)
print(s.run())
del s.fetch

# Patching via a context-manager-like helper.
class patch:
    def __init__(self, target, name, value):
        self.target, self.name, self.value = target, name, value
    def __enter__(self):
        self.had = self.name in vars(self.target)
        self.old = vars(self.target).get(self.name)
        setattr(self.target, self.name, self.value)
        return self
    def __exit__(self, *exc):
        if self.had:
            setattr(self.target, self.name, self.old)
        else:
            delattr(self.target, self.name)
        return False
with patch(Service, "fetch", lambda self, key: "patched " + key):
    print(s.run())
print(s.run())
class Child(Service):
    pass
c = Child()
with patch(Child, "fetch", lambda self, key: "child patched " + key):
    print(c.run(), s.run(), "fetch" in vars(Child))
print(c.run(), "fetch" in vars(Child))
try:
    with patch(Service, "fetch", None):
        s.run()
except TypeError as e:
    print("TypeError", e)
print(s.run())

# Wrapping existing methods (decorating after class creation).
def logged(func):
    def wrapper(self, *args):
        result = func(self, *args)
        print(f"  {func.__name__}{args} -> {result!r}")
        return result
    wrapper.__name__ = func.__name__
    wrapper.__wrapped__ = func
    return wrapper
Service.fetch = logged(Service.fetch)
s.run()
print(Service.fetch.__name__, Service.fetch.__wrapped__ is original)
Service.fetch = Service.fetch.__wrapped__
print(s.run())
