# The __main__ module's names, sys attributes, builtins' names and types.
import sys
print(type(sys.modules).__name__, "sys" in sys.modules, sys.maxsize, sys.byteorder in ("little", "big"))
print(__name__, __doc__, type(__builtins__).__name__)
def f():
    """Doc."""
print(f.__doc__, len.__name__, print.__qualname__)
print(isinstance(print, type(len)), type(print).__name__, callable(type))
print(dir()[:3])
print(globals()["__name__"], "f" in globals(), sorted(locals())[:2])
print(repr(None), repr(...), repr(NotImplemented), type(None).__name__, type(NotImplemented).__name__)
print(hash(None) == hash(None), None.__class__.__name__, bool(NotImplemented) if False else True)
