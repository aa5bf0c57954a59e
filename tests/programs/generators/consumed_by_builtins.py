# sum, any and all over generators: the values they can take alone, those
# that need Python code (with the generator suspended), errors, re-entry.
def g(items):
    for x in items:
        print("yield", repr(x))
        yield x

print(sum(g([1, 2, 3])))
print(sum(g([1, 2.5, 3])))
print(sum(g([1, 2**70, 3])))
print(sum(g([True, 2, False])))
print(sum(g([1.5, 2]), 10))
print(sum(g([]), 7))
print(sum(g([[1], [2]]), []))
print(sum(g([2**62, 2**62, 2**62])))
print(sum(x for x in range(1000) if x % 3 == 0))
class Loud:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"Loud({self.v})"
    def __radd__(self, other):
        print("radd", other)
        return other + self.v
    def __add__(self, other):
        print("add", other)
        return self.v + other
print(sum(g([1, Loud(10), 2, 3])))
print(any(g([0, 0.0, None, False, 3, 4])))
print(all(g([1, 2.0, True, 0, 5])))
print(any(g([0, "", "x", 1])))
print(all(g([1, [], 1])))
print(any(g([])), all(g([])))
class B:
    def __repr__(self): return "B()"
    def __bool__(self):
        print("bool called")
        return False
print(any(g([0, B(), 0, 1])))
it = g([0, 0, 7, 8, 9])
print(any(it), list(it))
it = g([1, 1, 0, 2])
print(all(it), list(it))
def boom():
    yield 1
    raise ValueError("x")
try:
    sum(boom())
except ValueError as e:
    print("ValueError", e)
try:
    any(x for x in [0, 1/0])
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
def me_gen():
    yield sum(me)
me = me_gen()
try:
    sum(me)
except ValueError as e:
    print("ValueError", e)
print(sum((x for x in [1, 2]), 0.5), sum(iter([1, 2])))
