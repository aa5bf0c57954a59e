# Function attributes: __name__, __qualname__, __doc__, __defaults__, __module__, custom.
def documented(a, b=1, *, c=2):
    """Adds things."""
    return a + b + c
print(documented.__name__, documented.__qualname__, documented.__doc__, documented.__module__)
print(documented.__defaults__, documented.__kwdefaults__, documented.__code__.co_argcount, documented.__code__.co_name)
def undocumented():
    pass
print(undocumented.__doc__, undocumented.__defaults__, undocumented.__kwdefaults__, undocumented())
class Outer:
    def method(self):
        def local():
            pass
        return local
    class Inner:
        def deep(self):
            pass
print(Outer.method.__qualname__, Outer().method().__qualname__, Outer.Inner.deep.__qualname__, Outer.Inner.__qualname__)
documented.custom = "value"
print(documented.custom, "custom" in documented.__dict__)
documented.__defaults__ = (100,)
print(documented(1))
def annotated(x: int, y: "str" = "s") -> bool:
    pass
print(annotated.__annotations__)
print(callable(documented), callable(5), type(documented).__name__)
