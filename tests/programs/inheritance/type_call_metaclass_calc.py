# Calling type() or a metaclass directly must compute the most derived metaclass
# from the bases (and dispatch to it / raise a metaclass conflict).
class MetaA(type): pass
class MetaB(type): pass
class A(metaclass=MetaA): pass
class B(metaclass=MetaB): pass
def attempt(label, make):
    try:
        cls = make()
        print(label, "ok", type(cls).__name__)
    except TypeError as e:
        print(label, type(e).__name__, e)
attempt("MetaA(...) with B base", lambda: MetaA("X", (B,), {}))
attempt("type(...) with A base", lambda: type("X", (A,), {}))
attempt("type(...) with A,B", lambda: type("X", (A, B), {}))
for bases in [(1,), ("x",), (object, 1)]:
    attempt("type(...) with %r" % (bases,), lambda: type("T", bases, {}))
