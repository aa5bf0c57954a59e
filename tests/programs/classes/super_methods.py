"""super(): methods, classmethods, staticmethods and properties found through it, its attributes."""
class A:
    def f(self, x): return ("A.f", x)
    @classmethod
    def c(cls): return ("A.c", cls.__name__)
    @staticmethod
    def s(): return "A.s"
    @property
    def p(self): return "A.p"
class B(A):
    def f(self, x): return ("B", super().f(x))
    @classmethod
    def c(cls): return ("B", super().c())
    def s2(self): return super().s()
    def p2(self): return super().p
    def cls_(self): return super().__class__, super().__thisclass__, super().__self__ is self
b = B()
print(b.f(1), B.c(), b.c(), b.s2(), b.p2(), b.cls_())
print(super(B, b).f(2), super(B, B).c())
m = super(B, b).f
print(m(3))
class C(B):
    def f(self, x): return ("C", super().f(x), super(B, self).f(x))
print(C().f(4))
print(super(B).__self__, super(B).__self_class__, super(B).__thisclass__)
print(super(B, B).__self_class__, super(A, b).__self_class__)
