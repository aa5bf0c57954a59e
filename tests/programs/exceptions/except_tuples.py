# except with tuples, nested tuples, classes in variables, and bad clauses.
errors = (KeyError, IndexError)
for exc in [KeyError("k"), IndexError("i"), ValueError("v")]:
    try:
        try:
            raise exc
        except errors as e:
            print("tuple caught", repr(e))
    except ValueError as e:
        print("outer caught", repr(e))
try:
    try:
        raise LookupError("base")
    except (KeyError, (IndexError, LookupError)) as e:
        print("nested tuple", repr(e))
except TypeError as e:
    print("TypeError:", e)
try:
    raise KeyError("sub")
except LookupError as e:
    print("by base", repr(e))
def pick():
    return ZeroDivisionError
try:
    1 / 0
except pick() as e:
    print("computed", type(e).__name__)
try:
    try:
        raise ValueError("x")
    except 42:
        print("unreachable")
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise ValueError("y")
    except (ValueError, "str"):
        print("matched before the bad entry")
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise ValueError("z")
    except ("str", ValueError):
        print("never")
except TypeError as e:
    print("TypeError:", e)
try:
    raise BaseException("base")
except Exception:
    print("not here")
except BaseException as e:
    print("BaseException", e)
try:
    raise SystemExit(0)
except Exception:
    print("not here")
except SystemExit as e:
    print("SystemExit", e.code)
