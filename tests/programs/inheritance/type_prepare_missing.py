# type.__prepare__ exists (returns a fresh empty dict, accepts anything); metaclasses call it via super().
print(type.__prepare__("n", ()), type.__prepare__(1, 2, 3, k=4), type(type.__prepare__()).__name__)
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        ns = super().__prepare__(name, bases, **kw)
        ns["injected"] = name.lower()
        return ns
class A(metaclass=Meta):
    pass
print(A.injected, hasattr(type, "__prepare__"), "__prepare__" in type.__dict__)
