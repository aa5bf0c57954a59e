# Built-in descriptor types expose __get__/__set__/__delete__ as callable attributes.
def f(self):
    return self
class A:
    pass
a = A()
for name, o in [("function", f), ("classmethod", classmethod(f)), ("staticmethod", staticmethod(f)), ("property", property(f))]:
    print(name, [n for n in ("__get__", "__set__", "__delete__") if hasattr(o, n)],
          [n for n in ("__get__", "__set__", "__delete__") if hasattr(type(o), n)])
print(f.__get__(a, A)() is a, f.__get__(None, A) is f)
print(classmethod(f).__get__(a, A)() is A, classmethod(f).__get__(None, A)() is A)
print(staticmethod(f).__get__(a, A)(5), staticmethod(f).__get__(None, A)(6))
class B:
    def _g(self):
        return self.__dict__.get("_v", "unset")
    def _s(self, v):
        self.__dict__["_v"] = v
    def _d(self):
        self.__dict__.pop("_v")
        print("deleted")
    v = property(_g, _s, _d)
    ro = property(_g)
b = B()
prop = B.__dict__["v"]
prop.__set__(b, 77)
print(prop.__get__(b), prop.__get__(None, B) is prop, prop.__get__(b, B))
prop.__delete__(b)
print(prop.__get__(b))
try:
    B.__dict__["ro"].__set__(b, 1)
except AttributeError as e:
    print("AttributeError", e)
try:
    B.__dict__["ro"].__delete__(b)
except AttributeError as e:
    print("AttributeError", e)
print(type(f.__get__).__name__, type(prop.__set__).__name__)
