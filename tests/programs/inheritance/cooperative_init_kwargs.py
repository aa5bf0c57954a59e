# Cooperative __init__ chains passing **kwargs along the MRO.
class Shape:
    def __init__(self, **kwargs):
        if kwargs:
            print("leftover kwargs:", sorted(kwargs))
        super().__init__()
        print("Shape.__init__")

class Colored(Shape):
    def __init__(self, color="black", **kwargs):
        print("Colored.__init__ color=%s rest=%s" % (color, sorted(kwargs)))
        self.color = color
        super().__init__(**kwargs)

class Positioned(Shape):
    def __init__(self, x=0, y=0, **kwargs):
        print("Positioned.__init__ x=%s y=%s rest=%s" % (x, y, sorted(kwargs)))
        self.x, self.y = x, y
        super().__init__(**kwargs)

class Named(Shape):
    def __init__(self, name, **kwargs):
        print("Named.__init__ name=%s" % name)
        self.name = name
        super().__init__(**kwargs)

class Widget(Colored, Positioned, Named):
    def __init__(self, **kwargs):
        print("Widget.__init__", sorted(kwargs))
        super().__init__(**kwargs)

print([k.__name__ for k in Widget.__mro__])
w = Widget(name="btn", color="red", x=3, y=4)
print(w.name, w.color, w.x, w.y)
print("--")
w2 = Widget(name="plain", extra=1, other=2)
print(w2.color, w2.x)
print("--")
try:
    Widget(color="blue")
except TypeError as e:
    print(type(e).__name__, e)

# object.__init__ rejects extra arguments
class Leaky:
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
try:
    Leaky(a=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__init__(Leaky(), 1)
except TypeError as e:
    print(type(e).__name__, e)

# Order of __init__ calls with a mixin placed differently
log = []
class Base:
    def __init__(self, **kw):
        log.append("Base")
        super().__init__(**kw)
class Mixin:
    def __init__(self, **kw):
        log.append("Mixin(%s)" % kw.pop("mix", "-"))
        super().__init__(**kw)
class First(Mixin, Base):
    def __init__(self, **kw):
        log.append("First")
        super().__init__(**kw)
class Second(Base, Mixin):
    def __init__(self, **kw):
        log.append("Second")
        super().__init__(**kw)
First(mix=1); print(log); log.clear()
Second(mix=2); print(log); log.clear()

# A non-cooperative class in the middle stops the chain
class Stopper(Base):
    def __init__(self, **kw):
        log.append("Stopper (no super)")
class Chain(Stopper, Mixin):
    def __init__(self, **kw):
        log.append("Chain")
        super().__init__(**kw)
Chain(mix=3); print(log, [k.__name__ for k in Chain.__mro__])
