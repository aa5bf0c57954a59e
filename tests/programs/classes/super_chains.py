class A:
    def __init__(self):
        print("A.__init__")
        self.trail = ["A"]
    def who(self):
        return "A"
class B(A):
    def __init__(self):
        print("B.__init__")
        super().__init__()
        self.trail.append("B")
    def who(self):
        return "B>" + super().who()
class C(A):
    def __init__(self):
        print("C.__init__")
        super().__init__()
        self.trail.append("C")
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def __init__(self):
        print("D.__init__")
        super().__init__()
        self.trail.append("D")
    def who(self):
        return "D>" + super().who()
d = D()
print(d.trail, d.who(), [k.__name__ for k in D.__mro__])
print(super(B, d).who(), super(C, d).who(), super(D, d).who())
class Mixin:
    def describe(self):
        return f"{type(self).__name__} with {super().describe()}"
class Thing:
    def describe(self):
        return "thing"
class Fancy(Mixin, Thing):
    pass
print(Fancy().describe())
class Cls:
    @classmethod
    def make(cls):
        return cls.__name__
class SubCls(Cls):
    @classmethod
    def make(cls):
        return "sub+" + super().make()
print(SubCls.make())
class Base:
    def __init_subclass__(cls, tag="none", **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class T1(Base, tag="one"):
    pass
class T2(Base):
    pass
print(T1.tag, T2.tag)
try:
    super(int, "x")
except TypeError as e:
    print("TypeError", e)
def outside():
    try:
        super().x
    except RuntimeError as e:
        print("RuntimeError", e)
outside()
class NoParent:
    def m(self):
        return super().m()
try:
    NoParent().m()
except AttributeError as e:
    print("AttributeError", e)
class Str(str):
    def upper(self):
        return "<" + super().upper() + ">"
print(Str("abc").upper(), super(Str, Str("q")).upper())
