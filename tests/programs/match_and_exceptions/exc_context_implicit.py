# Implicit chaining: __context__ is set to the exception being handled when
# a new one is raised, in handlers, in finally blocks, in nested frames,
# and never to the exception itself (cycles are cut).


def chain(e):
    out = []
    while e is not None:
        out.append(f"{type(e).__name__}({', '.join(map(repr, e.args))})")
        e = e.__context__
    return " <- ".join(out)


# In an except block.
try:
    try:
        1 / 0
    except ZeroDivisionError:
        [][1]
except IndexError as e:
    print("handler:", chain(e))

# In a finally block while an exception propagates.
try:
    try:
        raise KeyError("k")
    finally:
        raise ValueError("from finally")
except ValueError as e:
    print("finally:", chain(e))


# In a called function: context is the exception being handled by the caller.
def helper():
    raise RuntimeError("in helper")


try:
    try:
        raise TypeError("outer")
    except TypeError:
        helper()
except RuntimeError as e:
    print("callee:", chain(e))

# Three levels.
try:
    try:
        try:
            raise OSError("level 1")
        except OSError:
            raise LookupError("level 2")
    except LookupError:
        raise AssertionError("level 3")
except AssertionError as e:
    print("three:", chain(e))

# Raising the exception being handled does not create a self-cycle.
try:
    try:
        raise ValueError("same")
    except ValueError as err:
        raise err
except ValueError as e:
    print("self:", chain(e), e.__context__ is None)

# Cycle breaking: raising an older exception inside a newer handler.
try:
    try:
        raise KeyError("a")
    except KeyError as a:
        try:
            raise ValueError("b")
        except ValueError:
            raise a
except KeyError as e:
    print("cycle cut:", chain(e))

# A handled-and-finished exception is not the context of a later one.
try:
    raise ValueError("done")
except ValueError:
    pass
try:
    raise TypeError("fresh")
except TypeError as e:
    print("fresh:", chain(e))

# Context set even when the new exception already had a context.
pre = RuntimeError("pre")
pre.__context__ = OSError("old context")
try:
    try:
        raise KeyError("current")
    except KeyError:
        raise pre
except RuntimeError as e:
    print("overwritten:", chain(e))

# Context inside generators: the exception active at the throw.
def gen():
    try:
        yield 1
    except GeneratorExit:
        raise
    yield 2


g = gen()
next(g)
try:
    try:
        raise NameError("outside")
    except NameError:
        g.throw(ValueError("thrown"))
except ValueError as e:
    print("throw:", chain(e))

# sys.exc_info inside a nested handler returns the innermost.
import sys
try:
    raise KeyError("outer")
except KeyError:
    try:
        raise ValueError("inner")
    except ValueError:
        print("innermost:", sys.exc_info()[0].__name__)
    print("back to outer:", sys.exc_info()[0].__name__)
print("after:", sys.exc_info())
