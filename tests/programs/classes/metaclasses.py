# Metaclasses: __new__ changing the namespace, __call__, class-level attributes; dict subclass classmethods.
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        ns["created_by"] = "Meta"
        return super().__new__(mcs, name, bases, ns)
    def __call__(cls, *args):
        print("Meta.__call__", args)
        return super().__call__(*args)
class Base(metaclass=Meta):
    def __init__(self, x):
        self.x = x
b = Base(3)
print(b.x, Base.created_by, type(Base).__name__, isinstance(Base, Meta))
class C:
    x = 1
    def f(self):
        return __class__
print(C().f() is C, C.__dict__["x"], "f" in C.__dict__)
print(type.__name__, object.__name__, int.__mro__, bool.__bases__)
class D(dict):
    pass
dd = D(a=1)
print(dd, type(dd).__name__, D.fromkeys("ab", 0), type(D.fromkeys("a")).__name__)
print(str(dd), repr([dd]), dd == {"a": 1}, dd.copy(), type(dd.copy()).__name__)
