# Errors raised at various points of class creation and how they surface.
def attempt(label, make):
    try:
        cls = make()
        print(label, "created", cls)
    except Exception as e:
        print(label, type(e).__name__, e)

def body_error():
    class C:
        x = 1
        y = undefined_name
    return C
attempt("body", body_error)

def body_raise():
    class C:
        raise ValueError("from body")
    return C
attempt("body raise", body_raise)

class NewReturnsNone(type):
    def __new__(mcs, name, bases, ns):
        return None
    def __init__(cls, *args):
        print("never called")
def none_class():
    class C(metaclass=NewReturnsNone):
        pass
    return C
attempt("meta __new__ returns None", none_class)

class MetaInitFails(type):
    def __init__(cls, name, bases, ns):
        raise RuntimeError("init of %s failed" % name)
def meta_init():
    class C(metaclass=MetaInitFails):
        pass
    return C
attempt("meta __init__", meta_init)

class NeedsArg:
    def __init_subclass__(cls, required):
        cls.required = required
def missing_kw():
    class C(NeedsArg):
        pass
    return C
attempt("missing kw", missing_kw)
def with_kw():
    class C(NeedsArg, required=5):
        pass
    return C.required
attempt("with kw", with_kw)

def bad_metaclass_kw():
    class C(metaclass=5):
        pass
    return C
attempt("metaclass=5", bad_metaclass_kw)

def metaclass_wrong_sig():
    def meta(name, bases):
        return name
    class C(metaclass=meta):
        pass
    return C
attempt("metaclass wrong sig", metaclass_wrong_sig)

def bases_call_error():
    def make_base():
        raise LookupError("no base")
    class C(make_base()):
        pass
    return C
attempt("bases expr", bases_call_error)

# Decorator failing after the class is built
def failing_deco(cls):
    raise TypeError("decorator rejected %s" % cls.__name__)
def decorated():
    @failing_deco
    class C:
        pass
    return C
attempt("decorator", decorated)

# __init_subclass__ failure leaves no subclass behind? (it is still registered until collected)
class Strict:
    def __init_subclass__(cls):
        raise TypeError("no subclasses of Strict")
try:
    class S(Strict):
        pass
except TypeError as e:
    print(type(e).__name__, e, "S" in globals())
