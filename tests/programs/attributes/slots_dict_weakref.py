# '__dict__' and '__weakref__' inside __slots__.
import weakref

class WithDict:
    __slots__ = ("fixed", "__dict__")
w = WithDict()
w.fixed = 1
w.dynamic = 2
print(w.fixed, w.dynamic, "dynamic" in vars(w))

class NoWeak:
    __slots__ = ("v",)
try:
    weakref.ref(NoWeak())
except TypeError as e:
    print("TypeError", e)

class Weak:
    __slots__ = ("v", "__weakref__")
obj = Weak()
obj.v = 10
ref = weakref.ref(obj)
print(ref() is obj, ref().v, hasattr(obj, "__dict__"))

class Plain:
    pass
pr = weakref.ref(Plain())
print(type(pr).__name__)

# A subclass of a slotted class regains __dict__ and __weakref__.
class Sub(NoWeak):
    pass
s = Sub()
s.v = 1
s.other = 2
r2 = weakref.ref(s)
print(r2() is s, s.other, "other" in vars(s))

# Both together.
class Both:
    __slots__ = ("__dict__", "__weakref__", "k")
b = Both()
b.k = "k"
b.extra = "e"
print(b.k, b.extra, weakref.ref(b)() is b)

# vars() on a slotted object without __dict__.
try:
    vars(obj)
except TypeError as e:
    print("TypeError", e)
# __dict__ slot instance: replacing __dict__ is not allowed on plain slots objects.
try:
    obj.__dict__ = {}
except AttributeError as e:
    print("AttributeError", e)
