# type() checks __slots__ names (identifiers, __dict__ only once).
def attempt(label, *args, **kwargs):
    try:
        r = type(*args, **kwargs)
        print(label, "->", r.__name__ if isinstance(r, type) else r)
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)
attempt("slots bad name", "S", (), {"__slots__": ("1abc",)})
attempt("slots dup dict", "S", (), {"__slots__": ("__dict__", "__dict__")})
