# sys.exc_info() and exception context across generator suspensions.
import sys

def current():
    et = sys.exc_info()[0]
    return et.__name__ if et else None

def gen():
    print("  start:", current())
    try:
        raise KeyError("inside")
    except KeyError:
        print("  in except before yield:", current())
        yield "suspended in except"
        print("  in except after resume:", current())
        yield "resumed in except"
    print("  after except:", current())
    yield "done"

g = gen()
print(next(g))
print("caller sees:", current())
try:
    raise ValueError("caller")
except ValueError:
    print("caller in except:", current())
    print(next(g))
    print("caller still:", current())
print("caller outside:", current())
print(next(g))
print("caller outside again:", current())

# a generator started in the caller's except block sees the caller's exception
def sees_outer():
    yield current()
    yield current()

so = sees_outer()
try:
    raise IndexError
except IndexError:
    print("first next inside except:", next(so))
print("second next outside:", next(so))

# exception raised in generator gets context from the generator's handled exception
def chained():
    try:
        raise KeyError("first")
    except KeyError:
        yield "waiting"
        raise ValueError("second")

c = chained()
next(c)
try:
    next(c)
except ValueError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))

# exception in a generator does not pick up the caller's handled exception as context
def plain_raise():
    yield "ready"
    raise TypeError("plain")

p = plain_raise()
next(p)
try:
    raise OSError("caller's")
except OSError:
    try:
        next(p)
    except TypeError as e:
        print(type(e).__name__, e, "context:", repr(e.__context__))

# bare raise inside a generator re-raises the generator's own handled exception
def reraiser():
    try:
        raise LookupError("orig")
    except LookupError:
        yield "in handler"
        raise

r = reraiser()
next(r)
try:
    next(r)
except LookupError as e:
    print("re-raised:", repr(e))

# sys.exc_info is cleared after the generator's except block finishes
def clears():
    try:
        raise ArithmeticError
    except ArithmeticError:
        pass
    yield current()

print("after handled:", next(clears()))
