# Inconsistent hierarchies: the exact messages CPython gives for MRO failures.
class X: pass
class Y: pass
class Z: pass
class XY(X, Y): pass
class YX(Y, X): pass

kept = []
def attempt(label, make):
    try:
        cls = make()
        kept.append(cls)
        print(label, "ok", [k.__name__ for k in cls.__mro__])
    except TypeError as e:
        print(label, type(e).__name__, e)

def bad1():
    class Bad(XY, YX): pass
    return Bad
attempt("XY,YX", bad1)

def bad2():
    class Bad(X, XY): pass
    return Bad
attempt("X,XY", bad2)

def good():
    class Good(XY, X): pass
    return Good
attempt("XY,X", good)

def bad3():
    return type("Bad3", (object, X), {})
attempt("object,X", bad3)

def good2():
    return type("Good2", (X, object), {})
attempt("X,object", good2)

class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
class E(C, B): pass
def bad4():
    class F(D, E): pass
    return F
attempt("D,E", bad4)

def bad5():
    class G(A, B): pass
    return G
attempt("A,B", bad5)

class P(X, Y, Z): pass
class Q(Z, Y, X): pass
def bad6():
    class R(P, Q): pass
    return R
attempt("P,Q", bad6)

class M1(X): pass
class M2(Y): pass
class M3(M1, M2): pass
class M4(M2, M1): pass
def bad7():
    class M5(M3, M4): pass
    return M5
attempt("M3,M4", bad7)

# A failed class statement does not bind the name
try:
    class Nope(XY, YX): pass
except TypeError:
    pass
print("Nope" in globals(), XY.__subclasses__() == [], [k.__name__ for k in X.__subclasses__()])

# Base order also matters for good hierarchies
def ok3():
    class S(B, C, A): pass
    return S
attempt("B,C,A", ok3)
def bad8():
    class S(A, B, C): pass
    return S
attempt("A,B,C", bad8)
