# Generator misuse errors and edge cases.
def g():
    yield 1
gen = g()
try:
    gen.send(5)
except TypeError as e:
    print("TypeError:", e)
print(next(gen))
try:
    next(gen)
except StopIteration as e:
    print("StopIteration", repr(e.value))
print(next(gen, "default"), gen.gi_running)
try:
    gen.throw(1)
except TypeError as e:
    print("TypeError:", e)
try:
    g().throw(ValueError, ValueError("v"), None)
except ValueError as e:
    print("ValueError:", e)
def raise_inside():
    yield 1
    raise KeyError("inside")
r = raise_inside()
next(r)
try:
    next(r)
except KeyError as e:
    print("KeyError:", e)
print(next(r, "exhausted"))
def stop_leak():
    yield 1
    next(iter([]))
try:
    list(stop_leak())
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    next(5)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
print(g().__next__(), hasattr(gen, "send"), g.__name__)
