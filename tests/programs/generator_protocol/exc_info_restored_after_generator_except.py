# When a generator's except block ends, sys.exc_info() falls back to the caller's
# currently handled exception (the generator's exception state is chained to the caller's).
import sys

def name():
    et = sys.exc_info()[0]
    return et.__name__ if et else None

def gen():
    try:
        raise KeyError("inside")
    except KeyError:
        yield "suspended in except"
        print("  resumed in except:", name())
    print("  after except:", name())
    yield "done"

g = gen()
print(next(g))
try:
    raise ValueError("caller")
except ValueError:
    print(next(g))
    print("caller:", name())

def plain():
    print("  plain sees:", name())
    yield
    print("  plain sees after resume:", name())
    yield

p = plain()
try:
    raise IndexError
except IndexError:
    next(p)
try:
    raise TypeError
except TypeError:
    next(p)
