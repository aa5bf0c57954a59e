# A generator that catches thrown exceptions and keeps producing values.
class Retry(Exception):
    pass

class Skip(Exception):
    pass

def worker(items):
    i = 0
    while i < len(items):
        try:
            yield items[i]
        except Retry:
            print("retrying", items[i])
            continue
        except Skip as e:
            print("skipping", items[i], "reason:", e)
        i += 1
    return "worker finished"

w = worker(["a", "b", "c", "d"])
print(next(w))
print(w.throw(Retry))
print(next(w))
print(w.throw(Skip("bad b")))
print(w.throw(Retry()))
print(next(w))
try:
    next(w)
except StopIteration as e:
    print("StopIteration:", e.value)

# throw returning the next yielded value vs raising StopIteration
def one_handler():
    try:
        yield 1
    except ValueError:
        print("handled, now returning")
        return "ret-from-handler"

o = one_handler()
next(o)
try:
    o.throw(ValueError)
except StopIteration as e:
    print("throw -> StopIteration", repr(e.value))

# exception transformed inside generator
def transformer():
    try:
        yield "x"
    except KeyError as e:
        raise LookupError("wrapped") from e

t = transformer()
next(t)
try:
    t.throw(KeyError("inner"))
except LookupError as e:
    print(type(e).__name__, e, "cause:", repr(e.__cause__), "context:", repr(e.__context__))

# implicit context when a different exception raised in handler
def contexter():
    try:
        yield
    except KeyError:
        raise ValueError("in handler")

c = contexter()
next(c)
try:
    c.throw(KeyError("k"))
except ValueError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__), "suppress:", e.__suppress_context__)

# the exception thrown carries a traceback that includes the generator frame
def tb_gen():
    yield 1

tg = tb_gen()
next(tg)
try:
    tg.throw(OSError("io"))
except OSError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print("traceback lines:", lines)

# multiple throws in a loop
def counter():
    n = 0
    while True:
        try:
            yield n
        except ArithmeticError as e:
            n += 100
            print("arith", type(e).__name__)
        else:
            n += 1

cg = counter()
print([next(cg) for _ in range(3)])
print(cg.throw(ZeroDivisionError))
print(cg.throw(OverflowError))
print(next(cg))
cg.close()
print("closed")
