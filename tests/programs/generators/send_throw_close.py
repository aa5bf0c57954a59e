# Generator protocol: send, throw, close, return values, StopIteration.value.
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total
g = accumulator()
print(next(g), g.send(5), g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            yield f"caught {e}"
c = catcher()
print(next(c), c.throw(ValueError("x")), next(c))
try:
    c.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
def closer():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup on close")
d = closer()
print(next(d))
d.close()
d.close()
print(list(d))
try:
    accumulator().send(1)
except TypeError as e:
    print("TypeError:", e)
def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
bad = ignores_exit()
next(bad)
try:
    bad.close()
except RuntimeError as e:
    print("RuntimeError:", e)
