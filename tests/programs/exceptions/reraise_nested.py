# Re-raising in nested handlers: bare raise picks the innermost handled exception.
def f():
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise KeyError("inner")
        except KeyError:
            pass
        raise
try:
    f()
except Exception as e:
    print(type(e).__name__, e, repr(e.__context__))
def g():
    try:
        raise ValueError("first")
    except ValueError as first:
        try:
            raise KeyError("second")
        except KeyError:
            raise first
try:
    g()
except ValueError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__) if e.__context__ else None)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
def h():
    try:
        1 / 0
    except ZeroDivisionError as e:
        err = e
    print("after handler", repr(err))
    try:
        err
    except NameError:
        pass
    return "e deleted" if "e" not in dir() else "e kept"
print(h())
import sys
try:
    raise IndexError("idx")
except IndexError:
    print(sys.exc_info()[0].__name__, repr(sys.exception()) if hasattr(sys, "exception") else "")
    try:
        raise TypeError("t")
    except TypeError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
