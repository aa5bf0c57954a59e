"""Zero-argument super() followed by a method call, which runs without
making a super object: every kind of attribute it may find, the errors
super() raises, and a rebound name super."""

class A:
    def __init__(self, x):
        self.x = x
    def f(self, n):
        return ("A.f", n, type(self).__name__)
    @classmethod
    def c(cls):
        return ("A.c", cls.__name__)
    @staticmethod
    def s(v):
        return ("A.s", v)
    @property
    def p(self):
        return "A.p"
    def __repr__(self):
        return "A()"

class B(A):
    def __init__(self, x):
        super().__init__(x * 2)
    def f(self, n):
        return super().f(n + 1)
    @classmethod
    def c(cls):
        return super().c()
    def s2(self):
        return super().s(5), super().p, super().__repr__(), super().__class__, super().__self_class__
    def g(self):
        return super().missing()

class C(B):
    def f(self, n):
        return ("C", super().f(n))

b = B(3); print(b.x, b.f(1), B.c(), b.s2())
print(C(1).f(2), C.c())
try:
    b.g()
except AttributeError as e:
    print("AE", e)
def free():
    return super().f(1)
try:
    free()
except RuntimeError as e:
    print("RE", e)
class D(A):
    def f(self):
        del self
        return super().f(1)
try:
    D(1).f()
except RuntimeError as e:
    print("RE", e)
class E(A):
    def f(self, n):
        return super().f(n)
try:
    E.f(5, 1)
except TypeError as e:
    print("TE", e)
super = lambda: A
class F(A):
    def f(self, n):
        return super().f
print(F(1).f(1).__name__)
