# str() of an object without __str__ whose __repr__ returns a non-string
# reports "__str__ returned non-string" (object.__str__ calls the repr slot
# and str() checks the result), while repr() reports "__repr__".

class BadRepr:
    def __repr__(self):
        return 7

for label, fn in [("repr", lambda: repr(BadRepr())), ("str", lambda: str(BadRepr())),
                  ("print", lambda: print(BadRepr())), ("format", lambda: format(BadRepr())),
                  ("%s", lambda: "%s" % BadRepr())]:
    try:
        fn()
    except TypeError as e:
        print(label, "TypeError:", e)
