# Metaclasses: class M(type), metaclass= keyword, and what type(cls) reports.
class Meta(type):
    def __new__(mcs, name, bases, ns):
        print("Meta.__new__", mcs.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")))
        cls = super().__new__(mcs, name, bases, ns)
        cls.made_by_meta = True
        return cls
    def __init__(cls, name, bases, ns):
        print("Meta.__init__", cls.__name__)
        super().__init__(name, bases, ns)

class A(metaclass=Meta):
    x = 1
    def method(self):
        return "A.method"

print(type(A).__name__, A.made_by_meta, isinstance(A, Meta), isinstance(A, type))
print(type(A()).__name__, A().method(), hasattr(A(), "made_by_meta"))

# The metaclass is inherited by subclasses
class B(A):
    y = 2
print(type(B).__name__, B.made_by_meta, B.x, B.y)

# Calling the metaclass directly
C = Meta("C", (A,), {"z": 3})
print(type(C).__name__, C.z, C.x, [k.__name__ for k in C.__mro__])

# The metaclass's MRO
print([k.__name__ for k in Meta.__mro__], type(Meta).__name__)

# A function used as a metaclass
def func_meta(name, bases, ns):
    print("func_meta", name, sorted(k for k in ns if not k.startswith("__")))
    ns["decorated"] = True
    return type(name, bases, ns)
class F(metaclass=func_meta):
    a = 1
print(type(F).__name__, F.decorated)

# A metaclass function can return anything
def not_a_class(name, bases, ns):
    return "I am %s" % name
class G(metaclass=not_a_class):
    pass
print(G, type(G).__name__)

# metaclass=type explicitly is the same as no metaclass
class H(metaclass=type):
    pass
print(type(H).__name__)

# isinstance of classes against metaclasses
for cls in (A, B, C, F, H, int):
    print(cls.__name__, isinstance(cls, Meta), type(cls).__name__)

# Metaclass repr override
class ReprMeta(type):
    def __repr__(cls):
        return "<class %s via ReprMeta>" % cls.__name__
class R(metaclass=ReprMeta):
    pass
print(repr(R), str(R), [R])
