# Metaclasses of metaclasses: type(type(cls)), and __call__ at each level.
class MetaMeta(type):
    def __call__(mcs, name, bases, ns, **kw):
        print("MetaMeta.__call__ creating metaclass-instance", name)
        return super().__call__(name, bases, ns, **kw)

class Meta(type, metaclass=MetaMeta):
    def __call__(cls, *args):
        print("Meta.__call__ creating instance of", cls.__name__, args)
        return super().__call__(*args)

print("defining A")
class A(metaclass=Meta):
    def __init__(self, v):
        self.v = v
print("instantiating A")
a = A(5)
print(a.v, type(a).__name__, type(A).__name__, type(type(A)).__name__, type(type(type(A))).__name__)

print("defining B(A)")
class B(A):
    pass
b = B(6)
print(b.v, type(B).__name__)

# isinstance chain across levels
print(isinstance(a, A), isinstance(A, Meta), isinstance(Meta, MetaMeta), isinstance(MetaMeta, type))
print(isinstance(A, MetaMeta), isinstance(a, Meta))

# Metaclass attributes visible on its classes, meta-meta attributes visible on the metaclass
class Level2(type):
    level = "meta-meta"
class Level1(type, metaclass=Level2):
    level = "meta"
class Level0(metaclass=Level1):
    pass
print(Level0.level, Level1.level, Level2.level, hasattr(Level0(), "level"))

# type is its own metaclass
print(type(type) is type, isinstance(type, type), type.__class__ is type)

# A metaclass created dynamically
Dyn = type("Dyn", (type,), {"tag": "dynamic-meta"})
Made = Dyn("Made", (), {})
print(type(Made).__name__, Made.tag, isinstance(Made, Dyn))

# A class-creating function at the meta-meta level
class Counter(type):
    made = 0
    def __call__(mcs, *args, **kw):
        Counter.made += 1
        return super().__call__(*args, **kw)
class CountingMeta(type, metaclass=Counter):
    pass
class X(metaclass=CountingMeta): pass
class Y(X): pass
Z = CountingMeta("Z", (), {})
print(Counter.made, [type(k).__name__ for k in (X, Y, Z)])
