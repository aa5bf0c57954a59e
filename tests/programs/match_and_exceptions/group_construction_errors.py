# ExceptionGroup constructor corner cases: the message type error names
# None specially, keyword arguments are counted as missing positionals,
# and message/exceptions are read-only attributes.


def attempt(label, make):
    try:
        g = make()
        print(f"{label}: {type(g).__name__} {g!r}")
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")


attempt("message None", lambda: ExceptionGroup(None, [ValueError()]))
attempt("message int", lambda: ExceptionGroup(5, [ValueError()]))
attempt("keyword", lambda: ExceptionGroup(message="m", exceptions=[ValueError()]))
attempt("one keyword", lambda: ExceptionGroup("m", exceptions=[ValueError()]))
g = ExceptionGroup("msg", [ValueError(1)])
for name, value in [("message", "new"), ("exceptions", ())]:
    try:
        setattr(g, name, value)
        print("assigned", name, getattr(g, name))
    except AttributeError as e:
        print("AttributeError:", e)
print(g.message, g.exceptions)
