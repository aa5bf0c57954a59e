# __bases__, __base__ (the "solid" base), and __mro__ for various hierarchies.
def n(classes):
    return [k.__name__ for k in classes]

class A: pass
class B(A): pass
class C: pass
class D(B, C): pass
class E(C, B): pass
for cls in (A, B, C, D, E):
    print(cls.__name__, n(cls.__bases__), cls.__base__.__name__, n(cls.__mro__))

print(object.__bases__, object.__base__, n(type.__bases__), type.__base__.__name__)
print(n(int.__bases__), n(bool.__bases__), bool.__base__.__name__)
print(n(KeyError.__mro__))
print(n(ZeroDivisionError.__mro__))

# __base__ prefers a builtin layout base over a plain Python mixin
class Mixin: pass
class MyList(Mixin, list): pass
class MyDict(dict, Mixin): pass
print(n(MyList.__bases__), n(MyList.__mro__))
print(n(MyDict.__bases__), MyDict.__base__.__name__, n(MyDict.__mro__))

class SubList(MyList): pass
print(SubList.__base__.__name__, n(SubList.__mro__))

class ExcMixin: pass
class MyErr(ExcMixin, ValueError): pass
print(n(MyErr.__mro__))

# bases is a tuple; __bases__ of a class made by type()
T = type("T", (B, C), {})
print(type(T.__bases__).__name__, n(T.__bases__), T.__base__.__name__)

# issubclass agrees with __mro__
for sub in (A, B, C, D, E, MyList, MyErr):
    print(sub.__name__, [sup.__name__ for sup in (A, B, C, list, Exception, object) if issubclass(sub, sup)])

