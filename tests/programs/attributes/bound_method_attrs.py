# Bound method attributes: __module__/__doc__/arbitrary attributes fall through to __func__,
# read-only __self__/__func__, stable hash, function.__get__ rebinding, __call__ on callables.
class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self, other="world", *, punct="!"):
        "Say hello."
        return f"{self.name} greets {other}{punct}"
g = Greeter("Ann")
m = g.greet
print(m.__module__, m.__doc__, m.__defaults__, m.__kwdefaults__, m.__code__.co_name)
print(hash(g.greet) == hash(g.greet), hash(m) == hash(g.greet))
Greeter.greet.tag = "function attribute"
print(m.tag, g.greet.tag)
try:
    m.tag = "on method"
except AttributeError as e:
    print("AttributeError", e)
for attr in ("__self__", "__func__", "__name__"):
    try:
        setattr(m, attr, None)
    except AttributeError as e:
        print("AttributeError", e)
other = Greeter("Zed")
rebound = m.__func__.__get__(other, Greeter)
print(rebound(), rebound.__self__ is other)
def f():
    return "called"
print(hasattr(len, "__call__"), hasattr(f, "__call__"), hasattr(m, "__call__"), hasattr(print, "__call__"))
print(f.__call__(), len.__call__([1]), m.__call__("x"))
