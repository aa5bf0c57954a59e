# A metaclass can override mro() to customise the linearization.
class ReverseMRO(type):
    def mro(cls):
        default = super().mro()
        print("mro() called for", cls.__name__)
        head, rest = default[0], default[1:-1]
        return [head] + rest[::-1] + [object]

class A(metaclass=ReverseMRO):
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B"
class C(B):
    pass
print([k.__name__ for k in C.__mro__], C().who())
print([k.__name__ for k in C.mro()], type(C.mro()).__name__)

# mro() may return a tuple or any iterable of classes
class TupleMRO(type):
    def mro(cls):
        return tuple(type.mro(cls))
class T(metaclass=TupleMRO):
    pass
class T2(T):
    pass
print([k.__name__ for k in T2.__mro__])

# Invalid entries in a custom mro
class BadMRO(type):
    def mro(cls):
        return [cls, 42, object]
try:
    class X(metaclass=BadMRO):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# Injecting an extra class into the MRO
class Extra:
    def extra(self):
        return "extra from " + type(self).__name__
class Inject(type):
    def mro(cls):
        default = type.mro(cls)
        if cls.__name__ == "Target":
            return default[:-1] + [Extra, object]
        return default
class Target(metaclass=Inject):
    pass
print([k.__name__ for k in Target.__mro__], Target().extra(), issubclass(Target, Extra), Target.__bases__ == (object,))

# Calling type.mro directly
class P: pass
class Q(P): pass
print([k.__name__ for k in type.mro(Q)], [k.__name__ for k in type.mro(int)])
try:
    type.mro(5)
except TypeError as e:
    print(type(e).__name__, e)
