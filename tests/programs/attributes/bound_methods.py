# Bound methods: __self__, __func__, equality, hashing, identity, attributes.
class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self, other="world"):
        "Say hello."
        return f"{self.name} greets {other}"
    def __eq__(self, other):
        return isinstance(other, Greeter) and self.name == other.name
    def __hash__(self):
        return hash(self.name)

g = Greeter("Ann")
m = g.greet
print(m(), m("Bob"), type(m).__name__)
print(m.__self__ is g, m.__func__ is Greeter.greet, m.__func__ is Greeter.__dict__["greet"])
print(m.__name__, m.__qualname__, m.__doc__)
print(g.greet is g.greet, g.greet == g.greet, m == g.greet)
# Equality uses identity of __self__ (3.8+), not __eq__ of the instances.
g2 = Greeter("Ann")
print(g == g2, g.greet == g2.greet)
# Different functions, same self.
class Two:
    def a(self):
        return "a"
    def b(self):
        return "b"
t = Two()
print(t.a == t.b, t.a != t.b, t.a == Two.a, Two.a == Two.a)
# Calling through __func__ explicitly.
print(m.__func__(g, "explicit"), Greeter.greet(g2, "unbound"))
# Bound methods are read-only-ish: attributes fall through to the function.
try:
    m.tag = "on method"
except AttributeError as e:
    print("AttributeError", e)
# Storing a bound method keeps the instance alive and bound.
callbacks = [Greeter(n).greet for n in ("x", "y", "z")]
print([cb("cb") for cb in callbacks], [cb.__self__.name for cb in callbacks])
# Bound methods of builtins.
lst = [3, 1, 2]
app = lst.append
app(0)
print(lst, app.__self__ is lst, app.__name__, type(app).__name__)
print([].append == [].append, lst.append == lst.append, lst.append == lst.extend)
# A method bound to a class via classmethod.
class K:
    @classmethod
    def make(cls):
        return cls.__name__
print(K.make.__self__ is K, K.make.__func__.__name__, K().make == K.make, K.make())
# Functions stored on instances are not bound.
def free(x=1):
    return x
g.free = free
print(g.free() , g.free is free)
# Methods retrieved from the class are plain functions.
print(type(Greeter.greet).__name__, Greeter.greet.__qualname__)
