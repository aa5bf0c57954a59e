# Argument checking in type(), type.__new__ and type.__init__.
def attempt(label, *args, **kwargs):
    try:
        r = type(*args, **kwargs)
        print(label, "->", r.__name__ if isinstance(r, type) else r)
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)
attempt("null in name", "A\x00B", (), {})
attempt("one arg kw", 5, x=1)
try:
    type.__new__(int, "A", (), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type.__new__("A", (), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type.__init__(type("X", (), {}), "X", (), {}, 1)
except TypeError as e:
    print(type(e).__name__, e)
