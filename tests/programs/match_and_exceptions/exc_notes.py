# add_note and __notes__: creation on first note, order, type checks, the
# list being a plain attribute, notes surviving re-raise, and how
# traceback.format_exception shows them.
import traceback

e = ValueError("bad value")
print(hasattr(e, "__notes__"))
e.add_note("first note")
e.add_note("second\nmultiline note")
print(e.__notes__, type(e.__notes__).__name__)
print("str/repr unaffected:", str(e), repr(e))

for bad in [1, None, b"bytes", ["list"]]:
    try:
        e.add_note(bad)
    except TypeError as err:
        print("TypeError:", err)


class MyStr(str):
    pass


e.add_note(MyStr("str subclass note"))
print(len(e.__notes__), type(e.__notes__[-1]).__name__)

# __notes__ is an ordinary attribute: replace, mutate, delete.
e.__notes__ = ["replaced"]
e.add_note("appended")
print(e.__notes__)
del e.__notes__
print(hasattr(e, "__notes__"))
e.add_note("fresh list")
print(e.__notes__)

# add_note to a non-list __notes__.
e.__notes__ = ("a", "tuple")
try:
    e.add_note("x")
except TypeError as err:
    print("TypeError:", err)

# Notes survive re-raising and are visible to outer handlers.
def work():
    try:
        {}["key"]
    except KeyError as err:
        err.add_note("while looking up the config")
        raise


try:
    work()
except KeyError as err:
    err.add_note("in main")
    print("notes after re-raise:", err.__notes__)
    caught = err

# format_exception prints notes after the message line.
print("".join(traceback.format_exception(caught)), end="")
print("---")
for piece in traceback.format_exception(caught):
    print(repr(piece))

# Non-string entries in __notes__ are printed with str() ... or reported.
odd = RuntimeError("odd notes")
odd.__notes__ = ["ok", 42]
print("".join(traceback.format_exception(odd)), end="")

# Notes on exceptions built from a class inside a loop: each instance owns its notes.
errors = []
for i in range(3):
    err = IndexError(i)
    for j in range(i):
        err.add_note(f"note {j}")
    errors.append(err)
print([getattr(x, "__notes__", None) for x in errors])

# Notes on exception groups.
group = ExceptionGroup("grp", [ValueError(1)])
group.add_note("group note")
print(group.__notes__, getattr(group.exceptions[0], "__notes__", "no notes on member"))
print("".join(traceback.format_exception(group)), end="")
