# Metaclass inheritance, the most-derived metaclass rule, and metaclass conflicts.
class MetaA(type): pass
class MetaB(type): pass
class MetaAB(MetaA, MetaB): pass
class SubMetaA(MetaA): pass

class A(metaclass=MetaA): pass
class B(metaclass=MetaB): pass
class SA(metaclass=SubMetaA): pass

def attempt(label, make):
    try:
        cls = make()
        print(label, "ok", type(cls).__name__)
    except TypeError as e:
        print(label, type(e).__name__, e)

def conflict():
    class C(A, B): pass
    return C
attempt("A,B", conflict)

def resolved():
    class C(A, B, metaclass=MetaAB): pass
    return C
attempt("A,B with MetaAB", resolved)

def derived():
    class C(A, SA): pass
    return C
attempt("A,SA", derived)

def derived2():
    class C(SA, A): pass
    return C
attempt("SA,A", derived2)

def explicit_weaker():
    class C(SA, metaclass=MetaA): pass
    return C
attempt("SA with MetaA", explicit_weaker)

def explicit_type():
    class C(A, metaclass=type): pass
    return C
attempt("A with type", explicit_type)

def explicit_unrelated():
    class C(A, metaclass=MetaB): pass
    return C
attempt("A with MetaB", explicit_unrelated)

def plain_and_meta():
    class Plain: pass
    class C(Plain, A): pass
    return C
attempt("Plain,A", plain_and_meta)

# Calling a metaclass directly also checks
attempt("MetaAB(...) with A,B", lambda: MetaAB("X", (A, B), {}))

# The winner's __new__ is the one that runs
class Loud(type):
    def __new__(mcs, name, bases, ns):
        print("Loud.__new__ for", name, "mcs =", mcs.__name__)
        return super().__new__(mcs, name, bases, ns)
class LouderSub(Loud): pass
class L1(metaclass=Loud): pass
class L2(metaclass=LouderSub): pass
class L3(L1, L2): pass
print(type(L3).__name__)

# Metaclass inherited through several levels
class Deep1(A): pass
class Deep2(Deep1): pass
print(type(Deep2).__name__, isinstance(Deep2, MetaA))
