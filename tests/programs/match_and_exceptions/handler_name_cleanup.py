# The name bound by `except ... as name` is deleted when the handler ends,
# even if it existed before; nested handlers; sys.exc_info() lifetime;
# exceptions saved to other names survive.
import sys

e = "outer value"
try:
    raise ValueError("x")
except ValueError as e:
    print("inside:", repr(e))
print("e defined after handler:", "e" in globals())


def in_function():
    err = "before"
    try:
        raise KeyError("k")
    except KeyError as err:
        saved = err
    try:
        return err
    except UnboundLocalError as u:
        return f"UnboundLocalError: {u} / saved {saved!r}"


print(in_function())


def nested():
    try:
        raise ValueError("outer")
    except ValueError as exc:
        try:
            raise TypeError("inner")
        except TypeError as exc:
            print("inner handler:", repr(exc))
        try:
            print(exc)
        except NameError as n:
            print("outer name deleted by inner handler:", n)


try:
    nested()
except UnboundLocalError as u:
    print("UnboundLocalError:", u)


# Handler name in a loop.
results = []
for i in range(3):
    try:
        if i != 1:
            raise IndexError(i)
    except IndexError as problem:
        results.append(problem.args[0])
print(results, "problem" in dir())

# The deletion happens even when the handler returns or breaks.
def returns():
    try:
        raise ValueError("r")
    except ValueError as v:
        return v


print("returned:", repr(returns()))

for _ in range(1):
    try:
        raise ValueError("b")
    except ValueError as brk:
        break
print("brk defined after break:", "brk" in dir())

# sys.exc_info is only set while handling.
print("before:", sys.exc_info()[0])
try:
    raise LookupError("l")
except LookupError:
    print("during:", sys.exc_info()[0].__name__)
    try:
        raise ZeroDivisionError
    except ZeroDivisionError:
        print("nested:", sys.exc_info()[0].__name__)
    print("restored:", sys.exc_info()[0].__name__)
print("after:", sys.exc_info()[0])


# Exception saved in a generator while handling.
def gen():
    try:
        raise ValueError("in gen")
    except ValueError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__


g = gen()
print("gen first:", next(g), "| outside:", sys.exc_info()[0])
print("gen second:", next(g))

# A handler that deletes the name itself.
try:
    raise ValueError("d")
except ValueError as gone:
    del gone
print("deleting inside the handler is fine")
