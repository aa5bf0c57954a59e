# property error messages: missing getter, setter, deleter, for instances and subclasses.
class A:
    @property
    def ro(self):
        return "read only"
    wo = property(None, lambda self, v: print("wo set", v))
    nothing = property()
    def _get(self):
        return self.__dict__.get("_full", "unset")
    def _set(self, v):
        self.__dict__["_full"] = v
    def _del(self):
        self.__dict__.pop("_full", None)
        print("deleted full")
    full = property(_get, _set, _del, "a full property")

class B(A):
    pass

for obj in (A(), B()):
    print("---", type(obj).__name__)
    print(obj.ro)
    attempts = [
        ("set ro", lambda: setattr(obj, "ro", 1)),
        ("del ro", lambda: delattr(obj, "ro")),
        ("get wo", lambda: obj.wo),
        ("set wo", lambda: setattr(obj, "wo", 2)),
        ("del wo", lambda: delattr(obj, "wo")),
        ("get nothing", lambda: obj.nothing),
        ("set nothing", lambda: setattr(obj, "nothing", 3)),
        ("del nothing", lambda: delattr(obj, "nothing")),
    ]
    for label, fn in attempts:
        try:
            result = fn()
            print(label, "->", result)
        except AttributeError as e:
            print(label, "AttributeError", e)
    print(obj.full)
    obj.full = "value"
    print(obj.full)
    del obj.full
    print(obj.full)

print(A.full.__doc__, A.ro.__doc__, A.nothing.__doc__)
print(A.ro.fset, A.ro.fdel, A.nothing.fget)
print(A.full.fget.__name__, A.full.fset.__name__, A.full.fdel.__name__)
print(type(A.ro).__name__, isinstance(A.__dict__["ro"], property))

# Error from inside a getter propagates unchanged.
class C:
    @property
    def boom(self):
        return 1 / 0
    @property
    def key(self):
        return {}["nope"]
for name in ("boom", "key"):
    try:
        getattr(C(), name)
    except Exception as e:
        print(type(e).__name__, e)
print(getattr(C(), "missing", "fallback"))
try:
    hasattr(C(), "boom")
except ZeroDivisionError as e:
    print("hasattr propagates", type(e).__name__)

