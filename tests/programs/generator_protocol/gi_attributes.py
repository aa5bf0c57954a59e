# gi_running, gi_code, __name__, __qualname__ of generators and generator expressions.
def numbers(n):
    total = 0
    for i in range(n):
        total += i
        yield i
    return total

g = numbers(3)
print(type(g).__name__)
print(g.__name__, g.__qualname__)
code = g.gi_code
print(type(code).__name__)
print(code.co_name, code.co_argcount, code.co_varnames[:3])
print(code is numbers.__code__)
print(g.gi_running)

class Container:
    def items(self):
        yield 1
    class Nested:
        def deep(self):
            yield 2

print(Container().items().__qualname__, Container().items().__name__)
print(Container.Nested().deep().__qualname__)

def outer():
    def local_gen():
        yield
    return local_gen()

print(outer().__qualname__, outer().gi_code.co_name)

# generator expressions
ge = (x for x in range(3))
print(ge.__name__, ge.__qualname__, ge.gi_code.co_name)
def make_ge():
    return (y * 2 for y in "ab")
print(make_ge().__qualname__)

# __name__ and __qualname__ are writable
g2 = numbers(1)
g2.__name__ = "renamed"
g2.__qualname__ = "Some.renamed"
print(g2.__name__, g2.__qualname__, numbers.__name__)
try:
    g2.__name__ = 123
except TypeError as e:
    print(type(e).__name__, e)
try:
    g2.__qualname__ = None
except TypeError as e:
    print(type(e).__name__, e)

# gi_code co_flags generator bit (0x20)
print(bool(numbers.__code__.co_flags & 0x20))
def plain():
    return 1
print(bool(plain.__code__.co_flags & 0x20))

# attributes are per-generator
a, b = numbers(2), numbers(2)
next(a)
print(a.gi_code is b.gi_code, a.gi_running, b.gi_running)
print(next(a), next(b), next(b), next(a, 'a done'), next(b, 'b done'))
