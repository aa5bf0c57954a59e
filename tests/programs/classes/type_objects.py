# Types as objects: type(), bases, reprs of classes, __doc__ of a class without one.
print(int.__name__, type(1).__qualname__, (1).__class__ is int, int is type(0))
print(isinstance(int, object), issubclass(int, object), object.__subclasses__ if False else "skip")
print(type(type), type(object), object.__base__, type.__base__, int.__base__)
print(str(int), repr(str), str(type(None)), [int, str])
class A: pass
print(repr(A).startswith("<class '__main__.A'>"), A.__module__, A.__doc__, A().__class__.__name__)
