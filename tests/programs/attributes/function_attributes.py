# Function attributes: __name__, __qualname__, __defaults__, __kwdefaults__, __dict__, __module__, __doc__.
def plain(a, b=2, *args, c, d=4, **kw):
    "plain docstring"
    return a, b, c, d

print(plain.__name__, plain.__qualname__, plain.__module__, plain.__doc__)
print(plain.__defaults__, plain.__kwdefaults__, plain.__dict__)

def outer():
    def inner():
        pass
    class Local:
        def method(self):
            pass
    return inner, Local.method, lambda: None
inner, method, lam = outer()
print(inner.__qualname__, method.__qualname__, lam.__qualname__, lam.__name__)

class C:
    def m(self):
        pass
    class Nested:
        def deep(self):
            pass
    @staticmethod
    def s():
        pass
print(C.m.__qualname__, C.Nested.deep.__qualname__, C.s.__qualname__, C.Nested.__qualname__)

# Renaming functions.
def f():
    pass
f.__name__ = "renamed"
f.__qualname__ = "Some.renamed"
print(f.__name__, f.__qualname__)
for attr in ("__name__", "__qualname__"):
    try:
        setattr(f, attr, 5)
    except TypeError as e:
        print("TypeError", e)

# Arbitrary attributes live in __dict__.
f.counter = 0
f.counter += 1
f.tags = ["x"]
print(f.counter, f.tags, sorted(f.__dict__))
del f.counter
print(hasattr(f, "counter"), f.__dict__)
try:
    f.missing
except AttributeError as e:
    print("AttributeError", e)

# Docstrings.
def nodoc():
    pass
def notfirst():
    x = 1
    "not a docstring"
print(nodoc.__doc__, notfirst.__doc__)
nodoc.__doc__ = "assigned"
print(nodoc.__doc__)
# __module__ is writable.
nodoc.__module__ = "elsewhere"
print(nodoc.__module__)
# Lambdas and defaults.
l2 = lambda x, y=10, *, z=20: x + y + z
print(l2.__name__, l2.__defaults__, l2.__kwdefaults__, l2(1))
# Function call counter via attribute.
def counted():
    counted.calls += 1
    return counted.calls
counted.calls = 0
print([counted() for _ in range(3)], counted.calls)
# Code object basics.
print(plain.__code__.co_name, plain.__code__.co_argcount, plain.__code__.co_kwonlyargcount, plain.__code__.co_varnames[:4])
