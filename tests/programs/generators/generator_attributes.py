# Generator and generator-expression attributes, names and reprs without addresses.
def named():
    yield 1
g = named()
print(g.__name__, g.__qualname__, type(g).__name__, g.gi_running, g.gi_code.co_name)
class Holder:
    def method(self):
        yield "m"
h = Holder().method()
print(h.__name__, h.__qualname__, next(h))
ge = (x for x in [])
print(ge.__name__, ge.__qualname__, type(ge).__name__)
def outer():
    def inner_gen():
        yield
    return inner_gen()
print(outer().__qualname__)
g.__name__ = "renamed"
print(g.__name__, repr(g).startswith("<generator object named at"))
print(hasattr(g, "send"), hasattr(g, "throw"), hasattr(g, "close"), hasattr(g, "__next__"), hasattr(g, "__iter__"))
