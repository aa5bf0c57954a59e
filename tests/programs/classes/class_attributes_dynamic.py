class Config:
    defaults = {"debug": False}
    count = 0
    def __init__(self, **options):
        Config.count += 1
        for key, value in options.items():
            setattr(self, key, value)
    def __getattr__(self, name):
        if name in self.defaults:
            return self.defaults[name]
        raise AttributeError(f"no option {name!r}")
c = Config(level=3)
print(c.level, c.debug, Config.count, vars(c))
try:
    c.missing
except AttributeError as e:
    print("AttributeError", e)
Config.version = "1.0"
print(c.version, "version" in Config.__dict__, getattr(Config, "count"))
del Config.version
print(hasattr(c, "version"))
Dynamic = type("Dynamic", (Config,), {"extra": 42, "method": lambda self: self.extra * 2})
d = Dynamic(name="dyn")
print(type(d).__name__, d.extra, d.method(), d.name, Dynamic.__bases__[0].__name__, Config.count)
class Slotted:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
s = Slotted(1)
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError", e)
try:
    s.y
except AttributeError as e:
    print("AttributeError", e)
print(s.x, hasattr(s, "__dict__"), Slotted.__slots__)
class Counter:
    total = 0
    def add(self):
        self.total += 1
a, b = Counter(), Counter()
a.add(); a.add(); b.add()
print(a.total, b.total, Counter.total, "total" in vars(a))
