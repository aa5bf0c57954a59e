# classmethod/staticmethod wrapping bound methods, staticmethods and non-function callables.
class Meta(type):
    pass

class A:
    _registry = ["a", "b"]
    @classmethod
    def registry_size(cls):
        return f"{cls.__name__} has {len(cls._registry)}"
    @staticmethod
    @staticmethod
    def double_static(x):
        return ("double static", x)

class B(A):
    _registry = ["x"]

print(A.registry_size(), B.registry_size(), A().registry_size())
print(A.double_static(1), A().double_static(2))

# classmethod wrapping a bound method binds again.
class Holder:
    def method(self, cls):
        return f"method on {type(self).__name__} called with {cls.__name__}"
h = Holder()
class E:
    m = classmethod(h.method)
print(E.m())

# staticmethod wrapping a non-function callable.
class Multiplier:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x * self.n
class F:
    triple = staticmethod(Multiplier(3))
    plain_callable = Multiplier(4)
print(F.triple(5), F().triple(6), F.plain_callable(2), F().plain_callable(3))

# Layers show through __func__.
cm = A.__dict__["registry_size"]
print(type(cm).__name__, type(cm.__func__).__name__)
sm = A.__dict__["double_static"]
print(type(sm).__name__, type(sm.__func__).__name__)
