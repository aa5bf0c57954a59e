# The __class__ cell: what zero-argument super() needs, and where it fails.
class A:
    def f(self):
        return "A.f"

class B(A):
    def f(self):
        return "B.f/" + super().f()
    def cls_cell(self):
        return __class__
    def nested(self):
        def inner():
            return __class__
        return inner()
    def nested_super(self):
        def inner():
            return super().f()
        return inner()
    def comp_super(self):
        return [super().f() for _ in range(2)]
    def lambda_super(self):
        g = lambda: super().f()
        return g()
    def lambda_with_arg(self):
        g = lambda s: super(B, s).f()
        return g(self)
    def gen_super(self):
        yield super().f()
        yield super().f()

b = B()
print(b.f(), b.cls_cell() is B, b.nested() is B)

for meth in ("nested_super", "comp_super", "lambda_super"):
    try:
        print(meth, getattr(b, meth)())
    except (RuntimeError, TypeError) as e:
        print(meth, type(e).__name__, e)
print(b.lambda_with_arg(), list(b.gen_super()))

# A method without any arguments
class C(A):
    def noargs():
        return super().f()
try:
    C.noargs()
except RuntimeError as e:
    print(type(e).__name__, e)

# super() outside any class
def plain():
    return super()
try:
    plain()
except RuntimeError as e:
    print(type(e).__name__, e)

# __class__ is set after the class is created, even if methods refer to it
class D:
    def me(self):
        return __class__
    seen_in_body = "__class__" in dir()
print(D().me() is D, D.seen_in_body)

# A function defined in the class and copied elsewhere keeps its __class__
class E(A):
    def f(self):
        return "E.f/" + super().f()
class F(A):
    f = E.f
try:
    print(F().f())
except TypeError as e:
    print(type(e).__name__, e)
class G(E):
    pass
print(G().f())

# __class__ in a closure is a cell on the function
print(B.cls_cell.__code__.co_freevars, B.f.__code__.co_freevars, A.f.__code__.co_freevars)
print(len(B.f.__closure__), B.f.__closure__[0].cell_contents is B)

# Reassigning a local named self does not change super()'s first arg binding
class H(A):
    def f(self):
        self = 5
        try:
            return super().f()
        except TypeError as e:
            return "TypeError " + str(e)
print(H().f())
