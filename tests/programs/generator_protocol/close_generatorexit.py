# close(): GeneratorExit delivery, finally, return in handler, ignoring it.
def watched():
    try:
        yield 1
        yield 2
    except GeneratorExit as e:
        print("got GeneratorExit", type(e).__name__, repr(e.args), isinstance(e, Exception), isinstance(e, BaseException))
        raise
    finally:
        print("finally runs")

w = watched()
print(next(w))
print("close returns", w.close())
print("second close returns", w.close())
try:
    next(w)
except StopIteration:
    print("next after close -> StopIteration")

# close on a just-started generator: body never runs
def not_started():
    print("should not print")
    try:
        yield
    finally:
        print("should not print either")

ns = not_started()
print(ns.close())

# close on an exhausted generator
def finished():
    yield 1
f = finished()
print(list(f), f.close())

# returning from the GeneratorExit handler is fine
def returns_on_exit():
    try:
        yield "a"
    except GeneratorExit:
        print("returning on exit")
        return "ignored value"

r = returns_on_exit()
next(r)
print("close ->", r.close())

# yielding from the handler -> RuntimeError
stop_ignoring = False
def ignores():
    while not stop_ignoring:
        try:
            yield "still here"
        except GeneratorExit:
            print("ignoring exit")

ig = ignores()
next(ig)
try:
    ig.close()
except RuntimeError as e:
    print(type(e).__name__, e)
# it is suspended again at the yield after the failed close
print(next(ig))
stop_ignoring = True
print(list(ig))

# raising another exception from the handler propagates it
def raises_other():
    try:
        yield
    except GeneratorExit:
        raise ValueError("replaced")

ro = raises_other()
next(ro)
try:
    ro.close()
except ValueError as e:
    print(type(e).__name__, e, "context:", type(e.__context__).__name__)

# raising StopIteration from the handler
def raises_stop():
    try:
        yield
    except GeneratorExit:
        raise StopIteration("stop")

rs = raises_stop()
next(rs)
try:
    rs.close()
except RuntimeError as e:
    print(type(e).__name__, e, "cause:", type(e.__cause__).__name__)

# catching with except Exception does not catch GeneratorExit
def broad_except():
    try:
        yield 1
    except Exception:
        print("not reached")
    finally:
        print("broad finally")

be = broad_except()
next(be)
be.close()

# throw(GeneratorExit) behaves like a raise into the generator
def catch_ge():
    try:
        yield 1
    except GeneratorExit:
        print("caught thrown GeneratorExit")
        yield 2

cg = catch_ge()
next(cg)
print("throw GeneratorExit ->", cg.throw(GeneratorExit))
try:
    cg.close()
except RuntimeError as e:
    print("close after:", e)
print(list(cg))
