def documented(a: int, b: "str" = "x") -> list:
    """Docstring here."""
    return [a, b]
print(documented.__name__, documented.__qualname__, documented.__doc__, documented.__annotations__)
print(documented.__defaults__, documented.__module__, callable(documented), type(documented).__name__)
class K:
    def method(self):
        def inner():
            pass
        return inner
print(K.method.__qualname__, K().method().__qualname__, (lambda: 0).__name__, (lambda: 0).__qualname__)
documented.custom = 42
print(documented.custom, "custom" in documented.__dict__)
f = documented
f.__name__ = "renamed"
print(documented.__name__, repr(f).startswith("<function documented"))
try:
    documented.__name__ = 5
except TypeError as e:
    print("TypeError", e)
def with_defaults(x=[]):
    x.append(len(x))
    return x
print(with_defaults(), with_defaults(), with_defaults([9]))
with_defaults.__defaults__ = ([100],)
print(with_defaults())
bound = K().method
print(type(bound).__name__, bound.__func__ is K.method, bound.__self__.__class__.__name__)
def apply(fn, *args):
    return fn(*args)
print(apply(max, 3, 9, 2), apply(str.upper, "x"), apply(lambda *a: a, 1, 2), apply(dict, a=1) if False else "-")
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])), list(filter(None, [0, 1, "", "a", [], [0]])))
print(sorted(["bb", "a", "ccc"], key=len), max(["bb", "a", "ccc"], key=len), min("xyz", key=ord))
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5), (lambda *, k=3: k)(), (lambda a, /, b: (a, b))(1, b=2))
def gen_func():
    yield 1
print(gen_func.__code__.co_flags & 0x20 != 0, documented.__code__.co_varnames, documented.__code__.co_name)
