def implicit():
    try:
        {}["missing"]
    except KeyError:
        raise ValueError("during handling")
def explicit():
    try:
        int("x")
    except ValueError as e:
        raise RuntimeError("wrapped") from e
def suppressed():
    try:
        1 / 0
    except ZeroDivisionError:
        raise LookupError("clean") from None
for fn in (implicit, explicit, suppressed):
    try:
        fn()
    except Exception as e:
        print(fn.__name__, type(e).__name__, repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
e = ValueError("x")
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
e.__cause__ = KeyError("k")
print(repr(e.__cause__), e.__suppress_context__)
try:
    e.__cause__ = "not an exception"
except TypeError as err:
    print("TypeError", err)
try:
    raise ValueError("a") from 5
except TypeError as err:
    print("TypeError", err)
try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise
except ValueError as err:
    print("re-raised", err, err.__context__)
def handler_cleanup():
    try:
        raise KeyError("k")
    except KeyError as exc:
        saved = exc
    try:
        exc
    except NameError as err:
        print("NameError", err)
    return saved
print(repr(handler_cleanup()))
try:
    try:
        raise TypeError("t")
    except TypeError as t:
        try:
            raise ValueError("v")
        except ValueError as v:
            raise KeyError("k")
except KeyError as k:
    chain = []
    cur = k
    while cur is not None:
        chain.append(type(cur).__name__)
        cur = cur.__context__
    print(chain)
err = RuntimeError("with tb")
print(err.with_traceback(None) is err)
import sys
try:
    raise IndexError("current")
except IndexError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exc_info()[1] is v)
print(sys.exc_info())
