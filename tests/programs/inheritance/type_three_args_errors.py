# Errors from type() with wrong arguments.
def attempt(label, *args, **kwargs):
    try:
        r = type(*args, **kwargs)
        print(label, "->", r.__name__ if isinstance(r, type) else r)
    except TypeError as e:
        print(label, type(e).__name__, e)
    except ValueError as e:
        print(label, type(e).__name__, e)

attempt("no args")
attempt("two args", "A", ())
attempt("four args", "A", (), {}, 1)
attempt("name not str", 1, (), {})
attempt("bases not tuple", "A", [], {})
attempt("dict not dict", "A", (), [])
attempt("bases list of classes", "A", [object], {})
attempt("bad kwarg", "A", (), {}, flag=1)
attempt("one arg", 5)
attempt("ok", "Fine", (), {})

# __slots__ errors
attempt("slots int", "S", (), {"__slots__": 1})
attempt("slots conflict", "S", (), {"__slots__": ("x",), "x": 5})

# __qualname__ must be a string
attempt("qualname int", "Q", (), {"__qualname__": 5})

# calling type.__new__ directly
try:
    type.__new__(type, "A", (), {})
    print("type.__new__ ok")
except TypeError as e:
    print(type(e).__name__, e)
