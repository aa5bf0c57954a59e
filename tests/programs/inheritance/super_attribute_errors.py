# Attribute lookups through super(): misses, data attributes, setting and deleting.
class A:
    cls_attr = "A.cls_attr"
    def __init__(self):
        self.inst_attr = "instance"
    def method(self):
        return "A.method"

class B(A):
    cls_attr = "B.cls_attr"
    def probe(self, name):
        try:
            return getattr(super(), name)
        except AttributeError as e:
            return "%s: %s" % (type(e).__name__, e)
    def direct_missing(self):
        return super().nothing_here
    def set_through_super(self):
        super().cls_attr = "x"
    def del_through_super(self):
        del super().cls_attr

b = B()
print(b.probe("cls_attr"))
print(b.probe("inst_attr"))
print(b.probe("missing"))
print(b.probe("method")())
print(b.probe("__init__").__name__)
try:
    b.direct_missing()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    b.set_through_super()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    b.del_through_super()
except AttributeError as e:
    print(type(e).__name__, e)

# hasattr on super objects
class C(B):
    def check(self):
        sup = super()
        return [hasattr(sup, n) for n in ("probe", "method", "cls_attr", "inst_attr", "zzz", "__class__")]
print(C().check())

# __class__ through super is the super type itself
class D(A):
    def cls(self):
        return super().__class__.__name__, super().__thisclass__.__name__
print(D().cls())

# getattr with default on super
class E(A):
    def get(self, n):
        return getattr(super(), n, "default-" + n)
print(E().get("method")(), E().get("nope"), E().get("cls_attr"))

# super() for a class whose base defines __getattr__
class Dyn:
    def __getattr__(self, name):
        return "dyn:" + name
class F(Dyn):
    def via_super(self):
        try:
            return super().whatever
        except AttributeError as e:
            return "%s: %s" % (type(e).__name__, e)
    def via_self(self):
        return self.whatever
print(F().via_self(), F().via_super())

# super() with __getattribute__ override on the base: not consulted by super
class G:
    def __getattribute__(self, name):
        if name == "magic":
            return "from __getattribute__"
        return object.__getattribute__(self, name)
class H(G):
    def sup(self):
        try:
            return super().magic
        except AttributeError as e:
            return "%s: %s" % (type(e).__name__, e)
h = H()
print(h.magic, h.sup())
