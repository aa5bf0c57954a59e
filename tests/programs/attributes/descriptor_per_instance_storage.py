# Descriptors that store per-instance state outside the instance (for classes with __slots__ or no __dict__).
import weakref

class External:
    def __init__(self, default):
        self.default = default
        self.values = weakref.WeakKeyDictionary()
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return self.values.get(obj, self.default)
    def __set__(self, obj, value):
        self.values[obj] = value
    def __delete__(self, obj):
        try:
            del self.values[obj]
        except KeyError:
            raise AttributeError(self.name) from None

class Sprite:
    __slots__ = ("__weakref__", "ident")
    x = External(0)
    y = External(0)
    def __init__(self, ident):
        self.ident = ident
    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return (self.x, self.y)

a, b = Sprite("a"), Sprite("b")
print(a.move(1, 2), a.move(1, 2), b.move(5, 0))
print(len(Sprite.x.values), len(Sprite.y.values))
del a.x
print(a.x, a.y)
try:
    del a.x
except AttributeError as e:
    print("AttributeError", e)
del b
import gc
gc.collect()
print(len(Sprite.x.values), len(Sprite.y.values))

# Per-instance history tracking descriptor.
class History:
    def __set_name__(self, owner, name):
        self.private = "_" + name + "_history"
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        hist = getattr(obj, self.private, [])
        return hist[-1] if hist else None
    def __set__(self, obj, value):
        hist = obj.__dict__.setdefault(self.private, [])
        hist.append(value)
    def history(self, obj):
        return list(getattr(obj, self.private, []))
class Doc:
    title = History()
doc = Doc()
print(doc.title)
for t in ("draft", "review", "final"):
    doc.title = t
print(doc.title, Doc.title.history(doc), sorted(vars(doc)))
other = Doc()
other.title = "other"
print(other.title, Doc.title.history(other), Doc.title.history(doc)[-1])
