# Two-argument and one-argument super(): explicit type/instance, type/type, errors.
class A:
    def f(self):
        return "A.f"
    @classmethod
    def c(cls):
        return "A.c(%s)" % cls.__name__
class B(A):
    def f(self):
        return "B.f"
    @classmethod
    def c(cls):
        return "B.c(%s)" % cls.__name__
class C(B):
    def f(self):
        return "C.f"

c = C()
print(super(C, c).f(), super(B, c).f(), super(C, C).c(), super(B, C).c())
print(super(C, C).f(c), super(B, C).f(c))

# The bound self/type information
s = super(B, c)
print(s.__thisclass__.__name__, s.__self__ is c, s.__self_class__.__name__)
s2 = super(B, C)
print(s2.__thisclass__.__name__, s2.__self__ is C, s2.__self_class__.__name__)

# Skipping past A reaches object
print(super(A, c).__class__.__name__, super(A, c).__repr__() == object.__repr__(c))
try:
    super(A, c).f()
except AttributeError as e:
    print(type(e).__name__, e)

# Errors in arguments
for args in [(C, A()), (C, 1), (int, "x"), (B, A)]:
    try:
        super(*args)
        print("no error", args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    super(1, c)
except TypeError as e:
    print(type(e).__name__, e)

# One-argument (unbound) super
u = super(B)
print(type(u).__name__, u.__thisclass__.__name__, u.__self__, u.__self_class__)
try:
    u.f
except AttributeError as e:
    print(type(e).__name__, e)

# super(type, obj) where obj is a subclass instance of a diamond
class Top:
    def m(self):
        return ["Top"]
class L(Top):
    def m(self):
        return ["L"] + super(L, self).m()
class R(Top):
    def m(self):
        return ["R"] + super(R, self).m()
class Bottom(L, R):
    def m(self):
        return ["Bottom"] + super(Bottom, self).m()
bo = Bottom()
print(bo.m(), super(L, bo).m(), super(R, bo).m(), R().m())

# super with a builtin class
class MyList(list):
    def append(self, x):
        super(MyList, self).append(x * 2)
ml = MyList()
ml.append(3); ml.append(4)
print(ml, super(MyList, ml).__len__(), super(list, ml).__class__.__name__)

