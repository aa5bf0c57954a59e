# with_traceback() accepts only a traceback or None, like assigning
# __traceback__ does.
e = KeyError("k")
for bad in [5, "tb", object()]:
    try:
        e.with_traceback(bad)
        print("accepted", type(bad).__name__, type(e.__traceback__).__name__)
    except TypeError as err:
        print("TypeError:", err)
    try:
        e.__traceback__ = bad
        print("assigned", type(bad).__name__)
    except TypeError as err:
        print("TypeError:", err)
print(e.with_traceback(None) is e, e.__traceback__)
