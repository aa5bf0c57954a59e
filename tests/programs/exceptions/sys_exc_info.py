# sys.exc_info inside and outside handlers; exception scope after except.
import sys
print(sys.exc_info())
try:
    raise ValueError("inside")
except ValueError:
    kind, value, tb = sys.exc_info()
    print(kind.__name__, value, tb is not None)
    try:
        raise KeyError("nested")
    except KeyError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
def gen():
    try:
        raise TypeError("in gen")
    except TypeError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
g = gen()
print(next(g))
print(sys.exc_info()[0])
print(next(g))
