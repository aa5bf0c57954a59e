# In 3.9-3.12, classmethod.__get__ chains to the wrapped object's __get__(cls, type(cls)):
# classmethod(property) gives a class property; classmethod(staticmethod(f)) calls f without cls.
class A:
    _registry = ["a", "b"]
    @classmethod
    @property
    def registry_size(cls):
        return f"{cls.__name__} has {len(cls._registry)}"
class B(A):
    _registry = ["x"]
print(A.registry_size, B.registry_size, A().registry_size)
class Tracer:
    def __get__(self, obj, objtype=None):
        return ("Tracer.__get__", obj.__name__ if isinstance(obj, type) else obj, objtype.__name__)
class C:
    traced = classmethod(Tracer())
class D(C):
    pass
print(C.traced)
print(D.traced)
print(C().traced)
class G:
    @classmethod
    @staticmethod
    def combo(*args):
        return ("combo", args)
print(G.combo(1), G().combo(2))
