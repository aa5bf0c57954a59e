# Custom __getattribute__: delegation to object.__getattribute__, counting, renaming.
class Counting:
    cls_value = 10
    def __init__(self):
        object.__setattr__(self, "counts", {})
        self.x = 1
    def __getattribute__(self, name):
        counts = object.__getattribute__(self, "counts")
        counts[name] = counts.get(name, 0) + 1
        return object.__getattribute__(self, name)
    def method(self):
        return self.x + self.cls_value

c = Counting()
print(c.x, c.cls_value, c.method(), c.method())
print(sorted(object.__getattribute__(c, "counts").items()))

# __getattribute__ raising AttributeError falls back to __getattr__.
class Hidden:
    def __init__(self):
        self.secret = 1
        self.public = 2
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("hidden: " + name)
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return f"fallback({name})"
h = Hidden()
print(h.public, h.secret, h.nope)
print(getattr(h, "secret"), hasattr(h, "secret"), h.__dict__)

# __getattribute__ without __getattr__: error propagates as is.
class Strict:
    def __getattribute__(self, name):
        if name.startswith("bad"):
            raise AttributeError(f"strict refuses {name}")
        if name == "kaboom":
            raise LookupError("kaboom")
        return object.__getattribute__(self, name)
s = Strict()
s.ok = "fine"
print(s.ok)
for name in ["bad_one", "kaboom", "missing"]:
    try:
        getattr(s, name)
    except AttributeError as e:
        print("AttributeError", e)
    except LookupError as e:
        print("LookupError", e)
print(getattr(s, "bad_two", "dflt"), hasattr(s, "bad_three"))
try:
    hasattr(s, "kaboom")
except LookupError as e:
    print("hasattr propagates LookupError", e)

# type(obj).__getattribute__ is used even for methods and __class__/__dict__.
class Spy:
    seen = []
    def __getattribute__(self, name):
        Spy.seen.append(name)
        return object.__getattribute__(self, name)
    def hello(self):
        return "hello"
sp = Spy()
print(sp.hello(), sp.__class__.__name__, sp.__dict__)
print(Spy.seen)
# Operators bypass __getattribute__ for implicit special-method lookup.
class Adder(Spy):
    def __add__(self, other):
        return "added"
Spy.seen.clear()
ad = Adder()
print(ad + 1, Spy.seen)
print(ad.__add__(1), Spy.seen)

# object.__getattribute__ called with a non-string name.
try:
    object.__getattribute__(sp, 5)
except TypeError as e:
    print("TypeError", e)
