# Built-in subclass instances get a __dict__ for extra attributes; the
# built-in value itself is not part of the __dict__.
class Measured(float):
    pass
m = Measured(9.5)
m.unit = "kg"
m.source = "scale"
print(m, m.unit, vars(m), m.__dict__, sorted(dir(m))[:0], "unit" in dir(m))
del m.source
print(vars(m), hasattr(m, "source"))
try:
    del m.source
except AttributeError as e:
    print(type(e).__name__, e)
try:
    m.missing
except AttributeError as e:
    print(type(e).__name__, e)

class Row(list):
    columns = ("a", "b")
    def __getattr__(self, name):
        if name in self.columns:
            return self[self.columns.index(name)]
        raise AttributeError(f"no column {name!r}")
r = Row([1, 2])
print(r.a, r.b, getattr(r, "c", "default"), r.columns)
try:
    r.c
except AttributeError as e:
    print(type(e).__name__, e)
r.a = "attr shadows column"
print(r.a, r, vars(r))

class Config(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None
    def __setattr__(self, name, value):
        self[name] = value
    def __delattr__(self, name):
        try:
            del self[name]
        except KeyError:
            raise AttributeError(name) from None
c = Config(debug=True)
c.level = 3
print(c, c.debug, c.level, vars(c), c.get("level"))
del c.debug
print(c)
try:
    del c.debug
except AttributeError as e:
    print(type(e).__name__, e)
try:
    c.nothing
except AttributeError as e:
    print(type(e).__name__, repr(e))
print(c.keys(), type(c.items).__name__)

class Tagged(str):
    pass
t = Tagged("x")
t.__dict__["manual"] = 1
print(t.manual, getattr(t, "manual"), t.__dict__)
setattr(t, "via_setattr", 2)
print(sorted(vars(t)), hasattr(t, "upper"), hasattr("plain", "__dict__"), hasattr(t, "__dict__"))
try:
    "plain".attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (5).attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
