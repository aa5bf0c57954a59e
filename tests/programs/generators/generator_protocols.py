def countdown(n):
    while n > 0:
        received = yield n
        if received is not None:
            n = received
        else:
            n -= 1
    return "done"
g = countdown(5)
print(next(g), next(g), g.send(10), next(g))
print(list(g))
g = countdown(2)
print(list(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
def ret():
    yield 1
    return "result"
g = ret()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value", e.value)
def delegating():
    r = yield from ret()
    yield r
print(list(delegating()))
def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught inside", e)
c = catcher()
next(c)
print(c.throw(ValueError("injected")))
c.close()
try:
    c.throw(ValueError("after close"))
except ValueError as e:
    print("propagated", e)
g = countdown(3)
try:
    g.send(5)
except TypeError as e:
    print("TypeError", e)
def fresh():
    yield 1
f = fresh()
print(f.gi_running, type(f).__name__, f.__name__)
list(f)
def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
i = ignores_exit()
next(i)
try:
    i.close()
except RuntimeError as e:
    print("RuntimeError", e)
def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)
def stop_inside():
    yield 1
    raise StopIteration("bad")
try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)
