# raise ... from ...: __cause__, __suppress_context__, a class as cause,
# None, invalid causes, and setting the attributes by hand.


def info(e):
    return (type(e).__name__, repr(e.__cause__), repr(e.__context__), e.__suppress_context__)


try:
    try:
        int("z")
    except ValueError as exc:
        raise RuntimeError("conversion failed") from exc
except RuntimeError as e:
    print("from exc:", info(e), e.__cause__ is e.__context__)

# Cause can be an exception class: it is instantiated.
try:
    raise RuntimeError("x") from KeyError
except RuntimeError as e:
    print("from class:", info(e), type(e.__cause__).__name__, e.__cause__.args)

# Cause unrelated to the context.
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("v") from OSError("unrelated")
except ValueError as e:
    print("unrelated:", info(e))

# from None: context kept, display suppressed.
try:
    try:
        {}["k"]
    except KeyError:
        raise LookupError("clean") from None
except LookupError as e:
    print("from None:", info(e))

# from None outside any handler.
try:
    raise ValueError("plain") from None
except ValueError as e:
    print("from None, no context:", info(e))

# Invalid causes.
for cause in [5, "str", object, int]:
    try:
        raise ValueError("bad cause") from cause
    except TypeError as e:
        print("TypeError:", e)

# Setting attributes by hand.
e = ValueError("manual")
print(e.__suppress_context__)
e.__cause__ = KeyError("c")
print("cause set:", repr(e.__cause__), e.__suppress_context__)
e.__cause__ = None
print("cause cleared:", repr(e.__cause__), e.__suppress_context__)
e.__suppress_context__ = True
print("suppress set:", e.__suppress_context__)
e.__suppress_context__ = False
print("suppress cleared:", e.__suppress_context__)
for bad in [5, "x"]:
    try:
        e.__cause__ = bad
    except TypeError as err:
        print("TypeError:", err)
    try:
        e.__context__ = bad
    except TypeError as err:
        print("TypeError:", err)

# Re-raising keeps the original cause.
try:
    try:
        raise ValueError("a") from KeyError("cause")
    except ValueError:
        raise
except ValueError as e:
    print("re-raised keeps cause:", repr(e.__cause__))

# A second raise ... from overrides the first cause.
err = ValueError("reused")
try:
    raise err from KeyError("first")
except ValueError:
    pass
try:
    raise err from IndexError("second")
except ValueError as e:
    print("override:", repr(e.__cause__))
try:
    raise err
except ValueError as e:
    print("plain raise keeps last cause:", repr(e.__cause__), e.__suppress_context__)
