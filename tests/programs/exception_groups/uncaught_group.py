# An uncaught exception group with a note: its members drawn in boxes.

def f():
    raise ValueError(1)
try:
    f()
except Exception as e:
    err = e
try:
    raise ExceptionGroup("outer", [err, TypeError(2)])
except ExceptionGroup as g:
    g.add_note("note here")
    raise
