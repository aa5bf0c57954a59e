# super.__get__ rebinding an unbound super, and the arity error message.
class A:
    def f(self):
        return "A.f"
class B(A):
    def f(self):
        return "B.f"
class C(B):
    pass
c = C()
try:
    super(C, c, c)
except TypeError as e:
    print(type(e).__name__, e)
unbound = super(B)
bound = unbound.__get__(c, C)
print(type(bound).__name__, bound.f(), bound.__self__ is c)
