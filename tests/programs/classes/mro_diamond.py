# Method resolution order in diamonds; super() follows the MRO, not the base.
class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
print(super(B, D()).who(), super(C, D()).who())
class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
try:
    class Bad(P, Q): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(X, X): pass
except TypeError as e:
    print("TypeError:", e)
class Base:
    def __init__(self):
        self.log = ["Base"]
class Left(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Left")
class Right(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Right")
class Child(Left, Right):
    def __init__(self):
        super().__init__()
        self.log.append("Child")
print(Child().log, Child.mro() == list(Child.__mro__))
print(issubclass(D, A), isinstance(D(), C), D.__bases__ == (B, C))
