# Exceptions crossing generator boundaries: throw() into a suspended
# generator, close() and GeneratorExit, exceptions escaping from a
# generator, StopIteration turning into RuntimeError, and the context of
# exceptions raised inside generators.


def worker():
    total = 0
    while True:
        try:
            value = yield total
        except ValueError as e:
            print("  worker recovered from", repr(e))
            continue
        except GeneratorExit:
            print("  worker closing with total", total)
            raise
        if value is None:
            break
        total += value
    return total


w = worker()
print(next(w))
print(w.send(5))
print(w.throw(ValueError("bad input")))
print(w.send(10))
w.close()
print("closed; further next:", end=" ")
try:
    next(w)
except StopIteration as e:
    print("StopIteration", e.value)

w2 = worker()
next(w2)
w2.send(3)
try:
    w2.send(None)
except StopIteration as e:
    print("returned via StopIteration:", e.value)


def leaky():
    yield 1
    raise KeyError("escapes")


g = leaky()
print(next(g))
try:
    next(g)
except KeyError as e:
    print("escaped:", repr(e))
try:
    next(g)
except StopIteration:
    print("finished generator raises StopIteration")


def stop_inside():
    yield 1
    raise StopIteration("explicit")


try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


def ignores_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2


g = ignores_close()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def handler_context():
    try:
        yield
    except TypeError:
        raise ValueError("raised in generator handler")


g = handler_context()
next(g)
try:
    g.throw(TypeError("thrown in"))
except ValueError as e:
    print("context:", repr(e.__context__))


def gen_finally():
    try:
        yield 1
    finally:
        print("  finally in generator")


g = gen_finally()
next(g)
try:
    g.throw(IndexError("x"))
except IndexError as e:
    print("throw passed through finally:", repr(e))

# Exceptions inside generator expressions propagate to the consumer.
try:
    print(sum(1 / x for x in [1, 2, 0]))
except ZeroDivisionError as e:
    print("genexpr:", e)

# yield from forwards throw() to the inner generator.
def outer():
    result = yield from worker()
    print("  inner returned", result)
    yield "outer done"


o = outer()
next(o)
o.send(7)
print(o.throw(ValueError("through yield from")))
print(o.send(None))
